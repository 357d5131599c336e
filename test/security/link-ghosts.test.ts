import { describe, expect, it } from 'vitest';
import { securityWorld } from './world.js';

/**
 * No ghosts of invisible records: a public membership (or relation) of a private organisation is no more
 * readable than the organisation — not in a list, not by id, not in a count, not in an export.
 */
const { actors, networkId } = await securityWorld();

async function made(res: { status: number; body: { id?: string } }) {
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}

const org = (nameFi: string, visibility: string) =>
  actors.editor('POST', '/api/v1/organisations?workspace=ws-a', {
    nameFi,
    kind: 'company',
    municipalityCode: '091',
    visibility,
  });
const visible = await made(await org('Näkyvä Oy', 'public'));
const hidden = await made(await org('Piilotettu Oy', 'private'));
const member = (organisationId: string) =>
  actors.editor('POST', '/api/v1/network-members?workspace=ws-a', {
    networkId,
    organisationId,
    role: 'partner',
    visibility: 'public',
  });
await made(await member(visible));
const ghost = await made(await member(hidden));
const relation = await made(
  await actors.editor('POST', '/api/v1/relations?workspace=ws-a', {
    fromOrganisationId: visible,
    toOrganisationId: hidden,
    kind: 'collaboration',
    visibility: 'public',
  }),
);

type Page = { items: { id: string; organisationId?: string }[]; total: number };

describe('rows that link a record the reader may not read', () => {
  it('are left out of lists and their totals for the signed-out, kept for the workspace', async () => {
    const anonymous = await actors.anonymous('GET', `/api/v1/network-members?networkId=${networkId}`);
    const page = anonymous.body as Page;
    expect(page.items.map((i) => i.organisationId)).toEqual([visible]);
    expect(page.total).toBe(1);
    const own = (await actors.viewer('GET', `/api/v1/network-members?networkId=${networkId}`)).body as Page;
    expect(own.items.map((i) => i.organisationId).sort()).toEqual([visible, hidden].sort());
  });

  it('are not found by id, like a record that does not exist', async () => {
    expect((await actors.anonymous('GET', `/api/v1/network-members/${ghost}`)).status).toBe(404);
    expect((await actors.anonymous('GET', `/api/v1/relations/${relation}`)).status).toBe(404);
    expect((await actors.viewer('GET', `/api/v1/relations/${relation}`)).status).toBe(200);
    expect((await actors.admin('GET', `/api/v1/network-members/${ghost}`)).status).toBe(200);
  });

  it('are left out of a relation list by either end', async () => {
    const page = (await actors.anonymous('GET', `/api/v1/relations?organisationId=${visible}`)).body as Page;
    expect(page.items.map((i) => i.id)).not.toContain(relation);
  });
});
