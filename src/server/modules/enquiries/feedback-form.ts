/**
 * The accessibility feedback form (law 306/2019 asks for a feedback channel), server-rendered like the
 * enquiry form: it works without JavaScript and the result of the last send is read out.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { ENQUIRY_RETENTION_MONTHS } from '../../../domain/public-pages.js';
import type { Database } from '../../db/database.js';
import { formToken } from './form-token.js';
import { FEEDBACK_WORDS, type Lang } from './form-words.js';
import { hiddenField, honeypot, inputField, labelText, statusRegion } from './form-markup.js';

export type FeedbackFormOptions = { lang: Lang; pageUrl: string; status?: string; now: Date };

/** What every feedback form's token is signed for (it is not tied to one page). */
export const FEEDBACK_PURPOSE = 'feedback';

export async function feedbackForm(db: Database, opts: FeedbackFormOptions): Promise<HtmlEscapedString> {
  const w = FEEDBACK_WORDS[opts.lang];
  const token = await formToken(db, FEEDBACK_PURPOSE, opts.now);
  // The accessibility statement's feedback section holds the form and says what it is for, so the form's
  // heading is one level down and it has no introduction of its own.
  return html`<div class="feedback-form">
    <h3>${w.heading}</h3>
    ${statusRegion('feedback-status', opts.status, w.received, w.refused)}
    <form method="post" action="/invest/feedback" accept-charset="utf-8">
      ${hiddenField('lang', opts.lang)} ${hiddenField('pageUrl', opts.pageUrl)}
      ${hiddenField('formToken', token)}
      <div class="form-field">
        <label for="feedback-message">${labelText(w.message, w.required)}</label>
        <textarea id="feedback-message" name="message" rows="5" maxlength="5000" required></textarea>
      </div>
      ${inputField({ id: 'feedback-email', name: 'email', label: w.email, hint: w.emailHint, type: 'email', maxlength: 254, autocomplete: 'email' })}
      <p class="privacy-notice">${w.privacy(ENQUIRY_RETENTION_MONTHS)}</p>
      ${honeypot('feedback-website', w.honeypot)}
      <button type="submit">${w.send}</button>
    </form>
  </div>`;
}
