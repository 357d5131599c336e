import { api, type Schema } from '../../api/client';
import type { EVENT_KINDS } from '../../../domain/enums';
import { MAX_SESSIONS } from '../../../domain/series';
import { fromHelsinkiText } from '../../shared/helsinkiTime';

export type EventSeries = Schema<'EventSeries'>;
export type EventKind = (typeof EVENT_KINDS)[number];

export type SeriesForm = {
  titleFi: string;
  titleSv: string;
  titleEn: string;
  /** Finnish time as typed: 2.12.2026 16.15 (or 16:15, or 2026-12-02 16:15). */
  startsAt: string;
  minutes: string;
  /** What each session is: a webinar, a company visit, a workshop… */
  kind: EventKind;
  frequency: 'weekly' | 'monthly';
  count: string;
};

const whole = (v: string, min: number, max: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The form as the API's body, or null when something it needs is missing or out of range. */
export function seriesBody(f: SeriesForm) {
  const minutes = whole(f.minutes, 1, 24 * 60);
  const count = whole(f.count, 1, MAX_SESSIONS);
  const startsAt = fromHelsinkiText(f.startsAt.trim());
  if (!f.titleFi.trim() || !startsAt || !minutes || !count) return null;
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    titleFi: f.titleFi.trim(),
    titleSv: optional(f.titleSv),
    titleEn: optional(f.titleEn),
    frequency: f.frequency,
    count,
    visibility: 'network' as const,
    session: {
      kind: f.kind,
      // A webinar is held online; any other kind may be anywhere, as its sessions' pages will say.
      isOnline: f.kind === 'webinar',
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
    },
  };
}

export async function createSeries(body: NonNullable<ReturnType<typeof seriesBody>>, workspace?: string) {
  return api.send('POST', '/event-series', { body, query: { workspace } });
}

export const loadSeries = (id: string, signal?: AbortSignal) =>
  api.get('/event-series/{id}', { path: { id }, signal });

/** One participant's calendar invitation as a file, in the page's language. */
export const invitationUrl = (eventId: string, participantId: string, lang: 'fi' | 'sv' | 'en') =>
  api.url('/events/{id}/invitations/{file}', {
    path: { id: eventId, file: `${participantId}.ics` },
    query: { lang },
  });

/** The event itself as a calendar file, in the page's language. */
export const eventCalendarUrl = (eventId: string, lang: 'fi' | 'sv' | 'en') =>
  api.url('/exports/events.ics', { query: { eventId, lang } });

export const sendInvitations = (eventId: string, language: 'fi' | 'sv' | 'en') =>
  api.send('POST', '/events/{id}/invitations', { path: { id: eventId }, body: { language } });

/** Deletes the series: the sessions ahead nobody takes part in go, the others stay as events of their own. */
export const deleteSeries = (id: string) => api.send('DELETE', '/event-series/{id}', { path: { id } });

export type SeriesDeleted = Awaited<ReturnType<typeof deleteSeries>>;

export const renameSeries = (id: string, titleFi: string) =>
  api.send('PATCH', '/event-series/{id}', { path: { id }, body: { titleFi } });
