import type { Page } from '@playwright/test';
import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';

/**
 * Strategies that roll up (issue 16): the demo's example towns' goals gathered into the network's goal,
 * the towns behind named in words, and the coordinator's view of every town side by side.
 */
const NETWORK_GOAL = 'Uusia toimijoita seutukaupunkien ekosysteemeihin (esimerkki)';
const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';

async function findId(page: Page, path: string, q: string): Promise<string> {
  return page.evaluate(
    async ([p, text]) => {
      const res = await fetch(`/api/v1/${p}?q=${encodeURIComponent(text!)}`);
      return (await res.json()).items[0].id as string;
    },
    [path, q],
  );
}

test('the network strategy rolls up its towns’ goals and names the towns behind', async ({ page }) => {
  await page.goto('/fi/');
  const network = await findId(page, 'strategies', 'verkoston strategia');
  await page.goto(`/fi/strategies/${network}`);
  await settled(page);
  const rollup = page.getByRole('region', { name: NETWORK_GOAL });
  const rule = rollup.getByLabel('Koontitapa');
  await expect(rule.locator('option:checked')).toHaveText('Kuntien lukujen summa');
  // Iisalmi 9, Raahe 5, Heinola 8 and Kauhajoki 2 by mid-2026; Rauma has measured nothing yet.
  await expect(rollup).toContainText('Koottu luku: 24 toimijaa (1 ilman toteumaa, ei mukana luvussa)');
  await expect(rollup).toContainText('Luku on kuntien viimeisimpien toteumien yhteenlaskettu summa');
  // The coordinator changes the rule right here: saved at once, the figure gathered again.
  await rule.selectOption({ label: 'Kuntien lukujen keskiarvo' });
  await expect(rollup).toContainText('Koottu luku: 6 toimijaa');
  await expect(rollup).toContainText('Luku on kuntien viimeisimpien toteumien keskiarvo');
  await rule.selectOption({ label: 'Aikataulussa olevien kuntien määrä' });
  await expect(rollup).toContainText('Koottu luku: 2/5 aikataulussa');
  await page.reload();
  await settled(page);
  await expect(rule.locator('option:checked')).toHaveText('Aikataulussa olevien kuntien määrä');
  await rule.selectOption({ label: 'Kuntien lukujen summa' });
  await expect(rollup).toContainText('Koottu luku: 24 toimijaa');
  await expect(rollup).toContainText('Jäljessä tavoitteestaan: Raahe, Kauhajoki');
  const table = rollup.getByRole('table', { name: /edistävät kuntien ja ekosysteemien tavoitteet/ });
  await expect(table.getByRole('row', { name: /Raahe/ })).toContainText('Jäljessä tavoitteesta');
  await expect(table.getByRole('row', { name: /Iisalmi/ })).toContainText('Aikataulussa');
  await expect(table.getByRole('row', { name: /Rauma/ })).toContainText('Ei mitattu vielä');
  await expect(table.getByRole('row', { name: /Iisalmi/ })).toContainText('Kuvitteellinen esimerkki');

  // The coordinator links Savonlinna's ecosystem goal, then takes it away again.
  const picker = rollup.getByLabel('Liitä kunnan tai ekosysteemin tavoite');
  const option = picker.locator('option', { hasText: 'Paikalliset toimijat verkostoituvat' });
  await picker.selectOption((await option.getAttribute('value'))!);
  await rollup.getByRole('button', { name: 'Liitä', exact: true }).click();
  const savonlinna = table.getByRole('row', { name: /Savonlinna/ });
  await expect(savonlinna).toContainText('Paikalliset toimijat verkostoituvat');
  await savonlinna.getByRole('button', { name: /Poista liitos/ }).click();
  await expect(table.getByRole('row', { name: /Savonlinna/ })).toHaveCount(0);

  // The town's own page says what its goal contributes to, with a chart and its table.
  await table.getByRole('row', { name: /Raahe/ }).getByRole('link').click();
  await settled(page);
  const goal = page.getByRole('article', { name: 'Uusia toimijoita ekosysteemiin' });
  await expect(goal).toContainText(`Edistää verkoston tavoitetta: ${NETWORK_GOAL}`);
  await expect(goal.getByRole('img', { name: /lähtötaso, tavoitepolku ja toteumat/ })).toBeVisible();
  await goal.getByText('Kaavion tiedot taulukkona').click();
  await expect(goal.getByRole('table')).toContainText('30.6.2026');
  await expect(page.getByRole('note').first()).toContainText('Esimerkkiaineisto');
});

