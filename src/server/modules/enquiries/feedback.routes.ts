import { z } from 'zod';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { adminRoute, type Api } from '../../routing.js';
import { feedbackSchema, presentFeedback } from './feedback.presenter.js';
import { feedbackList, setHandled } from './feedback.service.js';

const PATH = '/api/v1/admin/accessibility-feedback';

/** Feedback on the public pages' accessibility, for the installation's admins. */
export function registerFeedbackAdminRoutes(app: Api) {
  adminRoute(
    app,
    {
      method: 'get',
      path: PATH,
      summary: 'Feedback on the public pages’ accessibility, newest first',
      request: {
        query: z.strictObject({
          unhandled: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true')
            .meta({ description: 'Only feedback not yet handled' }),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: { 200: jsonContent(z.object({ items: z.array(feedbackSchema) }), 'Feedback') },
    },
    async (c) =>
      c.json({ items: (await feedbackList(c.var.db, c.req.valid('query'))).map(presentFeedback) }, 200),
  );
  adminRoute(
    app,
    {
      method: 'put',
      path: `${PATH}/{id}/handled`,
      summary: 'Mark feedback handled, or not yet handled',
      request: {
        params: z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) }),
        body: jsonBody(z.strictObject({ handled: z.boolean() })),
      },
      responses: { 200: jsonContent(feedbackSchema, 'The feedback'), ...errorResponses(400, 404) },
    },
    async (c) => {
      const row = await setHandled(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json').handled,
        c.var.now(),
      );
      return c.json(presentFeedback(row), 200);
    },
  );
}
