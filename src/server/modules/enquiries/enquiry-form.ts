/**
 * The enquiry form of a public page (a minimal version; the enquiries module owns the real one): posts
 * to /invest/enquiries and shows the outcome of the last try in a live region.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Database } from '../../db/database.js';

type Lang = 'fi' | 'sv' | 'en';
const WORDS = {
  fi: {
    lookingFor: 'Mitä etsitte?',
    name: 'Nimi',
    email: 'Sähköposti',
    send: 'Lähetä',
    consent: 'Hyväksyn, että tietojani käytetään yhteydenottoon.',
  },
  sv: {
    lookingFor: 'Vad söker ni?',
    name: 'Namn',
    email: 'E-post',
    send: 'Skicka',
    consent: 'Jag godkänner att mina uppgifter används för att kontakta mig.',
  },
  en: {
    lookingFor: 'What are you looking for?',
    name: 'Name',
    email: 'E-mail',
    send: 'Send',
    consent: 'I agree that my details are used to contact me.',
  },
} as const;

export async function enquiryForm(
  _db: Database,
  opts: { lang: Lang; publicPageId: string; pageUrl: string; status?: string; now: Date },
): Promise<HtmlEscapedString> {
  const w = WORDS[opts.lang];
  return html`<form method="post" action="/invest/enquiries">
    <p role="status" aria-live="polite">${opts.status ?? ''}</p>
    <input type="hidden" name="publicPageId" value="${opts.publicPageId}" />
    <input type="hidden" name="lang" value="${opts.lang}" />
    <input type="hidden" name="formToken" value="${String(opts.now.getTime())}" />
    <p>
      <label for="enquiry-looking-for">${w.lookingFor}</label><br /><textarea
        id="enquiry-looking-for"
        name="lookingFor"
        required
      ></textarea>
    </p>
    <p>
      <label for="enquiry-name">${w.name}</label><br /><input
        id="enquiry-name"
        name="contactName"
        autocomplete="name"
        required
      />
    </p>
    <p>
      <label for="enquiry-email">${w.email}</label><br /><input
        id="enquiry-email"
        type="email"
        name="email"
        autocomplete="email"
        required
      />
    </p>
    <p>
      <input id="enquiry-consent" type="checkbox" name="consent" value="yes" required />
      <label for="enquiry-consent">${w.consent}</label>
    </p>
    <p><button type="submit">${w.send}</button></p>
  </form>` as HtmlEscapedString;
}
