import { z } from 'zod';
import { AppError } from '../../errors.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { fittingCallSchema, presentFittingCall } from './fitting.presenter.js';
import { fittingForEcosystems, fittingForOrganisations } from './fitting.service.js';

const query = z.object({
  ecosystemId: z.uuid().optional().meta({ description: 'Calls that fit this ecosystem’s themes' }),
  organisationIds: z
    .string()
    .optional()
    .meta({ description: 'Comma-separated organisation ids: calls that fit their mix (a consortium)' }),
});

const ids = (list: string) => {
  const parsed = z
    .array(z.uuid())
    .min(1)
    .max(200)
    .safeParse(list.split(',').map((s) => s.trim()));
  if (!parsed.success)
    throw new AppError(400, 'validation_failed', 'Give 1–200 organisation ids separated by commas', [
      { path: 'organisationIds', message: 'Organisation ids (uuid) separated by commas' },
    ]);
  return parsed.data;
};

/** Open calls that fit. Registered before the funding-calls resource, so `fitting` is not read as an id. */
export function registerFittingCallRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/funding-calls/fitting',
      operationId: 'listFittingFundingCalls',
      tags: ['funding-calls'],
      summary:
        'Open calls (deadline ahead) whose themes fit an ecosystem, the caller’s own ecosystems, or a set of organisations',
      request: { query },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(fittingCallSchema) }),
          'Most shared themes first, then the nearest deadline, each with why it fits',
        ),
        ...errorResponses(400, 401, 404),
      },
    },
    async (c) => {
      const { ecosystemId, organisationIds } = c.req.valid('query');
      const { db, caller } = c.var;
      const found =
        organisationIds !== undefined
          ? await fittingForOrganisations(db, caller, c.var.now(), ids(organisationIds))
          : await fittingForEcosystems(db, caller, c.var.now(), ecosystemId);
      return c.json({ items: found.map(presentFittingCall) }, 200);
    },
  );
}
