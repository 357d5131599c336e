/**
 * Public "Invest in" pages (issue 17), the signed-in side: the pages a town, ecosystem or network keeps,
 * their intro and contacts, publishing. The public pages themselves are server-rendered elsewhere.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { publicContact, publicPagePath } from '../../../domain/public-pages.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { idParam, workspaceQuery } from '../mapping/questionnaires.routes.js';
import { pageSchema, presentPage } from './public-pages.presenter.js';
import * as service from './public-pages.service.js';
import { BASE, ONE, TAGS } from './paths.js';
import { registerStoryRoutes } from './stories.routes.js';

/** A write answers with the page as it now is. */
async function presentFresh(c: Context<AppEnv>, id: string) {
  return presentPage(await service.readPage(c.var.db, c.var.caller, id), c.var.caller);
}

export function registerPublicPageRoutes(app: Api) {
  listRoute(app);
  createRoute(app);
  readRoute(app);
  updateRoute(app);
  publicationRoutes(app);
  registerStoryRoutes(app);
}

function listRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: BASE,
      tags: TAGS,
      summary: 'Public pages you may see: every published page and the drafts of your workspaces',
      responses: {
        200: jsonContent(z.object({ data: z.array(pageSchema) }), 'Public pages by address'),
        ...errorResponses(401),
      },
    },
    async (c) => {
      const rows = await service.listPages(c.var.db, c.var.caller);
      return c.json({ data: rows.map((r) => presentPage(r, c.var.caller)) }, 200);
    },
  );
}

const createBody = z
  .union([
    z.strictObject({ municipalityCode: z.string().regex(/^\d{3}$/), path: publicPagePath.optional() }),
    z.strictObject({ ecosystemId: z.uuid(), path: publicPagePath.optional() }),
    z.strictObject({ networkId: z.uuid(), path: publicPagePath.optional() }),
  ])
  .meta({
    id: 'PublicPageCreate',
    description:
      'A town (municipalityCode), an ecosystem or a network; the address is suggested when left out',
  });

function createRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: BASE,
      tags: TAGS,
      summary: 'Start a draft public page for a town, or an ecosystem or network of the workspace',
      description:
        'Without a path, the address is suggested from the name: a town in ASCII lower case with dashes ' +
        '(savonlinna), an ecosystem under its town (savonlinna/metsabiotalous), a network by its slug. ' +
        'An address in use, or a town, ecosystem or network that has its page already, answers 409.',
      request: { query: workspaceQuery, body: jsonBody(createBody) },
      responses: {
        201: jsonContent(pageSchema, 'Created as a draft'),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    },
    async (c) => {
      const input = { ...c.req.valid('json'), workspace: c.req.valid('query').workspace };
      const id = await service.createPage(c.var.db, c.var.caller, input, c.var.now());
      return c.json(await presentFresh(c, id), 201);
    },
  );
}

function readRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: ONE,
      tags: TAGS,
      summary: 'A public page: its intro, contacts and whether it is published',
      request: { params: idParam },
      responses: { 200: jsonContent(pageSchema, 'The page'), ...errorResponses(401, 404) },
    },
    async (c) => c.json(await presentFresh(c, c.req.valid('param').id), 200),
  );
}

const intro = text.trim().max(5000).nullable().optional();
const updateBody = z
  .strictObject({
    path: publicPagePath.optional(),
    introFi: intro,
    introSv: intro,
    introEn: intro,
    contacts: z.array(publicContact).max(20).optional().meta({
      description: 'Contacts by role: a role address; a person named only with the date of their consent',
    }),
  })
  .meta({ id: 'PublicPageUpdate' });

function updateRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'patch',
      path: ONE,
      tags: TAGS,
      summary: "Change a page's intro in Finnish, Swedish or English, its contacts or its address",
      request: { params: idParam, body: jsonBody(updateBody) },
      responses: { 200: jsonContent(pageSchema, 'Saved'), ...errorResponses(400, 401, 403, 404, 409) },
    },
    async (c) => {
      const id = c.req.valid('param').id;
      await service.updatePage(c.var.db, c.var.caller, id, c.req.valid('json'), c.var.now());
      return c.json(await presentFresh(c, id), 200);
    },
  );
}

function publicationRoutes(app: Api) {
  for (const publish of [true, false]) {
    route(
      app,
      'user',
      {
        method: 'post',
        path: `${ONE}/${publish ? 'publish' : 'unpublish'}`,
        tags: TAGS,
        summary: publish
          ? 'Publish the page: anyone may read it (who published it and when are kept)'
          : 'Take the page back to a draft only its workspace sees',
        request: { params: idParam },
        responses: { 200: jsonContent(pageSchema, 'Saved'), ...errorResponses(401, 403, 404) },
      },
      async (c) => {
        const id = c.req.valid('param').id;
        await service.setPublished(c.var.db, c.var.caller, id, publish, c.var.now());
        return c.json(await presentFresh(c, id), 200);
      },
    );
  }
}
