/**
 * The mapping rounds' evidence in the report (issue 13): the themes editors coded the open answers into
 * and the quotes they marked usable. A quote is its text and its question only, never who said it.
 */
import type { Picture } from '../analysis/picture.schema.js';
import { formatNumber, word, type Language } from './labels.js';

type Evidence = NonNullable<Picture['mappingEvidence']>;
type Label = Evidence['quotes'][number]['questionLabel'];

/** The evidence of a picture, or none when its scope has no round the reader may read. */
export const evidenceOf = (p: Picture): Evidence | null =>
  p.mappingEvidence && p.mappingEvidence.rounds.length > 0 ? p.mappingEvidence : null;

/** A questionnaire's text in the reader's language, or in Finnish when it has none. */
export const inLanguage = (label: Label, lang: Language) => label[lang] || label.fi;

/** "Round name (respondents 7)" for each round the evidence comes from. */
export const roundLines = (e: Evidence, lang: Language) =>
  e.rounds.map(
    (r) =>
      `${inLanguage(r.name, lang)} (${word('respondents', lang)} ${formatNumber(r.respondents, lang, 0)})`,
  );

export const themeHeaders = (lang: Language) => [word('theme', lang), word('themeRespondents', lang)];
export const quoteHeaders = (lang: Language) => [
  word('quote', lang),
  word('question', lang),
  word('theme', lang),
];

export const themeRows = (e: Evidence) => e.themes.map((t) => [t.theme, t.n] as const);
export const quoteRows = (e: Evidence, lang: Language) =>
  e.quotes.map((q) => [q.text, inLanguage(q.questionLabel, lang), q.theme ?? ''] as const);

/** The themes and quotes as tables: the Excel sheets and the print view share them. */
export function evidenceTables(p: Picture, lang: Language) {
  const e = evidenceOf(p);
  if (!e) return [];
  return [
    { name: word('themes', lang), headers: themeHeaders(lang), rows: themeRows(e).map((r) => [...r]) },
    { name: word('quotes', lang), headers: quoteHeaders(lang), rows: quoteRows(e, lang).map((r) => [...r]) },
  ];
}
