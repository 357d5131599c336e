/** The public forms' words in Finnish, Swedish and English. */
import type { ENQUIRY_TIMELINES, INVESTMENT_SIZES } from '../../../domain/public-pages.js';

export type Lang = 'fi' | 'sv' | 'en';

/** Why a form was refused, or that it arrived: the `enquiry`/`feedback` parameter of the page address. */
export const FORM_STATUSES = ['received', 'invalid', 'too_fast', 'expired', 'limited'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

export const isFormStatus = (s: string | undefined): s is FormStatus =>
  (FORM_STATUSES as readonly string[]).includes(s ?? '');

type Refusals = Record<Exclude<FormStatus, 'received'>, string>;

const REFUSALS: Record<Lang, Refusals> = {
  fi: {
    invalid:
      'Lomaketta ei lähetetty: tarkista, että pakolliset kentät on täytetty ja sähköpostiosoite on oikein.',
    too_fast:
      'Lomake lähetettiin niin nopeasti, ettemme voineet erottaa sitä roskapostista. Odota hetki ja lähetä uudelleen.',
    expired: 'Lomake oli ollut auki yli vuorokauden. Täytä se uudelleen ja lähetä.',
    limited: 'Tästä osoitteesta on lähetetty tunnin aikana liian monta lomaketta. Yritä myöhemmin uudelleen.',
  },
  sv: {
    invalid:
      'Formuläret skickades inte: kontrollera att de obligatoriska fälten är ifyllda och att e-postadressen är rätt.',
    too_fast:
      'Formuläret skickades så snabbt att vi inte kunde skilja det från skräppost. Vänta en stund och skicka igen.',
    expired: 'Formuläret hade varit öppet i över ett dygn. Fyll i det på nytt och skicka.',
    limited: 'För många formulär har skickats från den här adressen under en timme. Försök igen senare.',
  },
  en: {
    invalid:
      'The form was not sent: check that the required fields are filled in and the e-mail address is right.',
    too_fast:
      'The form was sent so fast that we could not tell it from spam. Please wait a moment and send it again.',
    expired: 'The form had been open for over a day. Please fill it in again and send it.',
    limited: 'Too many forms have been sent from this address within an hour. Please try again later.',
  },
};

type SizeWords = Record<(typeof INVESTMENT_SIZES)[number], string>;
type TimelineWords = Record<(typeof ENQUIRY_TIMELINES)[number], string>;

export type EnquiryWords = {
  heading: string;
  intro: string;
  required: string;
  lookingFor: string;
  lookingForHint: string;
  size: string;
  sizes: SizeWords;
  timeline: string;
  timelines: TimelineWords;
  organisation: string;
  organisationHint: string;
  contactName: string;
  email: string;
  phone: string;
  privacyHeading: string;
  privacy: (receiver: string, months: number) => string;
  rights: string;
  ask: string;
  consent: string;
  honeypot: string;
  send: string;
  received: string;
  refused: Refusals;
};

export const ENQUIRY_WORDS: Record<Lang, EnquiryWords> = {
  fi: {
    heading: 'Ota yhteyttä',
    intro: 'Kerro, mitä etsit, niin palaamme asiaan.',
    required: 'pakollinen',
    lookingFor: 'Mitä etsitte?',
    lookingForHint: 'Esimerkiksi toimitila, tontti, kumppani, osaajia tai rahoitusta.',
    size: 'Investoinnin suuruus',
    sizes: {
      under_1m: 'alle miljoona euroa',
      '1m_10m': '1–10 miljoonaa euroa',
      over_10m: 'yli 10 miljoonaa euroa',
      not_known: 'ei vielä tiedossa',
    },
    timeline: 'Aikataulu',
    timelines: {
      within_6_months: 'puolen vuoden sisällä',
      within_year: 'vuoden sisällä',
      later: 'myöhemmin',
      not_known: 'ei vielä tiedossa',
    },
    organisation: 'Organisaatio',
    organisationHint: 'Yrityksen tai rahaston nimi; yksityinen sijoittaja voi kirjoittaa oman nimensä.',
    contactName: 'Yhteyshenkilön nimi',
    email: 'Sähköposti',
    phone: 'Puhelin (vapaaehtoinen)',
    privacyHeading: 'Miten käsittelemme tietojasi',
    privacy: (receiver, months) =>
      `Tietosi vastaanottaa ${receiver}. Käytämme niitä vain yhteydenottoosi vastaamiseen ja hankkeesi edistämiseen, emmekä luovuta niitä eteenpäin. Säilytämme tiedot ${months} kuukautta, minkä jälkeen ne poistetaan.`,
    rights: 'Sinulla on oikeus nähdä tietosi ja pyytää niiden poistamista milloin tahansa.',
    ask: 'Pyydä tietojesi poistamista',
    consent: 'Hyväksyn, että tietojani käsitellään edellä kuvatulla tavalla.',
    honeypot: 'Jätä tämä kenttä tyhjäksi',
    send: 'Lähetä yhteydenotto',
    received: 'Kiitos! Yhteydenottosi on vastaanotettu, ja olemme sinuun pian yhteydessä.',
    refused: REFUSALS.fi,
  },
  sv: {
    heading: 'Kontakta oss',
    intro: 'Berätta vad du söker, så återkommer vi.',
    required: 'obligatoriskt',
    lookingFor: 'Vad söker ni?',
    lookingForHint: 'Till exempel lokaler, en tomt, en partner, kompetens eller finansiering.',
    size: 'Investeringens storlek',
    sizes: {
      under_1m: 'under en miljon euro',
      '1m_10m': '1–10 miljoner euro',
      over_10m: 'över 10 miljoner euro',
      not_known: 'ännu inte känd',
    },
    timeline: 'Tidtabell',
    timelines: {
      within_6_months: 'inom ett halvår',
      within_year: 'inom ett år',
      later: 'senare',
      not_known: 'ännu inte känd',
    },
    organisation: 'Organisation',
    organisationHint: 'Företagets eller fondens namn; en privat investerare kan skriva sitt eget namn.',
    contactName: 'Kontaktpersonens namn',
    email: 'E-post',
    phone: 'Telefon (frivilligt)',
    privacyHeading: 'Hur vi behandlar dina uppgifter',
    privacy: (receiver, months) =>
      `Dina uppgifter tas emot av ${receiver}. Vi använder dem endast för att svara på din förfrågan och främja ditt projekt, och lämnar inte ut dem. Vi sparar uppgifterna i ${months} månader, därefter raderas de.`,
    rights: 'Du har rätt att se dina uppgifter och när som helst begära att de raderas.',
    ask: 'Begär att dina uppgifter raderas',
    consent: 'Jag godkänner att mina uppgifter behandlas på det sätt som beskrivs ovan.',
    honeypot: 'Lämna det här fältet tomt',
    send: 'Skicka förfrågan',
    received: 'Tack! Din förfrågan har tagits emot och vi kontaktar dig snart.',
    refused: REFUSALS.sv,
  },
  en: {
    heading: 'Get in touch',
    intro: 'Tell us what you are looking for and we will get back to you.',
    required: 'required',
    lookingFor: 'What are you looking for?',
    lookingForHint: 'For example premises, a plot, a partner, skilled people or funding.',
    size: 'Size of the investment',
    sizes: {
      under_1m: 'under one million euros',
      '1m_10m': '1–10 million euros',
      over_10m: 'over 10 million euros',
      not_known: 'not known yet',
    },
    timeline: 'Timeline',
    timelines: {
      within_6_months: 'within six months',
      within_year: 'within a year',
      later: 'later',
      not_known: 'not known yet',
    },
    organisation: 'Organisation',
    organisationHint: 'The name of your company or fund; a private investor may give their own name.',
    contactName: 'Contact person',
    email: 'E-mail',
    phone: 'Phone (optional)',
    privacyHeading: 'How we handle your data',
    privacy: (receiver, months) =>
      `Your details are received by ${receiver}. We use them only to answer your enquiry and take your project forward, and we do not pass them on. We keep them for ${months} months, after which they are erased.`,
    rights: 'You have the right to see your data and to have it erased at any time.',
    ask: 'Ask for your data to be erased',
    consent: 'I agree that my details are handled as described above.',
    honeypot: 'Leave this field empty',
    send: 'Send enquiry',
    received: 'Thank you! Your enquiry has been received and we will be in touch soon.',
    refused: REFUSALS.en,
  },
};

export type FeedbackWords = {
  heading: string;
  required: string;
  message: string;
  email: string;
  emailHint: string;
  privacy: (months: number) => string;
  honeypot: string;
  send: string;
  received: string;
  refused: Refusals;
};

export const FEEDBACK_WORDS: Record<Lang, FeedbackWords> = {
  fi: {
    heading: 'Palaute saavutettavuudesta',
    required: 'pakollinen',
    message: 'Mitä havaitsit?',
    email: 'Sähköposti (vapaaehtoinen)',
    emailHint: 'Jos haluat vastauksen.',
    privacy: (months) =>
      `Palautteen lukee palvelun ylläpitäjä. Sähköpostiosoitettasi käytetään vain vastaamiseen, ja se poistetaan ${months} kuukauden kuluttua tai pyynnöstäsi.`,
    honeypot: 'Jätä tämä kenttä tyhjäksi',
    send: 'Lähetä palaute',
    received: 'Kiitos palautteesta! Se on vastaanotettu.',
    refused: REFUSALS.fi,
  },
  sv: {
    heading: 'Respons om tillgängligheten',
    required: 'obligatoriskt',
    message: 'Vad märkte du?',
    email: 'E-post (frivilligt)',
    emailHint: 'Om du vill ha ett svar.',
    privacy: (months) =>
      `Responsen läses av tjänstens administratör. Din e-postadress används endast för att svara och raderas efter ${months} månader eller på din begäran.`,
    honeypot: 'Lämna det här fältet tomt',
    send: 'Skicka respons',
    received: 'Tack för responsen! Den har tagits emot.',
    refused: REFUSALS.sv,
  },
  en: {
    heading: 'Feedback on accessibility',
    required: 'required',
    message: 'What did you notice?',
    email: 'E-mail (optional)',
    emailHint: 'If you would like an answer.',
    privacy: (months) =>
      `Your feedback is read by the service's administrators. Your e-mail address is used only to answer you and is erased after ${months} months or when you ask.`,
    honeypot: 'Leave this field empty',
    send: 'Send feedback',
    received: 'Thank you for your feedback! It has been received.',
    refused: REFUSALS.en,
  },
};
