/**
 * An ecosystem as an ECCP cluster profile (issue 17): JSON with the readiness check, and a Word document
 * to fill ECCP's form from. Signed-in readers, the ecosystem read as any record (404 when not visible).
 */
import { z } from 'zod';
import { errorResponses, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { fileResponseOf, sendReportFile } from '../pictures/report-file.js';
import { eccpAnswerSchema, presentEccp } from './eccp.presenter.js';
import { eccpProfileFile, eccpProfileOf } from './eccp.service.js';

const TAGS = ['ecosystems'];
const ecosystemParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .meta({ param: { name: 'id', in: 'path' }, description: 'The ecosystem’s id or slug' }),
});

export function registerEccpRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/ecosystems/{id}/eccp-profile',
      tags: TAGS,
      summary:
        'The ecosystem as a European Cluster Collaboration Platform (ECCP) cluster profile, with the check of ECCP’s registration criteria and what is missing',
      description:
        'Made of what the caller may read: members, needs and contacts out of their sight are left out. Themes map to ECCP sectors, EU industrial ecosystems and emerging industries by a documented table; TOL 2008 codes become NACE Rev. 2 codes.',
      request: { params: ecosystemParam },
      responses: {
        200: jsonContent(eccpAnswerSchema, 'The profile and its check'),
        ...errorResponses(401, 404),
      },
    },
    async (c) => {
      const found = await eccpProfileOf(c.var.db, c.var.caller, c.req.valid('param').id);
      return c.json(presentEccp(found), 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'get',
      path: '/api/v1/exports/ecosystems/{id}/eccp-profile.docx',
      tags: TAGS,
      summary:
        'The ECCP cluster profile as a Word document in English, the readiness check first, field by field',
      request: { params: ecosystemParam },
      responses: { 200: fileResponseOf(['docx'], 'The document'), ...errorResponses(401, 404) },
    },
    async (c) => {
      const file = await eccpProfileFile(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return sendReportFile(c, 'docx', file);
    },
  );
}
