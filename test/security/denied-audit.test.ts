import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';

// A refused write is audited even though the refusal rolls back the write's transaction.
const { app, db } = await testApp();
const owner = caller(app, (await grantToken(db, { email: 'owner@a.example', workspace: 'a' })).token);
const viewer = caller(
  app,
  (await grantToken(db, { email: 'viewer@a.example', workspace: 'a', role: 'viewer' })).token,
);
const outsider = caller(app, (await grantToken(db, { email: 'out@b.example', workspace: 'b' })).token);

const created = await owner('POST', '/api/v1/organisations', {
  nameFi: 'Yksityinen Oy',
  kind: 'company',
  visibility: 'private',
});
const id = created.body.id as string;

const denials = (entityId: string) =>
  db
    .selectFrom('auditLog')
    .select(['action', 'outcome'])
    .where('entityId', '=', entityId)
    .where('outcome', '=', 'denied')
    .orderBy('at')
    .execute();

describe('refusals in the audit log', () => {
  it('keeps a refused change, a refused deletion and a refused read, and changes nothing', async () => {
    expect(created.status).toBe(201);
    expect((await viewer('PATCH', `/api/v1/organisations/${id}`, { nameFi: 'Muutettu Oy' })).status).toBe(
      403,
    );
    expect((await viewer('DELETE', `/api/v1/organisations/${id}`)).status).toBe(403);
    expect((await outsider('GET', `/api/v1/organisations/${id}`)).status).toBe(404);
    expect(await denials(id)).toEqual([
      { action: 'update', outcome: 'denied' },
      { action: 'delete', outcome: 'denied' },
      { action: 'read', outcome: 'denied' },
    ]);
    expect((await owner('GET', `/api/v1/organisations/${id}`)).body.nameFi).toBe('Yksityinen Oy');
  });

  it('keeps a refused creation in a workspace the caller only reads', async () => {
    const before = await db
      .selectFrom('auditLog')
      .select(db.fn.countAll<string>().as('n'))
      .where('action', '=', 'create')
      .where('outcome', '=', 'denied')
      .executeTakeFirstOrThrow();
    const res = await viewer('POST', '/api/v1/organisations?workspace=a', {
      nameFi: 'Uusi Oy',
      kind: 'company',
    });
    expect(res.status).toBe(403);
    const after = await db
      .selectFrom('auditLog')
      .select(db.fn.countAll<string>().as('n'))
      .where('action', '=', 'create')
      .where('outcome', '=', 'denied')
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });
});
