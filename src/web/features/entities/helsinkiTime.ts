/**
 * Date-times in forms are Finnish wall-clock time (YYYY-MM-DD HH:MM), whatever the browser's own time
 * zone: an event in Rauma starts at 9.00 Finnish time for a reader abroad too. Intl knows the rules of
 * summer time, so no time-zone library is needed.
 */
const ZONE = 'Europe/Helsinki';
const WALL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})$/;

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
  return `${w.year}-${w.month}-${w.day} ${w.hour}:${w.minute}`;
}

/** Finnish wall-clock text as an ISO instant; text with its own offset is read as written. */
export function fromHelsinkiText(text: string): string | null {
  const m = WALL.exec(text.trim());
  if (!m) {
    const d = new Date(text);
    return /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
  }
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // The offset at the guessed instant, checked again at the result (the hours around a DST change).
  const first = wall - offsetAt(wall) * 60000;
  return new Date(wall - offsetAt(first) * 60000).toISOString();
}
