/**
 * The mails a public page's forms set going (issue 17): a town hears of an investor's enquiry, the
 * installation's admins of feedback on accessibility. In the language the sender used (an answer goes
 * back in it). Plain text: nothing in it is read as HTML.
 */
import type { Mail } from './mailer.js';
import type { Language } from './round-invitation.js';

export type EnquiryNoticeFacts = {
  to: string;
  language: Language;
  /** The page's address, absolute. */
  pageUrl: string;
  /** The card in the pipeline, absolute. */
  cardUrl: string;
  organisationName: string;
  contactName: string;
  email: string;
  phone: string | null;
  lookingFor: string;
  /** The size and timeline in words. */
  size: string;
  timeline: string;
};

type Words = {
  subject: (org: string) => string;
  opening: (page: string) => string;
  fields: [string, string, string, string, string, string, string];
  card: string;
  answer: string;
};

const WORDS: Record<Language, Words> = {
  fi: {
    subject: (o) => `Sijoittajan yhteydenotto: ${o}`,
    opening: (p) => `Sivun ${p} lomakkeella on lähetetty sijoittajan yhteydenotto.`,
    fields: [
      'Organisaatio',
      'Yhteyshenkilö',
      'Sähköposti',
      'Puhelin',
      'Investoinnin suuruus',
      'Aikataulu',
      'Mitä etsitään',
    ],
    card: 'Yhteydenotto on lisätty yhteydenpitoon, ja se erääntyy viikon kuluttua:',
    answer: 'Vastaathan sijoittajalle samalla kielellä, jolla hän kirjoitti.',
  },
  sv: {
    subject: (o) => `Förfrågan från en investerare: ${o}`,
    opening: (p) => `En investerare har skickat en förfrågan med formuläret på sidan ${p}.`,
    fields: [
      'Organisation',
      'Kontaktperson',
      'E-post',
      'Telefon',
      'Investeringens storlek',
      'Tidtabell',
      'Vad som söks',
    ],
    card: 'Förfrågan har lagts till i kontaktflödet och förfaller om en vecka:',
    answer: 'Svara investeraren på det språk hen skrev på.',
  },
  en: {
    subject: (o) => `Enquiry from an investor: ${o}`,
    opening: (p) => `An investor has sent an enquiry with the form on the page ${p}.`,
    fields: [
      'Organisation',
      'Contact person',
      'E-mail',
      'Phone',
      'Size of the investment',
      'Timeline',
      'Looking for',
    ],
    card: 'The enquiry has been added to the contact pipeline and falls due in a week:',
    answer: 'Please answer the investor in the language they wrote in.',
  },
};

export function enquiryNoticeMail(f: EnquiryNoticeFacts): Mail {
  const w = WORDS[f.language];
  const values = [f.organisationName, f.contactName, f.email, f.phone ?? '–', f.size, f.timeline];
  const lines = values.map((v, i) => `${w.fields[i]}: ${v}`);
  return {
    to: f.to,
    subject: w.subject(f.organisationName),
    text: [
      w.opening(f.pageUrl),
      '',
      ...lines,
      '',
      `${w.fields[6]}:`,
      f.lookingFor,
      '',
      w.card,
      f.cardUrl,
      '',
      w.answer,
    ].join('\n'),
  };
}

export type FeedbackNoticeFacts = {
  to: string;
  language: Language;
  pageUrl: string;
  message: string;
  /** The sender's address, when they gave one to be answered at. */
  email: string | null;
};

const FEEDBACK_WORDS: Record<
  Language,
  { subject: string; opening: (p: string) => string; reply: string; noReply: string }
> = {
  fi: {
    subject: 'Palaute saavutettavuudesta',
    opening: (p) => `Julkisten sivujen saavutettavuudesta on tullut palautetta (sivu ${p}):`,
    reply: 'Lähettäjä toivoo vastausta osoitteeseen:',
    noReply: 'Lähettäjä ei antanut sähköpostiosoitetta.',
  },
  sv: {
    subject: 'Respons om tillgängligheten',
    opening: (p) => `Respons om de offentliga sidornas tillgänglighet har kommit (sidan ${p}):`,
    reply: 'Avsändaren önskar svar till adressen:',
    noReply: 'Avsändaren angav ingen e-postadress.',
  },
  en: {
    subject: 'Feedback on accessibility',
    opening: (p) => `Feedback on the public pages' accessibility has arrived (page ${p}):`,
    reply: 'The sender would like an answer at:',
    noReply: 'The sender gave no e-mail address.',
  },
};

export function feedbackNoticeMail(f: FeedbackNoticeFacts): Mail {
  const w = FEEDBACK_WORDS[f.language];
  const reply = f.email ? [w.reply, f.email] : [w.noReply];
  return {
    to: f.to,
    subject: w.subject,
    text: [w.opening(f.pageUrl), '', f.message, '', ...reply].join('\n'),
  };
}
