import type { PhaseKind } from './workshops.js';

type Texts = { fi: string; sv: string; en: string };
type PhaseTemplate = { kind: PhaseKind; title: Texts; prompt: Texts };

/**
 * The strategy workshop's phases as a facilitator starts from them, in Finnish, Swedish and English.
 * The current state points to the strategy's situational picture, which the facilitator shows.
 */
const STRATEGY_WORKSHOP: readonly PhaseTemplate[] = [
  {
    kind: 'current_state',
    title: { fi: 'Nykytila', sv: 'Nuläge', en: 'Current state' },
    prompt: {
      fi: 'Katsotaan yhdessä, missä ekosysteemi on nyt: tilannekuva näyttää toimijat, yhteistyön ja vahvuudet. Mikä siinä yllättää, mikä puuttuu?',
      sv: 'Vi ser tillsammans var ekosystemet står i dag: lägesbilden visar aktörerna, samarbetet och styrkorna. Vad överraskar, vad saknas?',
      en: 'Let us look together at where the ecosystem stands today: the situational picture shows its actors, collaboration and strengths. What surprises you, what is missing?',
    },
  },
  {
    kind: 'vision',
    title: { fi: 'Visio 2027', sv: 'Vision 2027', en: 'Vision 2027' },
    prompt: {
      fi: 'Millainen ekosysteemimme on vuonna 2027, kun olemme onnistuneet? Kirjoita yksi ajatus kerrallaan.',
      sv: 'Hur ser vårt ekosystem ut år 2027 när vi har lyckats? Skriv en tanke i taget.',
      en: 'What does our ecosystem look like in 2027 when we have succeeded? Write one thought at a time.',
    },
  },
  {
    kind: 'ideas',
    title: {
      fi: 'Ideat tavoitteiksi ja kehittämistoimenpiteiksi',
      sv: 'Idéer till mål och utvecklingsåtgärder',
      en: 'Ideas for goals and development actions',
    },
    prompt: {
      fi: 'Mitä meidän pitäisi tavoitella ja tehdä, jotta visio toteutuu? Kirjoita jokainen idea omaksi viestikseen.',
      sv: 'Vad bör vi sträva efter och göra för att visionen ska bli verklighet? Skriv varje idé för sig.',
      en: 'What should we aim for and do to make the vision come true? Write each idea on its own.',
    },
  },
  {
    kind: 'grouping',
    title: { fi: 'Ryhmittely', sv: 'Gruppering', en: 'Grouping' },
    prompt: {
      fi: 'Fasilitaattori ryhmittelee samankaltaiset ideat yhteen. Seuraa ruudulta ja kerro, jos jokin idea kuuluu toiseen ryhmään.',
      sv: 'Facilitatorn grupperar liknande idéer. Följ med på skärmen och säg till om en idé hör till en annan grupp.',
      en: 'The facilitator groups similar ideas together. Follow on the screen and say if an idea belongs elsewhere.',
    },
  },
  {
    kind: 'voting',
    title: { fi: 'Äänestys', sv: 'Prickröstning', en: 'Dot vote' },
    prompt: {
      fi: 'Jaa pisteesi niille ideoille, joita pidät tärkeimpinä. Voit antaa samalle idealle useamman pisteen.',
      sv: 'Fördela dina prickar på de idéer du anser viktigast. Du kan ge samma idé flera prickar.',
      en: 'Give your dots to the ideas you think matter most. You may give one idea several dots.',
    },
  },
  {
    kind: 'commitments',
    title: { fi: 'Sitoumukset', sv: 'Åtaganden', en: 'Commitments' },
    prompt: {
      fi: 'Mitä sinä tai organisaatiosi sitoutuu tekemään, ja mihin mennessä?',
      sv: 'Vad åtar du dig eller din organisation att göra, och till när?',
      en: 'What will you or your organisation commit to doing, and by when?',
    },
  },
];

export const WORKSHOP_TEMPLATES = { strategy: STRATEGY_WORKSHOP } as const;
export type WorkshopTemplate = keyof typeof WORKSHOP_TEMPLATES;
