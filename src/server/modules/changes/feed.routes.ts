import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { languageOf } from './feed.messages.js';
import { feedPageSchema, startCursorSchema } from './feed.presenter.js';
import { FEED_RESOURCES, readFeed, startCursor } from './feed.service.js';

const CURSOR = 'YzEuM2Y2YjFjNTAtLi4u';
const ORGANISATION = '0b6f3c1e-8d2a-4f4e-9a51-2f1d6c7e9a10';

const feedQuery = z.strictObject({
  resource: z.enum(FEED_RESOURCES).meta({ description: 'Whose changes to read', example: 'organisations' }),
  cursor: text.min(1).max(400).meta({
    description: 'nextCursor of the previous page, or a start cursor from GET /api/v1/changes/cursor',
    example: CURSOR,
  }),
  limit: z.coerce.number().int().min(1).max(500).default(100).meta({ description: 'Changes per page' }),
});

const pageExample = {
  items: [
    {
      position: 1042,
      resource: 'organisations',
      id: ORGANISATION,
      operation: 'updated',
      occurredAt: '2026-12-07T10:15:00.000Z',
      href: `/api/v1/organisations/${ORGANISATION}`,
      record: { id: ORGANISATION, nameFi: 'Saimaan Puu Oy', kind: 'company', visibility: 'public' },
    },
    {
      position: 1043,
      resource: 'organisations',
      id: '5d0e2a7b-1c3f-4b9e-8f20-6a7d1e2c3b40',
      operation: 'deleted',
      occurredAt: '2026-12-07T10:16:00.000Z',
      href: '/api/v1/organisations/5d0e2a7b-1c3f-4b9e-8f20-6a7d1e2c3b40',
    },
  ],
  nextCursor: CURSOR,
  hasMore: false,
};

const goneExample = {
  error: {
    code: 'cursor_expired',
    message:
      'The cursor is too old: the changes after it are no longer kept. Get a new start cursor (GET /api/v1/changes/cursor), then reload the records in full and go on following the changes from the new cursor.',
    details: [],
  },
};

/** The change feed (issue 19, decision 024): a start cursor, then each resource's changes after it. */
export function registerFeedRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/changes/cursor',
      operationId: 'getChangeFeedStart',
      tags: ['changes'],
      summary: 'A start cursor: ask for it before a full load, then follow the changes from it',
      responses: { 200: jsonContent(startCursorSchema, 'Start cursor', { cursor: CURSOR }) },
    },
    async (c) => c.json({ cursor: await startCursor(c.var.db) }, 200),
  );

  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/changes',
      operationId: 'listChanges',
      tags: ['changes'],
      summary:
        "A resource's records created, updated and deleted after the cursor, as far as the caller may read them",
      description:
        'Items come in the order of the log. A page may hold fewer items than limit (changes of records ' +
        'you may not read are left out): keep nextCursor and ask again while hasMore. A cursor older than ' +
        'the changes kept answers 410: reload in full from a new start cursor.',
      request: { query: feedQuery },
      responses: {
        200: jsonContent(feedPageSchema, 'Changes after the cursor', pageExample),
        ...errorResponses(400),
        410: {
          description: 'The cursor is older than the changes kept: reload in full, then start again',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/Error' }, example: goneExample },
          },
        },
      },
    },
    async (c) => {
      const lang = languageOf(c.req.header('accept-language'));
      return c.json(await readFeed(c.var.db, c.var.caller, c.req.valid('query'), lang), 200);
    },
  );
}
