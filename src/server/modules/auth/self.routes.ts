import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { audit } from '../../audit/audit.js';
import { route } from '../../routing.js';
import { endAllSessions } from '../../auth/sessions.js';
import { SESSION_COOKIE_BASE } from '../../auth/settings.js';
import type { AppEnv } from '../../env.js';
import { AppError } from '../../errors.js';
import { isoOrNull } from '../../resources/presenter.js';
import { errorResponses, jsonContent } from '../../openapi.js';

/** Only a person signed in with a session acts on their own account here, never an API token. */
function ownUserId(caller: AppEnv['Variables']['caller']): string {
  if (caller.kind !== 'user' || !caller.userId)
    throw new AppError(403, 'forbidden', 'Only a signed-in user can do this for their own account');
  return caller.userId;
}

const iso = (rows: Record<string, unknown>[], fields: string[]) =>
  rows.map((r) => ({ ...r, ...Object.fromEntries(fields.map((f) => [f, isoOrNull(r[f])])) }));

/** The user's own account: sign out everywhere, and everything Solmu keeps about them (GDPR access). */
export function registerSelfRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/auth/logout-everywhere',
      tags: ['auth'],
      summary: 'End every session of your account, this one too (API tokens stay; revoke them apart)',
      responses: { 204: { description: 'Signed out everywhere' }, ...errorResponses(401, 403) },
    },
    async (c) => {
      const userId = ownUserId(c.var.caller);
      await endAllSessions(c.var.db, userId);
      deleteCookie(c, SESSION_COOKIE_BASE, { path: '/', secure: true, prefix: 'host' });
      await audit(
        c.var.db,
        c.var.caller,
        { action: 'logout_everywhere', entity: 'users', entityId: userId, outcome: 'ok' },
        c.var.now(),
      );
      return c.body(null, 204);
    },
  );
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/auth/me/export',
      tags: ['auth'],
      summary: 'Everything kept about your own account: details, memberships, API tokens, audit entries',
      responses: {
        200: jsonContent(z.record(z.string(), z.unknown()), 'The export'),
        ...errorResponses(401, 403),
      },
    },
    async (c) => {
      const userId = ownUserId(c.var.caller);
      const { db } = c.var;
      // Secrets (password hash, TOTP secret, token hashes) are never part of it.
      const [user, memberships, coordinated, tokens, auditEntries] = await Promise.all([
        db
          .selectFrom('users')
          .select([
            'id',
            'email',
            'displayName',
            'isAdmin',
            'totpEnabledAt',
            'disabledAt',
            'lastLoginAt',
            'createdAt',
          ])
          .where('id', '=', userId)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('memberships as m')
          .innerJoin('workspaces as w', 'w.id', 'm.workspaceId')
          .select(['w.slug', 'w.nameFi', 'm.role'])
          .where('m.userId', '=', userId)
          .execute(),
        db.selectFrom('networkCoordinators').select('networkId').where('userId', '=', userId).execute(),
        db
          .selectFrom('apiTokens')
          .select([
            'id',
            'name',
            'scopes',
            'workspaceId',
            'createdAt',
            'lastUsedAt',
            'expiresAt',
            'revokedAt',
          ])
          .where('userId', '=', userId)
          .execute(),
        db
          .selectFrom('auditLog')
          .select(['at', 'action', 'entity', 'entityId', 'outcome'])
          .where('userId', '=', userId)
          .orderBy('id', 'desc')
          .limit(10_000)
          .execute(),
      ]);
      await audit(
        db,
        c.var.caller,
        { action: 'export', entity: 'users', entityId: userId, outcome: 'ok' },
        c.var.now(),
      );
      return c.json(
        {
          user: iso([user], ['totpEnabledAt', 'disabledAt', 'lastLoginAt', 'createdAt'])[0]!,
          memberships,
          coordinatedNetworkIds: coordinated.map((r) => r.networkId),
          apiTokens: iso(tokens, ['createdAt', 'lastUsedAt', 'expiresAt', 'revokedAt']),
          audit: iso(auditEntries, ['at']),
        },
        200,
      );
    },
  );
}
