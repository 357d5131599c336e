/**
 * Calendar dates as Finns write them (6.12.2026), in every language of the page, and as the answer keeps
 * them (2026-12-06). ISO typed in is understood too.
 */
const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD of a day that exists, or null. */
export function parseDay(text: string): string | null {
  const typed = text.trim();
  const fi = FINNISH.exec(typed);
  const iso = ISO.exec(typed);
  const parts = fi ? [fi[3], fi[2], fi[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  return day.toISOString().slice(0, 10);
}

/** 2026-12-06 → 6.12.2026. */
export function writeDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? `${d}.${m}.${y}` : iso;
}

/** The calendar button of suomifi's date input reads and writes the same text. */
export const DAY_TEXT = {
  format: (date: Date) => `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`,
  parse: (text: string) => {
    const iso = parseDay(text);
    return iso ? new Date(`${iso}T00:00:00`) : new Date(Number.NaN);
  },
};

/** Today in Finland, YYYY-MM-DD. */
export const todayInFinland = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
