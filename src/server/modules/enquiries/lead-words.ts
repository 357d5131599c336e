/** What an enquiry writes into the town's pipeline, in the language the investor wrote in. */
import type { EnquiryInput } from '../../../domain/public-pages.js';
import { ENQUIRY_WORDS, type Lang } from './form-words.js';

const WORDS: Record<
  Lang,
  { from: string; size: string; timeline: string; nextStep: string; purpose: string; source: string }
> = {
  fi: {
    from: 'Sijoittajan yhteydenotto sivulta',
    size: 'Suuruus',
    timeline: 'aikataulu',
    nextStep: 'Vastaa sijoittajan yhteydenottoon',
    purpose: 'Sijoittajan yhteydenottoon vastaaminen',
    source: 'Yhteydenottolomake sivulla',
  },
  sv: {
    from: 'Förfrågan från en investerare via sidan',
    size: 'Storlek',
    timeline: 'tidtabell',
    nextStep: 'Svara på investerarens förfrågan',
    purpose: 'Svar på en investerares förfrågan',
    source: 'Kontaktformuläret på sidan',
  },
  en: {
    from: 'Enquiry from an investor via the page',
    size: 'Size',
    timeline: 'timeline',
    nextStep: "Answer the investor's enquiry",
    purpose: "Answering an investor's enquiry",
    source: 'The enquiry form on the page',
  },
};

const REASON_TEXT_AT_MOST = 600;

/** The card's reason: where the enquiry came from and what it asks, short enough for a card. */
export function leadTexts(input: EnquiryInput, pageUrl: string) {
  const w = WORDS[input.lang];
  const f = ENQUIRY_WORDS[input.lang];
  const asked =
    input.lookingFor.length > REASON_TEXT_AT_MOST
      ? `${input.lookingFor.slice(0, REASON_TEXT_AT_MOST - 1)}…`
      : input.lookingFor;
  return {
    reason: `${w.from} ${pageUrl}: ${asked} (${w.size}: ${f.sizes[input.investmentSize]}; ${w.timeline}: ${f.timelines[input.timeline]})`,
    nextStep: w.nextStep,
    purpose: w.purpose,
    source: `${w.source} ${pageUrl}`,
    size: f.sizes[input.investmentSize],
    timeline: f.timelines[input.timeline],
  };
}
