/**
 * The mapping rounds' themes and quotes, sorted by what their question asked: a theme coded in answers to
 * "What are its strengths?" supports a strength, one from "What are its challenges?" a challenge. The
 * keys are those of the questionnaire templates (src/domain/questionnaire-templates.ts).
 */
import type { Picture } from '../../analysis/picture.schema.js';
import { quote, sentence, theme, type Context, type Evidence, type Sentence } from './evidence.js';
import { count, joinList } from './language.js';
import { NOUNS } from './nouns.js';

export const QUESTION_GROUPS = {
  strengths: ['strengths'],
  challenges: ['challenges'],
  growth: ['growth_areas', 'potential'],
  targets: ['proposals', 'requirements'],
} as const;
export type QuestionGroup = keyof typeof QUESTION_GROUPS;

type Mapping = NonNullable<Picture['mappingEvidence']>;
export type Theme = Mapping['themes'][number];
type Quote = Mapping['quotes'][number];

const inGroup = (keys: readonly string[], group: QuestionGroup) =>
  keys.some((k) => (QUESTION_GROUPS[group] as readonly string[]).includes(k));

/** Themes coded in answers to the group's questions, most respondents first. */
export function themesOf(c: Context, group: QuestionGroup): Theme[] {
  return (c.picture.mappingEvidence?.themes ?? []).filter((t) => inGroup(t.questionKeys, group));
}

/** The usable quotes of a theme, or of the group's questions when no theme is given. */
export function quotesOf(c: Context, group: QuestionGroup, themeName?: string): Quote[] {
  const key = themeName?.toLocaleLowerCase('fi');
  return (c.picture.mappingEvidence?.quotes ?? []).filter(
    (q) =>
      inGroup([q.questionKey], group) &&
      (key === undefined || q.themes.some((t) => t.toLocaleLowerCase('fi') === key)),
  );
}

/** A theme, and the quotes that carry it, as evidence. */
export function themeEvidence(c: Context, group: QuestionGroup, t: Theme): Evidence[] {
  return [theme(c, t.theme, t.n), ...quotesOf(c, group, t.theme).map((q) => quote(c, q))];
}

/** "osaavan työvoiman saatavuus (5 vastaajaa) ja logistiikka (1 vastaaja)". */
export const themeList = (c: Context, themes: readonly Theme[]) =>
  joinList(
    themes.map((t) => `${t.theme} (${count(t.n, NOUNS.respondent, c.lang)})`),
    c.lang,
  );

/** A stable key of a theme: its words in lower case, spaces as hyphens. */
export const themeKey = (t: Theme) => t.theme.trim().toLocaleLowerCase('fi').replace(/\s+/g, '-');

const NAMED = {
  strengths: {
    fi: [
      'Kartoituksen vastaajien nimeämä vahvuus oli',
      'Kartoituksen vastaajien useimmin nimeämät vahvuudet olivat',
    ],
    sv: [
      'Den styrka som de svarande i kartläggningen nämnde var',
      'De styrkor som de svarande i kartläggningen nämnde oftast var',
    ],
    en: [
      'The strength respondents named in the mapping was',
      'The strengths respondents named most often in the mapping were',
    ],
  },
  challenges: {
    fi: [
      'Kartoituksen vastaajien nimeämä haaste oli',
      'Kartoituksen vastaajien useimmin nimeämät haasteet olivat',
    ],
    sv: [
      'Den utmaning som de svarande i kartläggningen nämnde var',
      'De utmaningar som de svarande i kartläggningen nämnde oftast var',
    ],
    en: [
      'The challenge respondents named in the mapping was',
      'The challenges respondents named most often in the mapping were',
    ],
  },
} as const;

/** What the respondents named as strengths or challenges, with the themes and their quotes as evidence. */
export function namedInMapping(c: Context, group: 'strengths' | 'challenges'): Sentence[] {
  const themes = themesOf(c, group).slice(0, 3);
  if (themes.length === 0) return [];
  const lead = NAMED[group][c.lang][themes.length === 1 ? 0 : 1];
  return [
    sentence(
      `${lead} ${themeList(c, themes)}.`,
      themes.flatMap((t) => themeEvidence(c, group, t)),
    ),
  ];
}