test('the coordinator sees every town’s progress side by side', async ({ page }) => {
  await page.goto(`/fi/networks/${NETWORK}`);
  await settled(page);
  await page.getByRole('link', { name: 'Kuntien edistyminen rinnakkain' }).click();
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kuntien edistyminen');
  const table = page.getByRole('table', { name: /strategioiden edistyminen/ });
  const raahe = table.getByRole('row', { name: /Raahe/ });
  await expect(raahe).toContainText('30.6.2026');
  await expect(table.getByRole('row', { name: /Rauma/ })).toContainText('Ei mitattu vielä');
  // One row a town: Savonlinna's ecosystem strategy is linked in Savonlinna's row; Keuruu has none.
  const savonlinna = table.getByRole('row', { name: /Savonlinna/ });
  await expect(savonlinna).toHaveCount(1);
  await expect(
    savonlinna.getByRole('link', { name: /Savonlinnan metsäbiotalouden innovaatioekosysteemin strategia/ }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /Keuruu/ })).toContainText('ei strategiaa');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Lataa Excel-tiedostona' }).click();
  expect((await download).suggestedFilename()).toMatch(/^network-progress-\d{4}-\d{2}-\d{2}-fi\.xlsx$/);
  // Sorted by goals off track, most first: a town behind comes before one that is not.
  await table.getByRole('button', { name: /Tavoitteita jäljessä/ }).click();
  await table.getByRole('button', { name: /Tavoitteita jäljessä/ }).click();
  await expect(table.getByRole('columnheader', { name: /Tavoitteita jäljessä/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // Other journeys may add goals of their own to a town for a moment: the order itself is checked.
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((h) => h.includes('Tavoitteita jäljessä'));
  const rows = await table.evaluate(
    (t, c) =>
      [...t.querySelectorAll('tbody tr')].map((r) => ({
        town: r.children[0]?.textContent ?? '',
        behind: parseInt(r.children[c]?.textContent ?? '', 10) || 0,
      })),
    column,
  );
  const behind = rows.map((r) => r.behind);
  expect(behind).toEqual([...behind].sort((a, b) => b - a));
  const at = (town: string) => rows.findIndex((r) => r.town.startsWith(town));
  expect(at('Raahe')).toBeLessThan(at('Rauma'));
  // Reachable from the strategies list too.
  await page.goto('/fi/strategies');
  await settled(page);
  await expect(
    page.getByRole('navigation', { name: 'Kuntien edistyminen verkostoittain' }).getByRole('link').first(),
  ).toBeVisible();
});

for (const lang of LANGS) {
  test(`axe finds no violations on the roll-up and progress pages in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${lang}/`);
    const network = await findId(page, 'strategies', 'verkoston strategia');
    const raahe = await findId(page, 'strategies', 'Raahen elinvoimaohjelma');
    const networkId = await findId(page, 'networks', 'Seutukaupunkien');
    const paths = [
      `/${lang}/strategies/${network}`,
      `/${lang}/strategies/${raahe}`,
      `/${lang}/networks/${networkId}/progress`,
      `/${lang}/strategies`,
    ];
    for (const path of paths) {
      await page.goto(path);
      await settled(page);
      await expectAccessible(page);
    }
    // At 360 px the pages still fit: wide tables scroll inside themselves.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of paths) {
      await page.goto(path);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });
}
