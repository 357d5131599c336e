/**
 * The review queue of a mapping round: its readers see what the answers propose, its editors accept,
 * merge or reject, many at once (issue 13).
 */
import { z } from 'zod';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import {
  decidedSchema,
  presentProposal,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  proposalSchema,
} from './review.presenter.js';
import { decide, listProposals } from './review.service.js';

const roundParam = z.object({ id: z.uuid().meta({ param: { name: 'id', in: 'path' } }) });

const decision = z.strictObject({
  id: z.uuid(),
  action: z.enum(['accept', 'reject', 'merge']),
  organisationId: z.uuid().optional().meta({ description: 'The organisation a new actor merges into' }),
  competenceId: z.uuid().optional().meta({ description: 'The competence a named one merges into' }),
});

export function registerReviewRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/mapping-rounds/{id}/proposals',
      tags: ['mapping'],
      summary: 'What a round’s answers propose for the roster, with possible duplicates',
      request: {
        params: roundParam,
        query: z.object({
          status: z.enum(PROPOSAL_STATUSES).optional(),
          kind: z.enum(PROPOSAL_KINDS).optional(),
        }),
      },
      responses: {
        200: jsonContent(z.object({ data: z.array(proposalSchema) }), 'Proposals'),
        ...errorResponses(400, 401, 403, 404),
      },
    },
    async (c) => {
      const listed = await listProposals(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return c.json({ data: listed.map(presentProposal) }, 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'post',
      path: '/api/v1/mapping-rounds/{id}/proposals/decisions',
      operationId: 'decideMappingRoundProposals',
      tags: ['mapping'],
      summary: 'Accept, merge or reject proposals, all or nothing',
      request: {
        params: roundParam,
        body: jsonBody(z.strictObject({ decisions: z.array(decision).min(1).max(10_000) })),
      },
      responses: {
        200: jsonContent(z.object({ data: z.array(decidedSchema) }), 'Decided'),
        ...errorResponses(400, 401, 403, 404, 422),
      },
    },
    async (c) => {
      const data = await decide(
        c.var.db,
        c.var.caller,
        c.req.valid('param').id,
        c.req.valid('json').decisions,
        c.var.now(),
      );
      return c.json({ data }, 200);
    },
  );
}
