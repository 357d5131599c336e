/** Today's date in Finland (YYYY-MM-DD): due dates are Finnish calendar days. */
export const todayInFinland = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
