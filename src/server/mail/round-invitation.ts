/**
 * The invitation and the reminder of a mapping round, in the respondent's language (Finnish unless
 * they were added in Swedish or English). Plain text: nothing in it is read as HTML.
 */
import type { Mail } from './mailer.js';

export type Language = 'fi' | 'sv' | 'en';
export type InvitationKind = 'invitation' | 'reminder';

export type InvitationFacts = {
  to: string;
  language: Language;
  kind: InvitationKind;
  /** The round's name in the respondent's language (or Finnish). */
  roundName: string;
  /** The last day of the round, YYYY-MM-DD. */
  closesOn: string;
  /** The absolute personal link. */
  url: string;
};

const dayOf = (isoDay: string, language: Language) => {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return language === 'en'
    ? `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`
    : `${d}.${m}.${y}`;
};

type Words = {
  subject: Record<InvitationKind, (round: string) => string>;
  opening: Record<InvitationKind, (round: string) => string>;
  how: (day: string) => string;
  personal: string;
  thanks: string;
};

const WORDS: Record<Language, Words> = {
  fi: {
    subject: {
      invitation: (r) => `Kutsu vastaamaan: ${r}`,
      reminder: (r) => `Muistutus: ${r}`,
    },
    opening: {
      invitation: (r) => `Sinut on kutsuttu vastaamaan kartoitukseen ”${r}”.`,
      reminder: (r) => `Muistutamme kartoituksesta ”${r}”: vastauksesi ei ole vielä perillä.`,
    },
    how: (day) =>
      `Voit vastata omalla linkilläsi ilman tunnuksia, myös puhelimella. Vastauksesi tallentuvat luonnokseksi, ja voit palata muuttamaan niitä ${day} asti.`,
    personal: 'Linkki on henkilökohtainen: älä välitä sitä eteenpäin.',
    thanks: 'Kiitos vastauksistasi!',
  },
  sv: {
    subject: {
      invitation: (r) => `Inbjudan att svara: ${r}`,
      reminder: (r) => `Påminnelse: ${r}`,
    },
    opening: {
      invitation: (r) => `Du har blivit inbjuden att svara på kartläggningen ”${r}”.`,
      reminder: (r) => `Vi påminner om kartläggningen ”${r}”: dina svar har inte kommit fram ännu.`,
    },
    how: (day) =>
      `Du kan svara med din egen länk utan konto, också på telefonen. Dina svar sparas som utkast och du kan ändra dem till och med ${day}.`,
    personal: 'Länken är personlig: skicka den inte vidare.',
    thanks: 'Tack för dina svar!',
  },
  en: {
    subject: {
      invitation: (r) => `Invitation to answer: ${r}`,
      reminder: (r) => `Reminder: ${r}`,
    },
    opening: {
      invitation: (r) => `You are invited to answer the mapping “${r}”.`,
      reminder: (r) => `A reminder of the mapping “${r}”: your answers have not reached us yet.`,
    },
    how: (day) =>
      `You can answer with your own link, without an account, on a phone too. Your answers are kept as a draft, and you can come back to change them until ${day}.`,
    personal: 'The link is personal: please do not pass it on.',
    thanks: 'Thank you for your answers!',
  },
};

export function invitationMail(f: InvitationFacts): Mail {
  const w = WORDS[f.language];
  return {
    to: f.to,
    subject: w.subject[f.kind](f.roundName),
    text: [
      w.opening[f.kind](f.roundName),
      w.how(dayOf(f.closesOn, f.language)),
      f.url,
      w.personal,
      w.thanks,
    ].join('\n\n'),
  };
}
