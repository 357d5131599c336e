import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import { z } from 'zod';
import { WORKSPACE_ROLES } from '../../../domain/enums.js';
import { slug, text } from '../../../domain/common.js';
import { audit } from '../../audit/audit.js';
import { route } from '../../routing.js';
import { endAllSessions } from '../../auth/sessions.js';
import type { AppEnv } from '../../env.js';
import { notFound } from '../../errors.js';
import { isoOrNull } from '../../resources/presenter.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { createLoginLink, createUser } from '../auth/users.service.js';
import { grantLink, revokeLink, type LinkTable } from './links.repository.js';

const user = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string().nullable(),
    isAdmin: z.boolean(),
    disabledAt: z.string().nullable(),
  })
  .meta({ id: 'User' });
const workspace = z
  .object({
    id: z.string(),
    slug: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    organisationId: z.string().nullable(),
  })
  .meta({ id: 'Workspace' });
const ok = { 204: { description: 'Done' }, ...errorResponses(400, 401, 403, 404, 409) };
const uuid = z.uuid();

/** Every admin route: admin-only, documented under the admin tag. */
function adminRoute<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  config: R,
  handler: RouteHandler<R, AppEnv>,
) {
  route(app, 'admin', { ...config, tags: ['admin'] }, handler as never);
}

