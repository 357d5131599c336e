import { helsinkiDay } from '../../../domain/helsinki-time.js';

/** Today in Finland and the last day of the window `days` ahead, both as YYYY-MM-DD (due dates are Finnish days). */
export function dueWindow(now: Date, days: number) {
  const today = helsinkiDay(now);
  const until = new Date(`${today}T12:00:00Z`);
  until.setUTCDate(until.getUTCDate() + days);
  return { today, until: until.toISOString().slice(0, 10) };
}
