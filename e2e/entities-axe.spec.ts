import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { BESPOKE_LIST, BESPOKE_VIEW, ensureRecords, RESOURCES } from './support/entities.js';

/** The addresses of one kind of page (list, view, create, edit) of every resource. */
function addresses(kind: string, lang: string, ids: Record<string, string>): string[] {
  return RESOURCES.flatMap((path) => {
    if (kind === 'list') return BESPOKE_LIST.has(path) ? [] : [`/${lang}/${path}`];
    if (kind === 'view') return BESPOKE_VIEW.has(path) ? [] : [`/${lang}/${path}/${ids[path]}`];
    return [kind === 'create' ? `/${lang}/${path}/new` : `/${lang}/${path}/${ids[path]}/edit`];
  });
}

// One test per language and kind of page, so the runner can share them between its workers.
for (const lang of LANGS) {
  for (const kind of ['list', 'view', 'create', 'edit']) {
    test(`axe: the ${kind} page of every resource in ${lang}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto(`/${lang}/`);
      const ids = await ensureRecords(page);
      for (const path of RESOURCES) expect(ids[path], `a ${path} record to show`).toBeTruthy();
      for (const address of addresses(kind, lang, ids)) {
        await page.goto(address);
        await settled(page);
        await expect(page.getByRole('alert')).toHaveCount(0);
        await expectAccessible(page);
      }
    });
  }
}