export function registerAdminRoutes(app: OpenAPIHono<AppEnv>) {
  adminRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/admin/users',
      summary: 'List users',
      responses: { 200: jsonContent(z.object({ items: z.array(user) }), 'Users') },
    },
    async (c) => {
      const rows = await c.var.db
        .selectFrom('users')
        .select(['id', 'email', 'displayName', 'isAdmin', 'disabledAt'])
        .orderBy('email')
        .execute();
      return c.json(
        { items: rows.map((r) => ({ ...r, disabledAt: isoOrNull(r.disabledAt) })) as z.infer<typeof user>[] },
        200,
      );
    },
  );

  adminRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/admin/users',
      summary: 'Create a user; without a password they sign in with a one-time link',
      request: {
        body: jsonBody(
          z.strictObject({
            email: z.email(),
            displayName: text.max(200).optional(),
            password: z.string().max(256).optional(),
            isAdmin: z.boolean().optional(),
          }),
        ),
      },
      responses: {
        201: jsonContent(z.object({ user, loginLink: z.string().nullable() }), 'Created'),
        ...errorResponses(400, 409),
      },
    },
    async (c) => {
      const body = c.req.valid('json');
      const created = await createUser(c.var.db, body);
      const loginLink = body.password ? null : await createLoginLink(c.var.db, created.id, c.var.now());
      await audit(
        c.var.db,
        c.var.caller,
        { action: 'create', entity: 'users', entityId: created.id, outcome: 'ok' },
        c.var.now(),
      );
      return c.json({ user: { ...created, disabledAt: null }, loginLink }, 201);
    },
  );

  adminRoute(
    app,
    {
      method: 'patch',
      path: '/api/v1/admin/users/{id}',
      summary: 'Change a user: name, admin role, disabled (disabling ends their sessions)',
      request: {
        params: z.object({ id: uuid }),
        body: jsonBody(
          z.strictObject({
            displayName: text.max(200).nullable().optional(),
            isAdmin: z.boolean().optional(),
            disabled: z.boolean().optional(),
          }),
        ),
      },
      responses: ok,
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const { disabled, ...rest } = c.req.valid('json');
      const values = {
        ...rest,
        ...(disabled === undefined ? {} : { disabledAt: disabled ? c.var.now() : null }),
        updatedAt: c.var.now(),
      };
      const r = await c.var.db.updateTable('users').set(values).where('id', '=', id).executeTakeFirst();
      if (!Number(r.numUpdatedRows)) throw notFound('User');
      if (disabled) await endAllSessions(c.var.db, id);
      await audit(
        c.var.db,
        c.var.caller,
        {
          action: 'update',
          entity: 'users',
          entityId: id,
          outcome: 'ok',
          detail: { fields: Object.keys(c.req.valid('json')) },
        },
        c.var.now(),
      );
      return c.body(null, 204);
    },
  );

  adminRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/admin/users/{id}/login-link',
      summary: 'A one-time sign-in link for a user (valid 24 hours)',
      request: { params: z.object({ id: uuid }) },
      responses: { 201: jsonContent(z.object({ loginLink: z.string() }), 'Link'), ...errorResponses(404) },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const exists = await c.var.db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) throw notFound('User');
      return c.json({ loginLink: await createLoginLink(c.var.db, id, c.var.now()) }, 201);
    },
  );

  adminRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/admin/workspaces',
      summary: 'List workspaces',
      responses: { 200: jsonContent(z.object({ items: z.array(workspace) }), 'Workspaces') },
    },
    async (c) => {
      const rows = await c.var.db
        .selectFrom('workspaces')
        .select(['id', 'slug', 'nameFi', 'nameSv', 'nameEn', 'organisationId'])
        .orderBy('nameFi')
        .execute();
      return c.json({ items: rows as z.infer<typeof workspace>[] }, 200);
    },
  );

  adminRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/admin/workspaces',
      summary: 'Create a workspace (a town, development company or consultancy keeping data here)',
      request: {
        body: jsonBody(
          z.strictObject({
            slug,
            nameFi: text.min(1).max(300),
            nameSv: text.max(300).optional(),
            nameEn: text.max(300).optional(),
            organisationId: uuid.optional(),
          }),
        ),
      },
      responses: { 201: jsonContent(workspace, 'Created'), ...errorResponses(400, 409, 422) },
    },
    async (c) => {
      const row = await c.var.db
        .insertInto('workspaces')
        .values({ ...c.req.valid('json'), createdBy: c.var.caller.label, updatedBy: c.var.caller.label })
        .returning(['id', 'slug', 'nameFi', 'nameSv', 'nameEn', 'organisationId'])
        .executeTakeFirstOrThrow();
      await audit(
        c.var.db,
        c.var.caller,
        { action: 'create', entity: 'workspaces', entityId: row.id, outcome: 'ok' },
        c.var.now(),
      );
      return c.json(row as z.infer<typeof workspace>, 201);
    },
  );

  const listOf = <T extends z.ZodRawShape>(
    path: string,
    summary: string,
    shape: T,
    query: (db: AppEnv['Variables']['db'], id: string) => Promise<unknown[]>,
  ) =>
    adminRoute(
      app,
      {
        method: 'get',
        path,
        summary,
        request: { params: z.object({ id: uuid }) },
        responses: { 200: jsonContent(z.object({ items: z.array(z.object(shape)) }), 'Items') },
      },
      async (c) =>
        c.json({ items: (await query(c.var.db, c.req.valid('param').id)) as z.infer<z.ZodObject<T>>[] }, 200),
    );
  listOf(
    '/api/v1/admin/workspaces/{id}/members',
    "A workspace's members and their roles",
    { userId: z.string(), email: z.string(), role: z.string() },
    (db, id) =>
      db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.userId')
        .select(['m.userId', 'u.email', 'm.role'])
        .where('m.workspaceId', '=', id)
        .orderBy('u.email')
        .execute(),
  );
  listOf(
    '/api/v1/admin/workspaces/{id}/networks',
    'The networks a workspace belongs to (whose members read its network-shared records)',
    { networkId: z.string(), slug: z.string(), nameFi: z.string() },
    (db, id) =>
      db
        .selectFrom('workspaceNetworks as wn')
        .innerJoin('networks as n', 'n.id', 'wn.networkId')
        .select(['wn.networkId', 'n.slug', 'n.nameFi'])
        .where('wn.workspaceId', '=', id)
        .orderBy('n.nameFi')
        .execute(),
  );
  listOf(
    '/api/v1/admin/networks/{id}/coordinators',
    "A network's coordinators",
    { userId: z.string(), email: z.string() },
    (db, id) =>
      db
        .selectFrom('networkCoordinators as nc')
        .innerJoin('users as u', 'u.id', 'nc.userId')
        .select(['nc.userId', 'u.email'])
        .where('nc.networkId', '=', id)
        .orderBy('u.email')
        .execute(),
  );

  const link = (path: string, table: LinkTable, summary: string, extra?: z.ZodRawShape) => {
    const params = z.object({ a: uuid, b: uuid });
    adminRoute(
      app,
      {
        method: 'put',
        path,
        summary,
        request: { params, ...(extra ? { body: jsonBody(z.strictObject(extra)) } : {}) },
        responses: ok,
      },
      async (c) => {
        const { a, b } = c.req.valid('param');
        const body = extra ? ((await c.req.json()) as { role?: string }) : {};
        await grantLink(c.var.db, table, a, b, body.role);
        await audit(
          c.var.db,
          c.var.caller,
          {
            action: 'grant',
            entity: table,
            entityId: `${a}/${b}`,
            outcome: 'ok',
            detail: { fields: Object.keys(body) },
          },
          c.var.now(),
        );
        return c.body(null, 204);
      },
    );
    adminRoute(
      app,
      {
        method: 'delete',
        path,
        summary: `Undo: ${summary}`,
        request: { params },
        responses: ok,
      },
      async (c) => {
        const { a, b } = c.req.valid('param');
        await revokeLink(c.var.db, table, a, b);
        await audit(
          c.var.db,
          c.var.caller,
          { action: 'revoke', entity: table, entityId: `${a}/${b}`, outcome: 'ok' },
          c.var.now(),
        );
        return c.body(null, 204);
      },
    );
  };
  link(
    '/api/v1/admin/workspaces/{a}/members/{b}',
    'memberships',
    'Make a user an editor or viewer of a workspace',
    { role: z.enum(WORKSPACE_ROLES) },
  );
  link(
    '/api/v1/admin/workspaces/{a}/networks/{b}',
    'workspaceNetworks',
    'Make a workspace a member of a network (its network-shared records become readable there)',
  );
  link(
    '/api/v1/admin/networks/{a}/coordinators/{b}',
    'networkCoordinators',
    'Make a user a coordinator of a network',
  );

  adminRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/admin/audit',
      summary: 'The audit log, newest first',
      request: {
        query: z.strictObject({
          entityId: text.max(200).optional(),
          userId: uuid.optional(),
          from: z.iso.datetime({ offset: true }).optional().meta({ description: 'At or after (UTC)' }),
          to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Before (UTC)' }),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: {
        200: jsonContent(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), 'Entries'),
      },
    },
    async (c) => {
      const q = c.req.valid('query');
      let query = c.var.db.selectFrom('auditLog').selectAll().orderBy('id', 'desc').limit(q.limit);
      if (q.entityId) query = query.where('entityId', '=', q.entityId);
      if (q.userId) query = query.where('userId', '=', q.userId);
      if (q.from) query = query.where('at', '>=', new Date(q.from));
      if (q.to) query = query.where('at', '<', new Date(q.to));
      const rows = await query.execute();
      return c.json({ items: rows.map((r) => ({ ...r, id: String(r.id), at: isoOrNull(r.at) })) }, 200);
    },
  );
}
