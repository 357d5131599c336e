import type { Page } from '@playwright/test';
import { expect, settled } from './fixtures.js';

/** The places of each group of the main menu, as a role is offered them (Finnish names). */
export type MenuPlaces = Record<string, string[]>;

const PUBLIC: MenuPlaces = {
  Kartoita: ['Toimijat', 'Osaamiset', 'Suhteet'],
  Ymmärrä: ['Tilannekuva', 'Verkostot', 'Ekosysteemit'],
  Suunnittele: ['Strategiat'],
  Yhdistä: ['Tapahtumat'],
  'Rahoita ja seuraa': ['Hankkeet', 'Rahoitushaut', 'Ekosysteemisopimukset'],
  Esittele: ['Viennit ja avoin data'],
};

/** What the signed-out, a viewer and an editor (a coordinator is an editor too) are offered. */
export const MENUS: Record<'signedOut' | 'viewer' | 'editor', MenuPlaces> = {
  signedOut: PUBLIC,
  viewer: {
    ...PUBLIC,
    Ymmärrä: ['Tilannekuva', 'Raportit', 'Verkostot', 'Ekosysteemit'],
    Suunnittele: ['Strategiat', 'Työpajat'],
    Kartoita: ['Toimijat', 'Henkilöt', 'Osaamiset', 'Suhteet'],
    Yhdistä: ['Kumppanihaku', 'Yhteydenotot', 'Tapahtumat'],
    'Rahoita ja seuraa': ['Hankkeet', 'Rahoitushaut', 'Konsortiot', 'Ekosysteemisopimukset'],
    Esittele: ['Julkiset sivut', 'Viennit ja avoin data'],
  },
  editor: {
    ...PUBLIC,
    Ymmärrä: ['Tilannekuva', 'Raportit', 'Verkostot', 'Ekosysteemit'],
    Kartoita: ['Toimijat', 'Henkilöt', 'Osaamiset', 'Suhteet', 'Tuonnit', 'Kartoitukset'],
    Suunnittele: ['Strategiat', 'Työpajat'],
    Yhdistä: ['Kumppanihaku', 'Yhteydenotot', 'Tapahtumat'],
    'Rahoita ja seuraa': ['Hankkeet', 'Rahoitushaut', 'Konsortiot', 'Ekosysteemisopimukset'],
    Esittele: ['Julkiset sivut', 'Viennit ja avoin data', 'Webhookit'],
  },
};

/**
 * Every page a role may use is reached from the main menu, without typing an address: the journey opens
 * each step of the cycle and follows each of its places, and every place answers with its own page.
 */
export async function walkMenu(page: Page, expected: MenuPlaces) {
  await page.goto('/fi/');
  await settled(page);
  const menu = page.getByRole('navigation', { name: 'Päävalikko' });
  // The groups offered, in order (each button's text ends in its ▾ marker).
  await expect(menu.getByRole('button')).toHaveText(Object.keys(expected).map((g) => new RegExp(`^${g}`)));
  for (const [group, places] of Object.entries(expected)) {
    const button = menu.getByRole('button', { name: group, exact: true });
    await button.click();
    const panel = menu.locator(`#${await button.getAttribute('aria-controls')}`);
    await expect(panel.getByRole('link')).toHaveText(places);
    for (const place of places) {
      if (!(await panel.isVisible())) await button.click();
      await panel.getByRole('link', { name: place, exact: true }).click();
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Sivua ei löytynyt/);
      await expect(button).toHaveAttribute('data-current', 'true');
      await expect(panel).toBeHidden();
    }
  }
}
