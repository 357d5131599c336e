/**
 * Feedback on the public pages' accessibility (law 306/2019): the statement's form keeps it for the
 * installation's admins, who are told by mail and mark it handled.
 */
import { feedbackInput, type FeedbackInput } from '../../../domain/public-pages.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { feedbackNoticeMail } from '../../mail/enquiry-notice.js';
import type { Mailer } from '../../mail/mailer.js';
import { isUuid } from '../../resources/repository.js';
import { FEEDBACK_PURPOSE } from './feedback-form.js';
import * as repo from './feedback.repository.js';
import { checkForm, type Checked, type FormGate } from './form-checks.js';

const LANGS = ['fi', 'sv', 'en'] as const;

/** A public page's address (the feedback is about it, and the sender goes back to it); anything else is not one. */
const PUBLIC_PAGE = /^\/(fi|sv|en)\/invest(\/[a-z0-9-]+){0,2}$/;

const pathOf = (address: string) => {
  try {
    return new URL(address, 'http://solmu.invalid').pathname;
  } catch {
    return '';
  }
};

/** Where the sender goes back to: the page the form was on, or the accessibility statement. */
export function returnAddress(fields: Record<string, unknown>) {
  const lang = LANGS.find((l) => l === fields.lang) ?? 'fi';
  // Only the path of an address is kept: whatever host it named, the sender stays on this site.
  const page = typeof fields.pageUrl === 'string' ? pathOf(fields.pageUrl) : '';
  return PUBLIC_PAGE.test(page) ? page : `/${lang}/invest/accessibility`;
}

async function notifyAdmins(db: Database, mailer: Mailer, input: FeedbackInput) {
  for (const { email: to } of await repo.adminAddresses(db)) {
    await mailer.send(
      feedbackNoticeMail({
        to,
        language: input.lang,
        pageUrl: mailer.absolute(input.pageUrl),
        message: input.message,
        email: input.email ?? null,
      }),
    );
  }
}

export type FeedbackOutcome = { pageUrl: string; checked: Checked<FeedbackInput>; id?: string };

export async function receiveFeedback(
  db: Database,
  mailer: Mailer | undefined,
  fields: Record<string, unknown>,
  gate: FormGate,
): Promise<FeedbackOutcome> {
  const pageUrl = returnAddress(fields);
  const checked = await checkForm(db, feedbackInput, { ...fields, pageUrl }, () => FEEDBACK_PURPOSE, gate);
  if (checked.kind !== 'ok') return { pageUrl, checked };
  const input = checked.input;
  const { id } = await repo.insertFeedback(db, {
    pageUrl: input.pageUrl,
    lang: input.lang,
    message: input.message,
    email: input.email ?? null,
    receivedAt: gate.now,
  });
  if (mailer) await notifyAdmins(db, mailer, input);
  return { pageUrl, checked, id };
}

export const feedbackList = (db: Database, q: { unhandled: boolean; limit: number }) =>
  repo.listFeedback(db, q);

/** Marks feedback handled (or not yet), audited. */
export async function setHandled(db: Database, caller: Caller, id: string, handled: boolean, now: Date) {
  return inTransaction(db, async (trx) => {
    const row = isUuid(id) ? await repo.markHandled(trx, id, handled ? now : null) : undefined;
    if (!row) throw notFound('Feedback');
    const detail = { handled };
    await audit(
      trx,
      caller,
      { action: 'update', entity: 'accessibility-feedback', entityId: id, outcome: 'ok', detail },
      now,
    );
    return row;
  });
}
