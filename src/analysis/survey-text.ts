/**
 * Theme suggestions from open answers (issue 13): words cut to their stems by the Snowball stemmers
 * (Finnish, Swedish, English; the `snowball-stemmers` package, not a hand-written stemmer), common words
 * left out by the stopword lists of `stopwords-iso`, and the stems counted over the answers. An editor
 * reads them as hints; the themes are the editor's own codes.
 *
 * The language of an answer: the respondent's, when known; otherwise a guess (guessLanguage) from the
 * common words it uses, which is a guess and no more — a short answer of one or two words often gives
 * no sign at all, and is then stemmed as Finnish, the language most answers are in.
 */
import { createRequire } from 'node:module';

export const TEXT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

type Stemmer = { stem(word: string): string };
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(language: string): Stemmer };
const stopwordLists = require('stopwords-iso') as Record<TextLanguage, string[]>;

const ALGORITHM: Record<TextLanguage, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
const stemmers = new Map<TextLanguage, Stemmer>();
const stemmerOf = (language: TextLanguage) => {
  let s = stemmers.get(language);
  if (!s) stemmers.set(language, (s = snowball.newStemmer(ALGORITHM[language])));
  return s;
};

const STOPWORDS: Record<TextLanguage, ReadonlySet<string>> = {
  fi: new Set(stopwordLists.fi),
  sv: new Set(stopwordLists.sv),
  en: new Set(stopwordLists.en),
};

export const DEFAULT_LANGUAGE: TextLanguage = 'fi';
/** Shorter words are mostly abbreviations and inflection left-overs, not themes. */
const MIN_WORD_LENGTH = 3;

/** The words of a text in lower case: letters, with an apostrophe or hyphen inside a word kept. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('fi')
      .match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []
  ).map((w) => w.replace(/’/g, "'"));
}

/**
 * The language a text seems to be in: the one whose common words it uses most. Ties and texts without
 * any common word are decided by letters only Swedish (å) or Finnish and Swedish (ä, ö) have; a text
 * with no sign at all gives null.
 */
export function guessLanguage(text: string): TextLanguage | null {
  const ws = words(text);
  const hits = TEXT_LANGUAGES.map((language) => ({
    language,
    n: ws.filter((w) => STOPWORDS[language].has(w)).length,
  })).sort((a, b) => b.n - a.n);
  const [first, second] = hits;
  if (first && first.n > 0 && first.n > (second?.n ?? 0)) return first.language;
  if (/å/i.test(text)) return 'sv';
  if (/[äö]/i.test(text)) return 'fi';
  return null;
}

export interface OpenAnswer {
  readonly text: string;
  /** The respondent's language when known; otherwise it is guessed. */
  readonly language?: TextLanguage | null;
}

export interface ThemeSuggestion {
  readonly stem: string;
  /** The words that gave the stem, most frequent first. */
  readonly terms: string[];
  /** Answers that use the stem. */
  readonly n: number;
  /** Times the stem occurs in all. */
  readonly count: number;
  readonly language: TextLanguage;
}

/** The stems of a text's words that are not common words, each with the word it came from. */
export function stems(text: string, language: TextLanguage): { stem: string; word: string }[] {
  const stemmer = stemmerOf(language);
  return words(text)
    .filter((w) => w.length >= MIN_WORD_LENGTH && !STOPWORDS[language].has(w))
    .map((word) => ({ word, stem: stemmer.stem(word) }))
    .filter((s) => s.stem.length >= MIN_WORD_LENGTH && !STOPWORDS[language].has(s.stem));
}

type Tally = { stem: string; language: TextLanguage; n: number; count: number; terms: Map<string, number> };

/** Stems by how many answers use them (then how often), with the words they came from. */
export function themeSuggestions(answers: readonly OpenAnswer[], limit = 30): ThemeSuggestion[] {
  const tallies = new Map<string, Tally>();
  for (const answer of answers) {
    const language = answer.language ?? guessLanguage(answer.text) ?? DEFAULT_LANGUAGE;
    const seen = new Set<string>();
    for (const { stem, word } of stems(answer.text, language)) {
      const key = `${language}:${stem}`;
      const t = tallies.get(key) ?? { stem, language, n: 0, count: 0, terms: new Map() };
      t.count++;
      t.terms.set(word, (t.terms.get(word) ?? 0) + 1);
      if (!seen.has(key)) t.n++;
      seen.add(key);
      tallies.set(key, t);
    }
  }
  return [...tallies.values()]
    .sort(
      (a, b) =>
        b.n - a.n ||
        b.count - a.count ||
        a.language.localeCompare(b.language) ||
        a.stem.localeCompare(b.stem),
    )
    .slice(0, limit)
    .map((t) => ({
      stem: t.stem,
      terms: [...t.terms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w),
      n: t.n,
      count: t.count,
      language: t.language,
    }));
}
