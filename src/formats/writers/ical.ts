/**
 * iCalendar (RFC 5545) of events with ical-generator. Times are written in UTC (DTSTART:…Z), which every
 * calendar shows in the reader's own zone; the calendar also says X-WR-TIMEZONE Europe/Helsinki. The UID is
 * the event's id at a fixed domain, so a re-exported event updates the copy in a subscriber's calendar
 * instead of duplicating it. ical-generator escapes commas, semicolons, backslashes and line breaks.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  type ICalEventData,
} from 'ical-generator';
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

function newCalendar(options: ICalendarOptions, method: ICalCalendarMethod) {
  const lang = options.language ?? 'fi';
  return ical({
    name: options.name ?? 'Solmu',
    prodId: { company: 'Solmu', product: 'Solmu', language: lang.toUpperCase() },
    method,
    x: { 'X-WR-TIMEZONE': 'Europe/Helsinki' },
  });
}

/** One event's VEVENT fields: its UID (the event's id at the domain), times, texts and place. */
function eventData(e: CalendarEvent, options: ICalendarOptions): ICalEventData {
  const lang = options.language ?? 'fi';
  if (typeof e.id !== 'string' || e.id === '') throw new FormatError('invalid_input', 'an event has no id');
  const start = instant(e.startsAt, 'startsAt', e.id);
  const end = e.endsAt ? instant(e.endsAt, 'endsAt', e.id) : null;
  if (end && end < start) throw new FormatError('invalid_input', `event ${e.id}: endsAt is before startsAt`);
  const place = [e.location, e.municipality].filter((p): p is string => !!p && p.trim() !== '').join(', ');
  const description = pick(lang, e.descriptionFi, e.descriptionSv, e.descriptionEn);
  const link = e.onlineUrl && e.onlineUrl !== e.url ? e.onlineUrl : '';
  return {
    id: `${e.id}@${options.uidDomain ?? 'solmu'}`,
    start,
    end,
    stamp: options.stamp ?? new Date(),
    lastModified: e.updatedAt ? instant(e.updatedAt, 'updatedAt', e.id) : null,
    summary: xmlSafe(pick(lang, e.titleFi, e.titleSv, e.titleEn)),
    description: xmlSafe([description, link].filter(Boolean).join('\n\n')) || null,
    location: xmlSafe(place || (e.isOnline ? ONLINE[lang] : '')) || null,
    url: e.url || e.onlineUrl || null,
    categories: e.kind ? [{ name: e.kind }] : [],
  };
}

/** Writes the events as an iCalendar file; throws FormatError for an event with an unreadable time. */
export function writeICalendar(events: readonly CalendarEvent[], options: ICalendarOptions = {}): string {
  const calendar = newCalendar(options, ICalCalendarMethod.PUBLISH);
  for (const e of events) calendar.createEvent(eventData(e, options));
  return calendar.toString();
}

/** Who sends an invitation and who receives it: a name and an address each. */
export type CalendarPerson = { name: string; email: string };

export interface InvitationOptions extends ICalendarOptions {
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  /**
   * SEQUENCE: grows each time the event changes, so a calendar takes a new invitation as an update of
   * the one it has (the UID is the same as the calendar export's).
   */
  sequence: number;
}

/** An invitation to one event for one attendee (METHOD:REQUEST, RFC 5546), asking for a reply. */
export function writeInvitation(event: CalendarEvent, options: InvitationOptions): string {
  const calendar = newCalendar(options, ICalCalendarMethod.REQUEST);
  calendar.createEvent({
    ...eventData(event, options),
    sequence: options.sequence,
    organizer: { name: xmlSafe(options.organizer.name), email: options.organizer.email },
    attendees: [
      {
        name: xmlSafe(options.attendee.name),
        email: options.attendee.email,
        rsvp: true,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return calendar.toString();
}
