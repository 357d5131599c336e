/**
 * Finnish time: the day and the offset from UTC at an instant. Days of rounds, due dates, series and
 * imported times are Finnish days and wall clocks whatever the server's own time zone is.
 */
const ZONE = 'Europe/Helsinki';
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE });
const OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** The day in Finland at an instant, as '2026-12-07'. */
export const helsinkiDay = (at: Date) => DAY.format(at);

/** Minutes Finnish time is ahead of UTC at an instant: 120 in winter, 180 in summer. */
export function helsinkiOffsetMinutes(at: Date): number {
  const name = OFFSET.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}
