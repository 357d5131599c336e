/** The rules of API tokens beyond the HTTP tests: whose workspace, whose token, and who may manage them. */
import { describe, expect, it } from 'vitest';
import { grantToken, testDatabase } from '../../../../test/db.js';
import { loadCaller } from '../../auth/caller.js';
import { createToken, listOwnTokens, revokeOwnToken } from './tokens.service.js';

const { db } = await testDatabase();
const now = new Date('2026-05-04T08:00:00Z');

const owner = await grantToken(db, { email: 'omistaja@test.example', workspace: 'oma' });
const other = await grantToken(db, { email: 'toinen@test.example', workspace: 'toinen' });
const asUser = async (userId: string) => (await loadCaller(db, userId))!;

describe('API token service', () => {
  it('limits a token only to a workspace of its owner', async () => {
    const user = await asUser(owner.userId);
    await expect(
      createToken(db, user, { name: 'vieras', scopes: ['read'], workspaceId: other.workspaceId! }, now),
    ).rejects.toMatchObject({ status: 400, code: 'unknown_workspace' });
    const { row, secret } = await createToken(
      db,
      user,
      { name: 'oma', scopes: ['read'], workspaceId: owner.workspaceId! },
      now,
    );
    expect(secret).toMatch(/^solmu_/);
    expect(row).toMatchObject({ name: 'oma', workspaceId: owner.workspaceId, revokedAt: null });
  });

  it("lets nobody revoke another's token, or one twice; ids that are no uuid are not found", async () => {
    const { row } = await createToken(
      db,
      await asUser(owner.userId),
      { name: 'kohde', scopes: ['read'] },
      now,
    );
    const stranger = await asUser(other.userId);
    await expect(revokeOwnToken(db, stranger, row.id, now)).rejects.toMatchObject({ status: 404 });
    await expect(revokeOwnToken(db, stranger, 'not-a-uuid', now)).rejects.toMatchObject({ status: 404 });
    await revokeOwnToken(db, await asUser(owner.userId), row.id, now);
    await expect(revokeOwnToken(db, await asUser(owner.userId), row.id, now)).rejects.toMatchObject({
      status: 404,
    });
    const revoked = (await listOwnTokens(db, await asUser(owner.userId))).find((t) => t.id === row.id);
    expect(revoked?.revokedAt).toEqual(now);
  });

  it('is for people signed in, never for a token', async () => {
    const token = await loadCaller(db, owner.userId, {
      tokenId: owner.userId,
      scopes: ['read', 'write'],
      workspaceId: null,
    });
    await expect(listOwnTokens(db, token!)).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    await expect(createToken(db, token!, { name: 'x', scopes: ['read'] }, now)).rejects.toMatchObject({
      status: 403,
    });
  });
});
