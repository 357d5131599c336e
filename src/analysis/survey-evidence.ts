/**
 * What the mapping rounds of a scope give its situational picture as evidence (issue 13): the themes
 * editors coded open answers into, with how many respondents' answers carry each, and the answers editors
 * marked as quotes usable in the report. A quote is its text and its question only: no respondent, person
 * or organisation goes with it (an editor marks a quote usable only when its text names nobody).
 */
import type { SurveyLabel } from './survey.js';
import type { MappingEvidence } from './survey-evidence.schema.js';

export interface EvidenceRound {
  readonly id: string;
  readonly name: SurveyLabel;
  /** Respondents who submitted. */
  readonly respondents: number;
  /** The demo's example round: its answers are fictional example data. */
  readonly example?: boolean;
}

export interface EvidenceCode {
  readonly roundId: string;
  readonly respondentId: string;
  readonly questionKey: string;
  readonly theme: string;
}

export interface EvidenceQuote {
  readonly roundId: string;
  readonly respondentId: string;
  readonly questionKey: string;
  readonly questionLabel: SurveyLabel;
  readonly text: string;
}

export interface EvidenceInput {
  readonly rounds: readonly EvidenceRound[];
  readonly codes: readonly EvidenceCode[];
  readonly quotes: readonly EvidenceQuote[];
}

export const NO_EVIDENCE: MappingEvidence = { rounds: [], themes: [], quotes: [] };

/** Themes are one theme whatever their case: "Puurakentaminen" and "puurakentaminen". */
const themeKey = (theme: string) => theme.trim().toLocaleLowerCase('fi');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type ThemeTally = {
  spellings: Map<string, number>;
  respondents: Set<string>;
  answers: number;
  questionKeys: Set<string>;
};

/** The spelling most codes use, the first in order on a tie: the same input always gives the same name. */
const usualSpelling = (spellings: Map<string, number>) =>
  [...spellings].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]![0];

function tallyThemes(codes: readonly EvidenceCode[]) {
  const tallies = new Map<string, ThemeTally>();
  for (const c of codes) {
    const key = themeKey(c.theme);
    const t = tallies.get(key) ?? {
      spellings: new Map(),
      respondents: new Set(),
      answers: 0,
      questionKeys: new Set(),
    };
    t.spellings.set(c.theme, (t.spellings.get(c.theme) ?? 0) + 1);
    t.respondents.add(c.respondentId);
    t.answers++;
    t.questionKeys.add(c.questionKey);
    tallies.set(key, t);
  }
  return tallies;
}

export function mappingEvidence(input: EvidenceInput): MappingEvidence {
  const tallies = tallyThemes(input.codes);
  const themes = [...tallies.values()]
    .map((t) => ({
      theme: usualSpelling(t.spellings),
      n: t.respondents.size,
      answers: t.answers,
      questionKeys: [...t.questionKeys].sort(byText),
    }))
    .sort((a, b) => b.n - a.n || b.answers - a.answers || byText(a.theme, b.theme));
  const rank = new Map(themes.map((t, i) => [themeKey(t.theme), i]));
  const nameOf = (key: string) => themes[rank.get(key)!]!.theme;
  const quotes = input.quotes
    .map((q) => {
      const own = input.codes.filter(
        (c) => c.respondentId === q.respondentId && c.questionKey === q.questionKey,
      );
      const keys = [...new Set(own.map((c) => themeKey(c.theme)))].sort(
        (a, b) => rank.get(a)! - rank.get(b)!,
      );
      const quoteThemes = keys.map(nameOf);
      return {
        text: q.text,
        questionKey: q.questionKey,
        questionLabel: q.questionLabel,
        ...(quoteThemes[0] ? { theme: quoteThemes[0] } : {}),
        themes: quoteThemes,
      };
    })
    .sort((a, b) => byText(a.questionKey, b.questionKey) || byText(a.text, b.text));
  const codedBy = (roundId: string) =>
    new Set(input.codes.filter((c) => c.roundId === roundId).map((c) => `${c.respondentId}|${c.questionKey}`))
      .size;
  const rounds = [...input.rounds]
    .sort((a, b) => byText(a.id, b.id))
    .map((r) => ({ id: r.id, name: r.name, respondents: r.respondents, codedAnswers: codedBy(r.id) }));
  return { rounds, themes, quotes };
}
