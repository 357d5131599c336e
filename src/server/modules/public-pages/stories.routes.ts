/** A public page's stories and their images (issue 17). */
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { isoDate, text } from '../../../domain/common.js';
import { limitBody } from '../../body-limit.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { idParam } from '../mapping/questionnaires.routes.js';
import { MAX_IMAGE_BYTES } from './image-type.js';
import { presentStory, storySchema } from './public-pages.presenter.js';
import { ONE, TAGS } from './paths.js';
import * as service from './stories.service.js';

const STORIES = `${ONE}/stories`;
const STORY = `${STORIES}/{storyId}`;
const IMAGE = `${STORY}/image`;
const IMAGE_PATTERN = /^\/api\/v1\/public-pages\/[^/]+\/stories\/[^/]+\/image$/;

/** The API's own body limit (1 MiB) except for a story's image, which has its own (2 MiB and the form). */
export function exceptStoryImages(limit: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.req.method === 'POST' && IMAGE_PATTERN.test(c.req.path) ? next() : limit(c, next));
}
const imageLimit = limitBody(MAX_IMAGE_BYTES + 64 * 1024, 'The image is larger than 2 MB');

const storyParams = idParam.extend({
  storyId: z.uuid().meta({ param: { name: 'storyId', in: 'path' } }),
});

const title = text.trim().max(200);
const body = text.trim().max(20000);
const storyFields = {
  titleFi: title.min(1),
  titleSv: title.nullable().optional(),
  titleEn: title.nullable().optional(),
  bodyFi: body.min(1),
  bodySv: body.nullable().optional(),
  bodyEn: body.nullable().optional(),
  publishedOn: isoDate.nullable().optional(),
};
const storyCreate = z.strictObject(storyFields).meta({ id: 'PublicStoryCreate' });
const storyUpdate = z
  .strictObject({
    ...storyFields,
    titleFi: storyFields.titleFi.optional(),
    bodyFi: storyFields.bodyFi.optional(),
  })
  .meta({ id: 'PublicStoryUpdate' });

const alt = text.trim().max(300);
const imageForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, 'Attach the image as "file"')
    .meta({ type: 'string', format: 'binary', description: 'A JPEG, PNG or WebP image of at most 2 MB' }),
  altFi: alt.min(1, 'Describe the image for those who cannot see it'),
  altSv: alt.optional(),
  altEn: alt.optional(),
});

async function presentFresh(c: Context<AppEnv>, pageId: string, storyId: string) {
  return presentStory(await service.readStory(c.var.db, c.var.caller, pageId, storyId));
}
const idsOf = (p: { id: string; storyId: string }) => ({ pageId: p.id, storyId: p.storyId });

export function registerStoryRoutes(app: Api) {
  listRoute(app);
  writeRoutes(app);
  imageRoutes(app);
}

function listRoute(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: STORIES,
      operationId: 'listPublicPageStories',
      tags: TAGS,
      summary: "The page's stories, newest first",
      request: { params: idParam },
      responses: {
        200: jsonContent(z.object({ data: z.array(storySchema) }), 'Stories'),
        ...errorResponses(401, 404),
      },
    },
    async (c) => {
      const rows = await service.listStories(c.var.db, c.var.caller, c.req.valid('param').id);
      return c.json({ data: rows.map(presentStory) }, 200);
    },
  );
}

function writeRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: STORIES,
      tags: TAGS,
      summary: 'Write a story on the page (an image is added to it afterwards)',
      request: { params: idParam, body: jsonBody(storyCreate) },
      responses: { 201: jsonContent(storySchema, 'Created'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const pageId = c.req.valid('param').id;
      const id = await service.createStory(c.var.db, c.var.caller, pageId, c.req.valid('json'), c.var.now());
      return c.json(await presentFresh(c, pageId, id), 201);
    },
  );
  route(
    app,
    'user',
    {
      method: 'patch',
      path: STORY,
      tags: TAGS,
      summary: "Change a story's title, text or date",
      request: { params: storyParams, body: jsonBody(storyUpdate) },
      responses: { 200: jsonContent(storySchema, 'Saved'), ...errorResponses(400, 401, 403, 404) },
    },
    async (c) => {
      const ids = idsOf(c.req.valid('param'));
      await service.updateStory(c.var.db, c.var.caller, ids, c.req.valid('json'), c.var.now());
      return c.json(await presentFresh(c, ids.pageId, ids.storyId), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'delete',
      path: STORY,
      tags: TAGS,
      summary: 'Remove a story and its image',
      request: { params: storyParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      await service.deleteStory(c.var.db, c.var.caller, idsOf(c.req.valid('param')), c.var.now());
      return c.body(null, 204);
    },
  );
}

function imageRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'post',
      path: IMAGE,
      operationId: 'uploadPublicPageStoryImage',
      tags: TAGS,
      summary: "Set the story's image with its alt text (Finnish required)",
      description:
        'The image is recognised by its bytes, never by its name: JPEG, PNG or WebP, at most 2 MB. ' +
        'Another file answers 400, a larger one 413.',
      middleware: [imageLimit] as const,
      request: {
        params: storyParams,
        body: { required: true, content: { 'multipart/form-data': { schema: imageForm } } },
      },
      responses: { 200: jsonContent(storySchema, 'Saved'), ...errorResponses(400, 401, 403, 404, 413) },
    },
    async (c) => {
      const ids = idsOf(c.req.valid('param'));
      const { file, ...alts } = c.req.valid('form');
      const upload = { bytes: new Uint8Array(await file.arrayBuffer()), ...alts };
      await service.setImage(c.var.db, c.var.caller, ids, upload, c.var.now());
      return c.json(await presentFresh(c, ids.pageId, ids.storyId), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'delete',
      path: IMAGE,
      tags: TAGS,
      summary: "Remove the story's image and its alt texts",
      request: { params: storyParams },
      responses: { 200: jsonContent(storySchema, 'Saved'), ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const ids = idsOf(c.req.valid('param'));
      await service.setImage(c.var.db, c.var.caller, ids, null, c.var.now());
      return c.json(await presentFresh(c, ids.pageId, ids.storyId), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'get',
      path: IMAGE,
      tags: TAGS,
      summary: "The story's image as it was uploaded",
      request: { params: storyParams },
      responses: {
        200: {
          description: 'The image',
          content: Object.fromEntries(
            ['image/jpeg', 'image/png', 'image/webp'].map((t) => [
              t,
              { schema: z.string().meta({ format: 'binary' }) },
            ]),
          ),
        },
        ...errorResponses(401, 404),
      },
    },
    async (c) => {
      const { id, storyId } = c.req.valid('param');
      const image = await service.readImage(c.var.db, c.var.caller, id, storyId);
      c.header('Content-Type', image.type);
      c.header('Cache-Control', 'private, no-cache');
      return c.body(new Uint8Array(image.bytes), 200);
    },
  );
}
