import { z } from 'zod';
import { WORKSPACE_ROLES } from '../../../domain/enums.js';
import type { Database } from '../../db/database.js';
import { jsonBody, jsonContent } from '../../openapi.js';
import { adminRoute, type Api } from '../../routing.js';
import { done } from './admin.openapi.js';
import type { LinkTable } from './links.repository.js';
import { grantLink, revokeLink } from './links.service.js';

const idParams = z.object({ id: z.uuid() });
const roleBody = z.strictObject({ role: z.enum(WORKSPACE_ROLES) });

/** GET `path`: the links of one record (`{id}`), each presented. */
export function linkListRoute<Item extends z.ZodObject, Row>(
  app: Api,
  path: string,
  summary: string,
  load: {
    item: Item;
    list: (db: Database, id: string) => Promise<Row[]>;
    present: (row: Row) => z.infer<Item>;
  },
) {
  adminRoute(
    app,
    {
      method: 'get',
      path,
      summary,
      request: { params: idParams },
      responses: { 200: jsonContent(z.object({ items: z.array(load.item) }), 'Items') },
    },
    async (c) =>
      c.json({ items: (await load.list(c.var.db, c.req.valid('param').id)).map(load.present) }, 200),
  );
}

/** PUT `path` grants the link (`{a}`, `{b}`), DELETE revokes it; a membership is granted with a role. */
export function linkRoutes(app: Api, path: string, table: LinkTable, summary: string, withRole = false) {
  const params = z.object({ a: z.uuid(), b: z.uuid() });
  adminRoute(
    app,
    {
      method: 'put',
      path,
      summary,
      request: { params, ...(withRole ? { body: jsonBody(roleBody) } : {}) },
      responses: done,
    },
    async (c) => {
      // Checked against roleBody already; read again because the body is declared for memberships only.
      const body = withRole ? roleBody.parse(await c.req.json()) : {};
      await grantLink(c.var.db, c.var.caller, { table, ...c.req.valid('param') }, body, c.var.now());
      return c.body(null, 204);
    },
  );
  adminRoute(
    app,
    { method: 'delete', path, summary: `Undo: ${summary}`, request: { params }, responses: done },
    async (c) => {
      await revokeLink(c.var.db, c.var.caller, { table, ...c.req.valid('param') }, c.var.now());
      return c.body(null, 204);
    },
  );
}
