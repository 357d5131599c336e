/**
 * The mail that carries an event's calendar invitation (the .ics attached), in the language the sender
 * chose. Plain text: nothing in it is read as HTML. Times are Finnish time, as the event's place is.
 */
import type { Attachment, Mail } from './mailer.js';
import type { Language } from './round-invitation.js';

export type { Language };

export type EventInvitationFacts = {
  to: string;
  language: Language;
  /** The event's title in that language (or Finnish). */
  title: string;
  startsAt: Date;
  /** The event's page, absolute. */
  url: string;
  /** The invitation, text/calendar with METHOD:REQUEST. */
  calendar: string;
};

const LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const when = (at: Date, language: Language) =>
  new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(at);

const WORDS: Record<
  Language,
  { subject: (t: string) => string; body: (t: string, w: string) => string; open: string }
> = {
  fi: {
    subject: (t) => `Kutsu: ${t}`,
    body: (t, w) =>
      `Sinut on kutsuttu tapahtumaan ”${t}” ${w} (Suomen aikaa). Kalenterikutsu on liitteenä: lisää se kalenteriisi ja vastaa, osallistutko.`,
    open: 'Tapahtuman tiedot:',
  },
  sv: {
    subject: (t) => `Inbjudan: ${t}`,
    body: (t, w) =>
      `Du är inbjuden till evenemanget ”${t}” ${w} (finsk tid). Kalenderinbjudan är bifogad: lägg till den i din kalender och svara om du deltar.`,
    open: 'Om evenemanget:',
  },
  en: {
    subject: (t) => `Invitation: ${t}`,
    body: (t, w) =>
      `You are invited to “${t}” on ${w} (Finnish time). The calendar invitation is attached: add it to your calendar and reply whether you will attend.`,
    open: 'About the event:',
  },
};

export function eventInvitationMail(f: EventInvitationFacts): Mail {
  const w = WORDS[f.language];
  const attachment: Attachment = {
    filename: 'invitation.ics',
    content: f.calendar,
    contentType: 'text/calendar; charset=utf-8; method=REQUEST',
  };
  return {
    to: f.to,
    subject: w.subject(f.title),
    text: [w.body(f.title, when(f.startsAt, f.language)), `${w.open} ${f.url}`].join('\n\n'),
    attachments: [attachment],
  };
}
