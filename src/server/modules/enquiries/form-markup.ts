/**
 * Pieces both public forms are built of: fields whose labels are tied to them, the live region that
 * says what happened to the last send, the honeypot and the signed time the form was served.
 */
import { html } from 'hono/html';
import { isFormStatus } from './form-words.js';

type Refusals = Record<'invalid' | 'too_fast' | 'expired' | 'limited', string>;

/** The result of the last send, in a polite live region (empty when nothing was sent). */
export function statusRegion(id: string, status: string | undefined, received: string, refused: Refusals) {
  const known = isFormStatus(status) ? status : undefined;
  const message = known === undefined ? '' : known === 'received' ? received : refused[known];
  const kind = known === undefined ? '' : known === 'received' ? 'received' : 'refused';
  return html`<div id="${id}" class="form-status" role="status" aria-live="polite" data-status="${kind}">
    ${message ? html`<p>${message}</p>` : ''}
  </div>`;
}

/** A required field's label carries the word for it (not only an asterisk a screen reader may skip). */
export const labelText = (label: string, required: string | undefined) =>
  required ? html`${label} <span class="required">(${required})</span>` : html`${label}`;

type Field = {
  id: string;
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel';
  maxlength: number;
  /** The word "required" in the page's language, when the field is. */
  required?: string;
  autocomplete: string;
  hint?: string;
  pattern?: string;
};

export function inputField(f: Field) {
  const hintId = `${f.id}-hint`;
  return html`<div class="form-field">
    <label for="${f.id}">${labelText(f.label, f.required)}</label>
    ${f.hint ? html`<p class="hint" id="${hintId}">${f.hint}</p>` : ''}
    <input
      id="${f.id}"
      name="${f.name}"
      type="${f.type}"
      maxlength="${f.maxlength}"
      autocomplete="${f.autocomplete}"
      ${f.required ? html` required` : ''}${f.pattern ? html` pattern="${f.pattern}"` : ''}${f.hint ? html` aria-describedby="${hintId}"` : ''}
    />
  </div>`;
}

/**
 * The field a person never fills: hidden from sight and from screen readers (`hidden` removes it from
 * both), out of the tab order, and refused by the browser's autofill. A bot filling every input fills it.
 */
export const honeypot = (id: string, label: string) =>
  html`<div hidden aria-hidden="true">
    <label for="${id}">${label}</label>
    <input id="${id}" name="website" type="text" tabindex="-1" autocomplete="off" value="" />
  </div>`;

export const hiddenField = (name: string, value: string) =>
  html`<input type="hidden" name="${name}" value="${value}" />`;
