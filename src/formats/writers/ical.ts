/**
 * iCalendar (RFC 5545) of events with ical-generator. Times are written in UTC (DTSTART:…Z), which every
 * calendar shows in the reader's own zone; the calendar also says X-WR-TIMEZONE Europe/Helsinki. The UID is
 * the event's id at a fixed domain, so a re-exported event updates the copy in a subscriber's calendar
 * instead of duplicating it. ical-generator escapes commas, semicolons, backslashes and line breaks.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { FormatError } from '../format-error.js';
import { xmlSafe } from './escape.js';

export interface CalendarEvent {
  id: string;
  titleFi: string;
  titleSv?: string | null;
  titleEn?: string | null;
  descriptionFi?: string | null;
  descriptionSv?: string | null;
  descriptionEn?: string | null;
  /** ISO 8601 with an offset, or a Date. */
  startsAt: string | Date;
  endsAt?: string | Date | null;
  location?: string | null;
  /** Municipality name, added to the location. */
  municipality?: string | null;
  isOnline?: boolean | null;
  onlineUrl?: string | null;
  /** The event's page (in Solmu or elsewhere); the online link when absent. */
  url?: string | null;
  /** Event kind (webinar, visit, …), written as a category. */
  kind?: string | null;
  /** When the event last changed (LAST-MODIFIED). */
  updatedAt?: string | Date | null;
}

export interface ICalendarOptions {
  name?: string;
  language?: 'fi' | 'sv' | 'en';
  /** Domain part of every UID, default 'solmu'; keep it fixed for an installation. */
  uidDomain?: string;
  /** DTSTAMP of every event, default now (give it for reproducible files). */
  stamp?: Date;
}

const ONLINE = { fi: 'Verkossa', sv: 'På nätet', en: 'Online' };

function instant(value: string | Date, what: string, id: string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new FormatError('invalid_input', `event ${id}: ${what} is not a date and time`);
  return date;
}

const pick = (
  lang: 'fi' | 'sv' | 'en',
  fi: string | null | undefined,
  sv?: string | null,
  en?: string | null,
) => (lang === 'sv' ? sv : lang === 'en' ? en : null) || fi || '';

/** Writes the events as an iCalendar file; throws FormatError for an event with an unreadable time. */
export function writeICalendar(events: readonly CalendarEvent[], options: ICalendarOptions = {}): string {
  const lang = options.language ?? 'fi';
  const domain = options.uidDomain ?? 'solmu';
  const calendar = ical({
    name: options.name ?? 'Solmu',
    prodId: { company: 'Solmu', product: 'Solmu', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    x: { 'X-WR-TIMEZONE': 'Europe/Helsinki' },
  });
  const stamp = options.stamp ?? new Date();
  for (const e of events) {
    if (typeof e.id !== 'string' || e.id === '') throw new FormatError('invalid_input', 'an event has no id');
    const start = instant(e.startsAt, 'startsAt', e.id);
    const end = e.endsAt ? instant(e.endsAt, 'endsAt', e.id) : null;
    if (end && end < start)
      throw new FormatError('invalid_input', `event ${e.id}: endsAt is before startsAt`);
    const place = [e.location, e.municipality].filter((p): p is string => !!p && p.trim() !== '').join(', ');
    const description = pick(lang, e.descriptionFi, e.descriptionSv, e.descriptionEn);
    const link = e.onlineUrl && e.onlineUrl !== e.url ? e.onlineUrl : '';
    calendar.createEvent({
      id: `${e.id}@${domain}`,
      start,
      end,
      stamp,
      lastModified: e.updatedAt ? instant(e.updatedAt, 'updatedAt', e.id) : null,
      summary: xmlSafe(pick(lang, e.titleFi, e.titleSv, e.titleEn)),
      description: xmlSafe([description, link].filter(Boolean).join('\n\n')) || null,
      location: xmlSafe(place || (e.isOnline ? ONLINE[lang] : '')) || null,
      url: e.url || e.onlineUrl || null,
      categories: e.kind ? [{ name: e.kind }] : [],
    });
  }
  return calendar.toString();
}
