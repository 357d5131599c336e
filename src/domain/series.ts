/**
 * A series of events (a webinar series): a title, and sessions that recur weekly or monthly, a number
 * of times or until a day. Each session is an event of its own (participants, invitations, its page);
 * the series is what their recurrence and shared title hang on.
 */
import { z } from 'zod';
import { isoDate, opt, shortText, titleFields } from './common.js';
import { SERIES_FREQUENCIES, VISIBILITIES } from './enums.js';
import { event } from './events.js';
import { helsinkiOffsetMinutes } from './helsinki-time.js';

/** A series has at most two years of weekly sessions. */
export const MAX_SESSIONS = 104;

const sessionFields = z
  .strictObject(event.shape)
  .omit({ titleFi: true, titleSv: true, titleEn: true, visibility: true });

export const eventSeriesCreate = z
  .strictObject({
    ...titleFields,
    frequency: z.enum(SERIES_FREQUENCIES),
    count: z.number().int().min(1).max(MAX_SESSIONS).optional().meta({ description: 'How many sessions' }),
    untilOn: isoDate.optional().meta({ description: 'The last day a session may fall on (Finnish time)' }),
    visibility: z.enum(VISIBILITIES).optional(),
    session: sessionFields.meta({ description: 'The first session: the others recur from it' }),
  })
  .refine((v) => (v.count === undefined) !== (v.untilOn === undefined), {
    path: ['count'],
    message: 'Give either count or untilOn',
  })
  .refine((v) => v.untilOn === undefined || v.untilOn >= v.session.startsAt.slice(0, 10), {
    path: ['untilOn'],
    message: 'untilOn must not be before the first session',
  })
  .meta({ id: 'EventSeriesCreate' });

export const eventSeriesUpdate = z
  .strictObject({ titleFi: shortText.optional(), titleSv: opt(shortText), titleEn: opt(shortText) })
  .meta({ id: 'EventSeriesUpdate' });

export type Frequency = (typeof SERIES_FREQUENCIES)[number];
export type Recurrence = { frequency: Frequency; count?: number; untilOn?: string };

/** The Helsinki wall clock of an instant, as fields of a UTC date. */
const wallClock = (at: Date) => new Date(at.getTime() + helsinkiOffsetMinutes(at) * 60_000);

/** The instant of a Helsinki wall-clock time given as fields of a UTC date. */
function fromWallClock(wall: Date): Date {
  const guess = new Date(wall.getTime() - helsinkiOffsetMinutes(wall) * 60_000);
  return new Date(wall.getTime() - helsinkiOffsetMinutes(guess) * 60_000);
}

/** The n-th recurrence's wall clock: n weeks on, or n months on (the 31st falls back to the month's last day). */
function step(first: Date, n: number, frequency: Frequency): Date {
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth();
  const d = first.getUTCDate();
  const time = [first.getUTCHours(), first.getUTCMinutes(), first.getUTCSeconds()] as const;
  if (frequency === 'weekly') return new Date(Date.UTC(y, m, d + 7 * n, ...time));
  const last = new Date(Date.UTC(y, m + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m + n, Math.min(d, last), ...time));
}

/**
 * The sessions' start (and end) instants: the same Helsinki wall-clock time each week or month, across
 * the changes to and from summer time; as many as `count`, or every one that starts on or before
 * `untilOn`, never more than MAX_SESSIONS.
 */
export function sessionTimes(
  startsAt: string,
  endsAt: string | null | undefined,
  recurrence: Recurrence,
): { startsAt: string; endsAt: string | null }[] {
  const start = new Date(startsAt);
  const length = endsAt ? new Date(endsAt).getTime() - start.getTime() : null;
  const wall = wallClock(start);
  const limit = Math.min(recurrence.count ?? MAX_SESSIONS, MAX_SESSIONS);
  const out: { startsAt: string; endsAt: string | null }[] = [];
  for (let n = 0; n < limit; n++) {
    const nextWall = step(wall, n, recurrence.frequency);
    if (recurrence.untilOn && nextWall.toISOString().slice(0, 10) > recurrence.untilOn) break;
    const at = fromWallClock(nextWall);
    out.push({
      startsAt: at.toISOString(),
      endsAt: length === null ? null : new Date(at.getTime() + length).toISOString(),
    });
  }
  return out;
}
