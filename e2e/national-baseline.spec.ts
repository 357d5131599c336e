import { expect, LANGS, settled, test } from './support/fixtures.js';

/** The demo has no national table: the picture says its location quotients compare with Solmu's actors. */
const SAID: Record<(typeof LANGS)[number], [string, string, string]> = {
  fi: [
    'Vertailukohtana ovat Solmuun kirjatut toimijat eikä koko Suomi',
    '95 %:n luottamusväli',
    'Sijaintiosamäärät toimijamäärien mukaan (TOL 2008 -toimialat)',
  ],
  sv: [
    'Jämförelsen görs med aktörerna i Solmu och inte med hela Finland',
    '95 % konfidensintervall',
    'Lokaliseringskvoter efter antal aktörer (TOL 2008, näringsgrenar)',
  ],
  en: [
    'The comparison is with the organisations recorded in Solmu, not with all of Finland',
    '95 % interval',
    'Location quotients by organisation counts (TOL 2008 divisions)',
  ],
};

for (const lang of LANGS) {
  test(`the picture page says what specialisation compares with and shows each LQ's interval (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/pictures/municipality/740`);
    await settled(page);
    const section = page.locator('#specialisation');
    await expect(section).toContainText(SAID[lang][0]);
    const table = section.getByRole('table', { name: SAID[lang][2] });
    await expect(table.getByRole('columnheader', { name: SAID[lang][1] })).toBeVisible();
    // an interval per row, "low–high", around its LQ
    await expect(table.getByRole('cell', { name: /^\d+([,.]\d+)?–\d+([,.]\d+)?$/ }).first()).toBeVisible();
  });
}
