import { z } from 'zod';
import { slug, text } from '../../../domain/common.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { adminRoute, type Api } from '../../routing.js';
import {
  memberSchema,
  presentMember,
  presentWorkspaceNetwork,
  workspaceNetworkSchema,
} from './links.presenter.js';
import { linkListRoute, linkRoutes } from './links.routes.js';
import { listMembers, listWorkspaceNetworks } from './links.service.js';
import { presentWorkspace, workspaceSchema } from './workspaces.presenter.js';
import * as workspaces from './workspaces.service.js';

/** Workspaces: list, create, and who belongs to each and which networks it shares with. */
export function registerWorkspaceRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  linkListRoute(app, '/api/v1/admin/workspaces/{id}/members', "A workspace's members and their roles", {
    item: memberSchema,
    list: listMembers,
    present: presentMember,
  });
  linkListRoute(
    app,
    '/api/v1/admin/workspaces/{id}/networks',
    'The networks a workspace belongs to (whose members read its network-shared records)',
    { item: workspaceNetworkSchema, list: listWorkspaceNetworks, present: presentWorkspaceNetwork },
  );
}

/** Granting and revoking a workspace's members and networks. */
export function registerWorkspaceLinkRoutes(app: Api) {
  linkRoutes(
    app,
    '/api/v1/admin/workspaces/{a}/members/{b}',
    'memberships',
    'Make a user an editor or viewer of a workspace',
    true,
  );
  linkRoutes(
    app,
    '/api/v1/admin/workspaces/{a}/networks/{b}',
    'workspaceNetworks',
    'Make a workspace a member of a network (its network-shared records become readable there)',
  );
}

function listRoute(app: Api) {
  adminRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/admin/workspaces',
      summary: 'List workspaces',
      responses: { 200: jsonContent(z.object({ items: z.array(workspaceSchema) }), 'Workspaces') },
    },
    async (c) => c.json({ items: (await workspaces.listWorkspaces(c.var.db)).map(presentWorkspace) }, 200),
  );
}

function createRoute(app: Api) {
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
            organisationId: z.uuid().optional(),
          }),
        ),
      },
      responses: { 201: jsonContent(workspaceSchema, 'Created'), ...errorResponses(400, 409, 422) },
    },
    async (c) => {
      const row = await workspaces.createWorkspace(c.var.db, c.var.caller, c.req.valid('json'), c.var.now());
      return c.json(presentWorkspace(row), 201);
    },
  );
}
