/** Due dates are calendar days in Finland, whatever the server's own time zone. */
const helsinkiDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(at);

/** Today in Finland and the last day of the window `days` ahead, both as YYYY-MM-DD. */
export function dueWindow(now: Date, days: number) {
  const today = helsinkiDay(now);
  const until = new Date(`${today}T12:00:00Z`);
  until.setUTCDate(until.getUTCDate() + days);
  return { today, until: until.toISOString().slice(0, 10) };
}
