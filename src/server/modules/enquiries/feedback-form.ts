/**
 * The accessibility feedback form (a minimal version; the enquiries module owns the real one): posts to
 * /invest/feedback and shows the outcome of the last try in a live region.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Database } from '../../db/database.js';

type Lang = 'fi' | 'sv' | 'en';
const WORDS = {
  fi: { message: 'Palautteesi', email: 'Sähköposti (vapaaehtoinen)', send: 'Lähetä palaute' },
  sv: { message: 'Din respons', email: 'E-post (frivillig)', send: 'Skicka respons' },
  en: { message: 'Your feedback', email: 'E-mail (optional)', send: 'Send feedback' },
} as const;

export async function feedbackForm(
  _db: Database,
  opts: { lang: Lang; pageUrl: string; status?: string; now: Date },
): Promise<HtmlEscapedString> {
  const w = WORDS[opts.lang];
  return html`<form method="post" action="/invest/feedback">
    <p role="status" aria-live="polite">${opts.status ?? ''}</p>
    <input type="hidden" name="lang" value="${opts.lang}" />
    <input type="hidden" name="pageUrl" value="${opts.pageUrl}" />
    <p>
      <label for="feedback-message">${w.message}</label><br /><textarea
        id="feedback-message"
        name="message"
        required
      ></textarea>
    </p>
    <p>
      <label for="feedback-email">${w.email}</label><br /><input
        id="feedback-email"
        type="email"
        name="email"
        autocomplete="email"
      />
    </p>
    <p><button type="submit">${w.send}</button></p>
  </form>` as HtmlEscapedString;
}
