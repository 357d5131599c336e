/**
 * Date-times in forms are Finnish wall-clock time, written as Finns write it (2.12.2026 16.15, also
 * 16:15 or ISO 2026-12-02 16:15), whatever the browser's own time zone: an event in Rauma starts at 9.00
 * Finnish time for a reader abroad too. Intl knows the rules of summer time, so no time-zone library is
 * needed.
 */
import { helsinkiDay } from '../../domain/helsinki-time';

const ZONE = 'Europe/Helsinki';
const WALL_ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})$/;
const WALL_FI = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(?:klo\s+)?(\d{1,2})[:.](\d{2})$/i;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FI = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Year, month, day, hour and minute of typed wall-clock text, in either way of writing it. */
function wallParts(text: string): number[] | null {
  const iso = WALL_ISO.exec(text);
  if (iso) return iso.slice(1).map(Number);
  const fi = WALL_FI.exec(text);
  if (!fi) return null;
  const [d, m, y, h, min] = fi.slice(1).map(Number);
  return [y!, m!, d!, h!, min!];
}

/** Whether year, month and day name a day of the calendar (not 31.2.). */
function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as the form shows it: 2.12.2026; no date is empty text. */
export function toDateText(iso: string | null): string {
  if (iso === null) return '';
  const m = DATE_ISO.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/** Typed date text (2.12.2026 or 2026-12-02) as YYYY-MM-DD, or null when it names no day. */
export function fromDateText(text: string): string | null {
  const t = text.trim();
  const iso = DATE_ISO.exec(t);
  const fi = DATE_FI.exec(t);
  const [y, m, d] = iso ? iso.slice(1).map(Number) : fi ? [fi[3], fi[2], fi[1]].map(Number) : [];
  if (y === undefined || m === undefined || d === undefined || !realDay(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today's date in Finland (YYYY-MM-DD): due dates are Finnish calendar days. */
export const todayInFinland = (now = new Date()) => helsinkiDay(now);

/**
 * The date picker writes the day it is given as the form writes dates (2.12.2026) and reads typed text the
 * way fromDateText does; text that names no day is an invalid date, which the picker ignores.
 */
export const DATE_ADAPTER = {
  format: (date: Date) => `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`,
  parse: (text: string) => {
    const iso = fromDateText(text);
    if (!iso) return new Date(Number.NaN);
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y!, m! - 1, d!);
  },
};

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function wallOf(instant: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** Minutes Finnish time is ahead of UTC at an instant (120 or 180). */
function offsetAt(instant: number): number {
  const w = wallOf(new Date(instant));
  const asUtc = Date.UTC(+w.year!, +w.month! - 1, +w.day!, +w.hour!, +w.minute!);
  return Math.round((asUtc - Math.floor(instant / 60000) * 60000) / 60000);
}

/** An instant as Finnish wall-clock text for the form. */
export function toHelsinkiText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const w = wallOf(d);
  return `${Number(w.day)}.${Number(w.month)}.${w.year} ${w.hour}.${w.minute}`;
}

/** Finnish wall-clock text as an ISO instant; text with its own offset is read as written. */
export function fromHelsinkiText(text: string): string | null {
  const m = wallParts(text.trim());
  if (!m) {
    const d = new Date(text);
    return /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
  }
  const [y, mo, d, h, min] = m as [number, number, number, number, number];
  if (!realDay(y, mo, d) || h > 23 || min > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, min);
  // The offset at the guessed instant, checked again at the result (the hours around a DST change).
  const first = wall - offsetAt(wall) * 60000;
  return new Date(wall - offsetAt(first) * 60000).toISOString();
}
