/**
 * The investor's enquiry form on a public page (issue 17), server-rendered: it works without JavaScript,
 * the browser checks the fields before sending, and the result of the last send is read out.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  ENQUIRY_RETENTION_MONTHS,
  ENQUIRY_TIMELINES,
  INVESTMENT_SIZES,
} from '../../../domain/public-pages.js';
import type { Database } from '../../db/database.js';
import { formToken } from './form-token.js';
import { ENQUIRY_WORDS, type EnquiryWords, type Lang } from './form-words.js';
import { hiddenField, honeypot, inputField, labelText, statusRegion } from './form-markup.js';
import { pageReceiver } from './page-receiver.js';

export type EnquiryFormOptions = {
  lang: Lang;
  publicPageId: string;
  pageUrl: string;
  status?: string;
  now: Date;
};

const PHONE_PATTERN = String.raw`\+?[0-9 \(\)\-]{5,40}`;

/** A set of radio buttons in a fieldset whose legend names the question. */
function choices(name: string, legend: string, required: string, options: [string, string][]) {
  return html`<fieldset class="form-choices">
    <legend>${labelText(legend, required)}</legend>
    ${options.map(
      ([value, label]) =>
        html`<div class="form-choice">
          <input type="radio" id="enquiry-${name}-${value}" name="${name}" value="${value}" required />
          <label for="enquiry-${name}-${value}">${label}</label>
        </div>`,
    )}
  </fieldset>`;
}

function privacyNotice(w: EnquiryWords, receiver: string, askAddress: string | null) {
  return html`<div class="privacy-notice" id="enquiry-privacy">
    <h3>${w.privacyHeading}</h3>
    <p>${w.privacy(receiver, ENQUIRY_RETENTION_MONTHS)}</p>
    <p>${w.rights}${askAddress ? html` <a href="mailto:${askAddress}">${w.ask}</a>` : ''}</p>
  </div>`;
}

function fields(w: EnquiryWords) {
  const req = w.required;
  return html`<div class="form-field">
      <label for="enquiry-lookingFor">${labelText(w.lookingFor, req)}</label>
      <p class="hint" id="enquiry-lookingFor-hint">${w.lookingForHint}</p>
      <textarea
        id="enquiry-lookingFor"
        name="lookingFor"
        rows="5"
        maxlength="2000"
        required
        aria-describedby="enquiry-lookingFor-hint"
      ></textarea>
    </div>
    ${choices(
      'investmentSize',
      w.size,
      req,
      INVESTMENT_SIZES.map((s) => [s, w.sizes[s]]),
    )}
    ${choices(
      'timeline',
      w.timeline,
      req,
      ENQUIRY_TIMELINES.map((t) => [t, w.timelines[t]]),
    )}
    ${inputField({ id: 'enquiry-organisationName', name: 'organisationName', label: w.organisation, hint: w.organisationHint, type: 'text', maxlength: 200, required: req, autocomplete: 'organization' })}
    ${inputField({ id: 'enquiry-contactName', name: 'contactName', label: w.contactName, type: 'text', maxlength: 200, required: req, autocomplete: 'name' })}
    ${inputField({ id: 'enquiry-email', name: 'email', label: w.email, type: 'email', maxlength: 254, required: req, autocomplete: 'email' })}
    ${inputField({ id: 'enquiry-phone', name: 'phone', label: w.phone, type: 'tel', maxlength: 40, autocomplete: 'tel', pattern: PHONE_PATTERN })}`;
}

/** The enquiry form of one page, in the page's language, with a fresh signed time. */
export async function enquiryForm(db: Database, opts: EnquiryFormOptions): Promise<HtmlEscapedString> {
  const w = ENQUIRY_WORDS[opts.lang];
  const [token, receiver] = await Promise.all([
    formToken(db, opts.publicPageId, opts.now),
    pageReceiver(db, opts.publicPageId, opts.lang),
  ]);
  return html`<section id="enquiry" class="enquiry-form" aria-labelledby="enquiry-heading">
    <h2 id="enquiry-heading">${w.heading}</h2>
    <p>${w.intro}</p>
    ${statusRegion('enquiry-status', opts.status, w.received, w.refused)}
    <form method="post" action="/invest/enquiries" accept-charset="utf-8">
      ${hiddenField('publicPageId', opts.publicPageId)} ${hiddenField('lang', opts.lang)}
      ${hiddenField('formToken', token)} ${fields(w)} ${privacyNotice(w, receiver.name, receiver.askAddress)}
      <div class="form-choice form-consent">
        <input
          type="checkbox"
          id="enquiry-consent"
          name="consent"
          value="yes"
          required
          aria-describedby="enquiry-privacy"
        />
        <label for="enquiry-consent">${labelText(w.consent, w.required)}</label>
      </div>
      ${honeypot('enquiry-website', w.honeypot)}
      <button type="submit">${w.send}</button>
    </form>
  </section>`;
}
