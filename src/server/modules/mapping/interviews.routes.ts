/** Interviewer mode: an editor answers for a respondent during an interview (issue 13). */
import { QUESTIONNAIRE_LAWFUL_BASES } from '../../../domain/enums.js';
import { z } from 'zod';
import { isoDate, longText, opt, shortText } from '../../../domain/common.js';
import { errorResponses, jsonBody, jsonContent } from '../../openapi.js';
import { route, type Api } from '../../routing.js';
import { answersSchema, saved } from './answers.routes.js';
import { idParam } from './questionnaires.routes.js';
import { readInterview, saveInterview } from './interviews.service.js';

const TAGS = ['mapping'];
const PATH = '/api/v1/round-respondents/{id}/interview';

const interviewSchema = z
  .object({
    displayName: z.string(),
    content: z.record(z.string(), z.unknown()),
    answers: answersSchema,
    mode: z.enum(['survey', 'interview']),
    submitted: z.boolean(),
    interviewer: z.string().nullable(),
    interviewedOn: z.string().nullable(),
    interviewNotes: z.string().nullable(),
    privacyNotice: z.object({
      fi: z.string().nullable(),
      sv: z.string().nullable(),
      en: z.string().nullable(),
    }),
    lawfulBasis: z.enum(QUESTIONNAIRE_LAWFUL_BASES),
    consented: z.boolean(),
  })
  .meta({ id: 'Interview' });

const interviewBody = z
  .strictObject({
    answers: answersSchema,
    submit: z.boolean().default(false),
    interviewer: shortText,
    interviewedOn: isoDate,
    interviewNotes: opt(longText),
    consent: z
      .boolean()
      .optional()
      .meta({ description: 'The interviewee consents; required on submit when the lawful basis is consent' }),
  })
  .meta({ id: 'InterviewSave' });

export function registerInterviewRoutes(app: Api) {
  route(
    app,
    'user',
    {
      method: 'get',
      path: PATH,
      tags: TAGS,
      summary: 'The questionnaire, the answers so far and the interview’s details (editors only)',
      request: { params: idParam },
      responses: { 200: jsonContent(interviewSchema, 'The interview'), ...errorResponses(401, 403, 404) },
    },
    async (c) => {
      const interview = await readInterview(c.var.db, c.var.caller, c.req.valid('param').id, c.var.now());
      return c.json({ ...interview, content: interview.content as Record<string, unknown> }, 200);
    },
  );
  route(
    app,
    'user',
    {
      method: 'put',
      path: PATH,
      tags: TAGS,
      summary: 'Save an interview’s answers (a draft, or submitted); marks the respondent as interviewed',
      request: { params: idParam, body: jsonBody(interviewBody) },
      responses: { 200: jsonContent(saved, 'Saved'), ...errorResponses(400, 401, 403, 404, 409, 422) },
    },
    async (c) =>
      c.json(
        await saveInterview(
          c.var.db,
          c.var.caller,
          c.req.valid('param').id,
          c.req.valid('json'),
          c.var.now(),
        ),
        200,
      ),
  );
}
