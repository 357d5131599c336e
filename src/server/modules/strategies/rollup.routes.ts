import { z } from 'zod';
import { helsinkiDay } from '../../../domain/helsinki-time.js';
import { errorResponses, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { presentProgress, presentRollup, progressSchema, rollupSchema } from './rollup.presenter.js';
import { networkGoalRollup, networkProgress } from './rollup.service.js';
import { actionPlan } from './action-plan.service.js';
import { networkProgressFile } from './progress-export.service.js';
import { fileResponseOf, sendReportFile } from '../pictures/report-file.js';

const idParam = z.object({ id: z.uuid().meta({ param: { name: 'id', in: 'path' } }) });

/**
 * A network goal's roll-up and a network's progress view. Registered before the resources, so
 * `rollup` and `progress` are not read as ids; what the caller may not read is "not found".
 */
export function registerRollupRoutes(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/strategy-goals/{id}/rollup',
      tags: ['strategy-goals'],
      summary:
        'A network goal rolled up from the town and ecosystem goals that contribute to it, by its rule, with each one’s latest value, target and whether it is behind',
      request: { params: idParam },
      responses: {
        200: jsonContent(rollupSchema, 'The roll-up today and year by year, and goals that could be linked'),
        ...errorResponses(404, 422),
      },
    },
    async (c) => {
      const { db, caller } = c.var;
      const found = await networkGoalRollup(db, caller, c.req.valid('param').id, helsinkiDay(c.var.now()));
      return c.json(presentRollup(found), 200);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/networks/{id}/progress',
      tags: ['networks'],
      summary:
        'Every town of a network side by side: its strategies’ goals on track, off track or without data, actions by status, latest actual',
      request: { params: idParam },
      responses: {
        200: jsonContent(progressSchema, 'One row per town or ecosystem strategy, and towns without one'),
        ...errorResponses(404),
      },
    },
    async (c) => {
      const { db, caller } = c.var;
      const found = await networkProgress(db, caller, c.req.valid('param').id, helsinkiDay(c.var.now()));
      return c.json(presentProgress(found), 200);
    },
  );
}

const planQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).meta({ description: 'The year of the plan, e.g. 2027' }),
  lang: z.enum(['fi', 'sv', 'en']).default('fi').meta({ description: 'The workbook’s language' }),
});

/** A strategy's yearly action plan as an Excel workbook (fi, sv, en). */
export function registerActionPlanRoutes(app: Api) {
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/exports/strategies/{id}/action-plan.xlsx',
      tags: ['strategies'],
      summary: 'A strategy’s yearly action plan: the actions under way in the year and the goals, as Excel',
      request: { params: idParam, query: planQuery },
      responses: {
        200: fileResponseOf(['xlsx'], 'The workbook'),
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const { year, lang } = c.req.valid('query');
      const file = await actionPlan(c.var.db, c.var.caller, c.req.valid('param').id, year, lang);
      return sendReportFile(c, 'xlsx', file);
    },
  );
  route(
    app,
    'records',
    {
      method: 'get',
      path: '/api/v1/exports/networks/{id}/progress.xlsx',
      tags: ['networks'],
      summary: 'A network’s progress view, one row a town, as Excel',
      request: { params: idParam, query: planQuery.pick({ lang: true }) },
      responses: {
        200: fileResponseOf(['xlsx'], 'The workbook'),
        ...errorResponses(400, 404),
      },
    },
    async (c) => {
      const { db, caller } = c.var;
      const id = c.req.valid('param').id;
      const file = await networkProgressFile(
        db,
        caller,
        id,
        helsinkiDay(c.var.now()),
        c.req.valid('query').lang,
      );
      return sendReportFile(c, 'xlsx', file);
    },
  );
}
