import { expect, expectAccessible, LANGS, settled, test } from './support/fixtures.js';
import { api, BESPOKE_LIST, BESPOKE_VIEW, ensureRecords, RESOURCES } from './support/entities.js';

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

test('every resource the API can create, change and delete has its pages here', async ({ page }) => {
  await page.goto('/fi/');
  const doc = await api(page, 'GET', '/openapi.json');
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  const crud = Object.keys(paths).flatMap((p) => {
    const m = /^\/api\/v1\/([a-z-]+)\/\{id\}$/.exec(p);
    const item = paths[p]!;
    return m && item.patch && item.delete && paths[`/api/v1/${m[1]}`]?.post ? [m[1]!] : [];
  });
  expect(crud.length).toBeGreaterThan(20);
  // Organisations, the mapping's questionnaires and rounds, consortia, event series, workshops and webhooks
  // have pages of their own.
  const own = [
    'organisations',
    'questionnaires',
    'mapping-rounds',
    'consortia',
    'event-series',
    'workshops',
    'webhooks',
  ];
  expect(crud.filter((p) => !own.includes(p) && !RESOURCES.includes(p))).toEqual([]);
});
