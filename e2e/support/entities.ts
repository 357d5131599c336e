import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Every resource with generic pages, and which of its addresses a bespoke page serves instead. */
export const RESOURCES = [
  'ecosystems',
  'ecosystem-members',
  'networks',
  'network-members',
  'projects',
  'project-roles',
  'funding-calls',
  'ecosystem-agreements',
  'agreement-parties',
  'events',
  'event-participants',
  'strategies',
  'strategy-goals',
  'goal-actuals',
  'development-actions',
  'action-projects',
  'action-calls',
  'goal-contributions',
  'people',
  'person-roles',
  'competences',
  'organisation-competences',
  'relations',
  'contacts',
  'notes',
  'picture-proposals',
];
export const BESPOKE_LIST = new Set(['networks', 'events']);
export const BESPOKE_VIEW = new Set(['networks', 'events', 'strategies']);

type Json = Record<string, unknown>;

/** Calls the API in the page, with the session's CSRF token. */
export async function api(page: Page, method: string, path: string, body?: Json): Promise<Json> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body ? JSON.stringify(body) : undefined,
      });
      return res.status === 204 ? {} : ((await res.json()) as Record<string, unknown>);
    },
    { method, path, body },
  );
}

export async function firstId(page: Page, path: string, params = ''): Promise<string | undefined> {
  const list = await api(page, 'GET', `/${path}?limit=1${params}`);
  return (list.items as Json[] | undefined)?.[0]?.id as string | undefined;
}

export async function organisationId(page: Page, name: string): Promise<string> {
  return (await firstId(page, 'organisations', `&q=${encodeURIComponent(name)}`))!;
}

/** Records of the kinds the demo data may lack, so every view and edit page has one to show. */
export async function ensureRecords(page: Page): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const iisalmi = await organisationId(page, 'Iisalmen kaupunki');
  const [actionId, fundingCallId] = [
    await firstId(page, 'development-actions'),
    await firstId(page, 'funding-calls'),
  ];
  const makers: Record<string, () => Json> = {
    contacts: () => ({ organisationId: iisalmi, stage: 'to_contact', reason: 'Axe-testi' }),
    notes: () => ({ organisationId: iisalmi, body: 'Axe-testin muistiinpano' }),
    'action-calls': () => ({ actionId, fundingCallId, note: 'Axe-testi' }),
    'picture-proposals': () => ({ scopeKind: 'municipality', scopeId: '140', titleFi: 'Axe-ehdotus' }),
    people: () => ({
      fullName: 'Axe Testihenkilö',
      lawfulBasis: 'legitimate_interests',
      purpose: 'Selaintesti',
      source: 'Selaintesti',
      collectedOn: '2026-01-01',
      visibility: 'private',
    }),
  };
  for (const path of RESOURCES) {
    let id = await firstId(page, path);
    // A test beside this one may be making the same link at the same moment: then it is there to read.
    if (!id && makers[path])
      id =
        ((await api(page, 'POST', `/${path}`, makers[path]())).id as string) ?? (await firstId(page, path));
    if (id) ids[path] = id;
  }
  return ids;
}

/** Picks a record in a reference field by typing its whole name, and waits until the name is resolved. */
export async function pick(page: Page, fieldLabel: string, name: string) {
  const input = page.getByLabel(fieldLabel, { exact: true });
  await input.fill(name);
  await expect(page.locator('.reference-picker', { has: input })).toHaveAttribute('data-chosen', 'true');
  await expect(input).toHaveValue(name);
}

/** Chooses a value in the dropdown of a field (by the field's name in the schema). */
export async function choose(page: Page, field: string, option: string) {
  await page.locator(`#entity-${field}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export const save = (page: Page) => page.getByRole('button', { name: 'Tallenna' }).click();

export async function deleteShown(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  // The deletion's answer is awaited: a test that goes to another page at once would otherwise cancel it.
  const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.ok());
  await page.getByRole('dialog').getByRole('button', { name: 'Poista', exact: true }).click();
  await deleted;
}
