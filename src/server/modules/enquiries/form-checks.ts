/**
 * The spam checks both public forms pass, without any outside service: the honeypot, the fields, a
 * limit per client address, and the signed time the form was served (not too fast, not too old).
 */
import type { z } from 'zod';
import type { Limiter } from '../../auth/rate-limit.js';
import type { Database } from '../../db/database.js';
import { AppError, validationError } from '../../errors.js';
import { checkFormToken } from './form-token.js';
import type { FormStatus } from './form-words.js';

export type Refused = {
  kind: 'refused';
  status: Exclude<FormStatus, 'received'>;
  error: AppError;
  /** Seconds until the address may send again (when limited). */
  wait?: number;
};
export type Checked<T> = { kind: 'spam' } | Refused | { kind: 'ok'; input: T };

export type FormGate = {
  limiter: Limiter;
  clientIp: string;
  now: Date;
};

const refused = (status: Refused['status'], error: AppError): Refused => ({ kind: 'refused', status, error });

const TOKEN_ERRORS = {
  too_fast: () =>
    refused('too_fast', new AppError(400, 'too_fast', 'The form was sent faster than a person fills it')),
  expired: () => refused('expired', new AppError(400, 'form_expired', 'The form is over a day old')),
  forged: () =>
    refused('invalid', new AppError(400, 'form_forged', 'The form was not served by this server')),
};

/**
 * A filled honeypot is spam: answered as if received (telling a bot which field gave it away would
 * teach it), and nothing is kept. `purpose` is what the form's time was signed for.
 */
export async function checkForm<S extends z.ZodType>(
  db: Database,
  schema: S,
  fields: Record<string, unknown>,
  purpose: (input: z.infer<S>) => string,
  gate: FormGate,
): Promise<Checked<z.infer<S>>> {
  if (fields.website !== undefined && fields.website !== '') return { kind: 'spam' };
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return refused('invalid', validationError(parsed.error.issues));
  const wait = await gate.limiter.take(gate.clientIp);
  if (wait > 0) {
    const error = new AppError(429, 'rate_limited', 'Too many forms from this address; try again later');
    return { ...refused('limited', error), wait };
  }
  const token = await checkFormToken(db, purpose(parsed.data), String(fields.formToken), gate.now);
  return token === 'ok' ? { kind: 'ok', input: parsed.data } : TOKEN_ERRORS[token]();
}
