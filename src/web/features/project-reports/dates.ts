/** Last calendar year, the period a new report starts with. */
export function lastYear(today = new Date()) {
  const y = today.getFullYear() - 1;
  return { start: `1.1.${y}`, end: `31.12.${y}` };
}
