import type { OpenAPIHono } from '@hono/zod-openapi';
import { route } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { partnerSearchSchema, presentSearch } from './partner-search.presenter.js';
import { partnerSearchQuery } from './partner-search.query.js';
import { searchPartners } from './partner-search.service.js';

/** Partner search for signed-in readers: candidates for a competence need, ranked and explained. */
export function registerPartnerSearchRoutes(app: OpenAPIHono<AppEnv>) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/partner-search',
      tags: ['connect'],
      summary:
        'Organisations that offer a competence need, in a scope, ranked and explained (only visible ones)',
      request: { query: partnerSearchQuery },
      responses: {
        200: jsonContent(partnerSearchSchema, 'Ranked candidates, each with why it was found'),
        ...errorResponses(400, 401, 404),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const result = await searchPartners(c.var.db, c.var.caller, query);
      return c.json(presentSearch(result, query), 200);
    },
  );
}
