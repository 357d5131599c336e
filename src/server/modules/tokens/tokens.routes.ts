import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { TOKEN_SCOPES } from '../../../domain/enums.js';
import { audit } from '../../audit/audit.js';
import { route } from '../../routing.js';
import { hashToken, newToken } from '../../auth/secrets.js';
import { TOKEN_PREFIX } from '../../auth/tokens.js';
import type { Caller } from '../../auth/caller.js';
import type { AppEnv } from '../../env.js';
import { AppError, notFound } from '../../errors.js';
import { isoOrNull } from '../../resources/presenter.js';
import { isUuid } from '../../resources/repository.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';

const token = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.string()),
    workspaceId: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const present = (r: any): z.infer<typeof token> => ({
  ...r,
  createdAt: isoOrNull(r.createdAt)!,
  lastUsedAt: isoOrNull(r.lastUsedAt),
  expiresAt: isoOrNull(r.expiresAt),
  revokedAt: isoOrNull(r.revokedAt),
});
const COLUMNS = [
  'id',
  'name',
  'scopes',
  'workspaceId',
  'createdAt',
  'lastUsedAt',
  'expiresAt',
  'revokedAt',
] as const;

/** API tokens for integrations: shown once, stored hashed, scoped, revocable. Only people (not tokens) manage them. */
export function registerTokenRoutes(app: OpenAPIHono<AppEnv>) {
  /** The signed-in user's id; tokens cannot manage tokens. */
  const onlyUsers = (caller: Caller): string => {
    if (caller.kind !== 'user' || !caller.userId)
      throw new AppError(403, 'forbidden', 'Sign in as a user to manage API tokens');
    return caller.userId;
  };
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/tokens',
      tags: ['tokens'],
      summary: 'Your API tokens (never their secrets)',
      responses: {
        200: jsonContent(z.object({ items: z.array(token) }), 'Tokens'),
        ...errorResponses(401, 403),
      },
    },
    async (c) => {
      const userId = onlyUsers(c.var.caller);
      const rows = await c.var.db
        .selectFrom('apiTokens')
        .select(COLUMNS)
        .where('userId', '=', userId)
        .orderBy('createdAt', 'desc')
        .execute();
      return c.json({ items: rows.map(present) }, 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/tokens',
      tags: ['tokens'],
      summary: 'Create an API token; the secret is in this response only',
      request: {
        body: jsonBody(
          z.strictObject({
            name: text.trim().min(1).max(100),
            scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
            workspaceId: z
              .uuid()
              .optional()
              .meta({ description: 'Limit the token to one of your workspaces' }),
            expiresAt: z.iso.datetime({ offset: true }).optional(),
          }),
        ),
      },
      responses: {
        201: jsonContent(token.extend({ token: z.string() }), 'Created'),
        ...errorResponses(400, 401, 403),
      },
    },
    async (c) => {
      const userId = onlyUsers(c.var.caller);
      const body = c.req.valid('json');
      if (body.workspaceId && !c.var.caller.workspaces.has(body.workspaceId)) {
        throw new AppError(400, 'unknown_workspace', 'You are not a member of that workspace', [
          { path: 'workspaceId', message: 'Not your workspace' },
        ]);
      }
      const secret = newToken(TOKEN_PREFIX);
      const row = await c.var.db
        .insertInto('apiTokens')
        .values({
          userId,
          name: body.name,
          scopes: body.scopes,
          workspaceId: body.workspaceId ?? null,
          expiresAt: body.expiresAt ?? null,
          tokenHash: hashToken(secret),
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      await audit(
        c.var.db,
        c.var.caller,
        {
          action: 'create',
          entity: 'api_tokens',
          entityId: row.id,
          outcome: 'ok',
          detail: { scopes: body.scopes },
        },
        c.var.now(),
      );
      return c.json({ ...present(row), token: secret }, 201);
    },
  );
  route(
    app,
    'user',
    {
      method: 'delete',
      path: '/api/v1/tokens/{id}',
      tags: ['tokens'],
      summary: 'Revoke an API token',
      request: { params: z.object({ id: text.max(100) }) },
      responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const userId = onlyUsers(c.var.caller);
      const { id } = c.req.valid('param');
      const r = await c.var.db
        .updateTable('apiTokens')
        .set({ revokedAt: c.var.now() })
        .where('id', '=', isUuid(id) ? id : '00000000-0000-0000-0000-000000000000')
        .where('userId', '=', userId)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      if (!Number(r.numUpdatedRows)) throw notFound('Token');
      await audit(
        c.var.db,
        c.var.caller,
        { action: 'revoke', entity: 'api_tokens', entityId: id, outcome: 'ok' },
        c.var.now(),
      );
      return c.body(null, 204);
    },
  );
}
