/** A typed Finnish day (1.1.2022) as an ISO day, or null when it names none. */
export function isoDayOf(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Last calendar year, the period a new report starts with. */
export function lastYear(today = new Date()) {
  const y = today.getFullYear() - 1;
  return { start: `1.1.${y}`, end: `31.12.${y}` };
}
