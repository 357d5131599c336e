import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { JSONValue } from 'hono/utils/types';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { GRAPH_BINARY_TYPE } from '../../../formats/graph-binary.js';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses } from '../../openapi.js';
import { clientHas } from '../open-data/open-data.http.js';
import { GRAPH_FORMATS, graphBytes, graphCache, graphVersion } from './graph.answer.js';
import { graphSchema } from './graph.presenter.js';
import { GRAPH_SCOPES } from './graph.repository.js';

const CONTENT_TYPES = { json: 'application/json', binary: GRAPH_BINARY_TYPE } as const;

/** The answer with its ETag; the browser keeps it and asks again with If-None-Match every time. */
function send(c: Context, body: Buffer | null, headers: Record<string, string>) {
  const response = body ? c.body(body as Uint8Array<ArrayBuffer>, 200, headers) : c.body(null, 304, headers);
  return response as unknown as Response & TypedResponse<JSONValue, 200, 'json'>;
}

/** The map's data in one compact answer: nodes and measures as parallel columns, edges as index pairs. */
export function registerGraphRoutes(app: OpenAPIHono<AppEnv>, appVersion = '') {
  const cache = graphCache();
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/graph',
      tags: ['pictures'],
      summary: 'The network map of a network or ecosystem as columns: members, measures, relations',
      description:
        `JSON by default; \`format=binary\` gives the same columns as \`${GRAPH_BINARY_TYPE}\` (typed ` +
        'arrays and a string table, docs/formats.md), which a browser reads without parsing. The strong ' +
        'ETag changes with the data: send it back as If-None-Match and an unchanged map answers 304.',
      request: {
        query: z.strictObject({
          scope: z.enum(GRAPH_SCOPES),
          id: text.min(1).max(200).meta({ description: 'Network or ecosystem id or slug' }),
          format: z.enum(GRAPH_FORMATS).default('json').meta({ description: 'json or binary' }),
        }),
      },
      responses: {
        200: {
          description: 'What the caller may see of the map',
          content: {
            'application/json': { schema: graphSchema },
            [GRAPH_BINARY_TYPE]: { schema: z.string().meta({ format: 'binary' }) },
          },
        },
        304: { description: 'Not modified since the version the client holds (ETag)' },
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const at = await graphVersion(c.var.db, c.var.caller, appVersion, query);
      // Private: what a caller may see depends on who they are; no-cache: asked again, 304 when current.
      const headers = { etag: at.etag, 'cache-control': 'private, no-cache', vary: 'Cookie, Authorization' };
      if (clientHas(c, at.etag)) return send(c, null, headers);
      const bytes = await graphBytes(c.var.db, c.var.caller, cache, query, at);
      return send(c, bytes, { ...headers, 'content-type': CONTENT_TYPES[query.format] });
    },
  );
}
