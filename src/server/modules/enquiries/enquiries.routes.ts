/**
 * The public pages' forms (issue 17): `POST /invest/enquiries` and `POST /invest/feedback`, sent by a
 * browser as a form (answered 303 back to the page, its result in the address) or as JSON (201 or an
 * error body). No credential is read on these paths (see `ANONYMOUS_FORM_PATHS`).
 */
import type { Context } from 'hono';
import type { Limiter, Limits } from '../../auth/rate-limit.js';
import { limitBody } from '../../body-limit.js';
import type { AppEnv } from '../../env.js';
import { AppError, errorBody } from '../../errors.js';
import { createMailer, type MailSettings, type Mailer } from '../../mail/mailer.js';
import { plainRoute, type Api } from '../../routing.js';
import { receiveEnquiry } from './enquiries.service.js';
import { receiveFeedback } from './feedback.service.js';
import type { Checked } from './form-checks.js';

const FORM_BODY_LIMIT = 32 * 1024;

const isJson = (c: Context<AppEnv>) => /^application\/json\b/i.test(c.req.header('content-type') ?? '');

/** The fields sent, as strings; an empty one counts as not given (a form sends every field). */
async function fieldsOf(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const body = isJson(c)
    ? await c.req.json<unknown>().catch(() => {
        throw new AppError(400, 'bad_request', 'The body must be valid JSON');
      })
    : await c.req.parseBody();
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== '' && v !== null));
}

type Outcome = { pageUrl: string; checked: Checked<unknown>; id?: string };

/** A form goes back to its page with what happened; JSON gets 201 or the refusal's error body. */
function answer(c: Context<AppEnv>, param: 'enquiry' | 'feedback', { pageUrl, checked, id }: Outcome) {
  const status = checked.kind === 'refused' ? checked.status : 'received';
  if (checked.kind === 'refused' && checked.wait) c.header('Retry-After', String(checked.wait));
  if (!isJson(c)) return c.redirect(`${pageUrl}?${param}=${status}#${param}`, 303);
  if (checked.kind === 'refused') return c.json(errorBody(checked.error), checked.error.status);
  return c.json({ status, ...(id ? { id } : {}) }, 201);
}

const gate = (c: Context<AppEnv>, limiter: Limiter) => ({
  limiter,
  clientIp: c.var.clientIp,
  now: c.var.now(),
});

function enquiryRoute(app: Api, limits: Limits, mailer: Mailer | undefined) {
  plainRoute(app, 'public', 'POST', '/invest/enquiries', async (c) => {
    const fields = await fieldsOf(c);
    const outcome = await receiveEnquiry(c.var.db, mailer, fields, gate(c, limits.enquiries));
    return answer(c, 'enquiry', { ...outcome, id: outcome.lead?.enquiryId });
  });
}

function feedbackRoute(app: Api, limits: Limits, mailer: Mailer | undefined) {
  plainRoute(app, 'public', 'POST', '/invest/feedback', async (c) => {
    const fields = await fieldsOf(c);
    return answer(c, 'feedback', await receiveFeedback(c.var.db, mailer, fields, gate(c, limits.feedback)));
  });
}

export function registerPublicFormRoutes(app: Api, limits: Limits, mail: MailSettings | undefined) {
  const mailer = mail && createMailer(mail);
  app.use('/invest/*', limitBody(FORM_BODY_LIMIT, 'The form is too large (limit 32 KiB)'));
  enquiryRoute(app, limits, mailer);
  feedbackRoute(app, limits, mailer);
}
