/**
 * Summaries of a mapping round's answers, question by question (issue 13): how many chose each option,
 * the mean and median of a scale with its n and distribution, the figures of a number, the range of a
 * date, how many wrote a text, which competences and partners were named how often; and how many
 * answered by town and by organisation kind. Pure: the answers and the questionnaire version they
 * answered in, names for the ids they hold; no database, no clock.
 */
import {
  answerSchemaOf,
  questionsOf,
  type Answers,
  type Question,
  type QuestionnaireContent,
} from '../domain/questionnaires.js';

/** Text in three languages as the questionnaire gives it: Finnish always, Swedish and English if written. */
export type SurveyLabel = { fi: string; sv?: string | null; en?: string | null };

export interface SurveyResponse {
  readonly respondentId: string;
  /** The respondent's organisation's municipality and kind, when the respondent is an organisation. */
  readonly municipalityCode: string | null;
  readonly organisationKind: string | null;
  readonly answers: Answers;
}

/** Names for the ids answers hold: competences of the vocabulary, organisations of the roster. */
export interface SurveyNames {
  readonly competences?: ReadonlyMap<string, SurveyLabel>;
  readonly organisations?: ReadonlyMap<string, string>;
}

export interface SurveyCount {
  /** The option's key; for yes/no 'yes' or 'no'; for named things their id, or 'name:' and the name. */
  readonly option: string;
  readonly label: SurveyLabel;
  readonly n: number;
  /** Of those who answered the question. */
  readonly share: number;
}

export interface QuestionSummary {
  readonly key: string;
  readonly type: Question['type'];
  readonly label: SurveyLabel;
  /** Respondents who answered the question. */
  readonly n: number;
  readonly counts?: SurveyCount[];
  readonly mean?: number | null;
  readonly median?: number | null;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly distribution?: { value: number; n: number }[];
  readonly earliest?: string | null;
  readonly latest?: string | null;
  /** Open answers written (their text is for editors only, and not in the summary). */
  readonly texts?: number;
}

export interface SurveySummary {
  readonly respondents: number;
  readonly questions: QuestionSummary[];
  readonly byMunicipality: { municipalityCode: string | null; n: number }[];
  readonly byKind: { kind: string | null; n: number }[];
}

export const YES_NO: [string, boolean, SurveyLabel][] = [
  ['yes', true, { fi: 'Kyllä', sv: 'Ja', en: 'Yes' }],
  ['no', false, { fi: 'Ei', sv: 'Nej', en: 'No' }],
];

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** Counts in a fixed order (the questionnaire's options). */
function fixedCounts(options: [string, SurveyLabel][], chosen: unknown[][], n: number): SurveyCount[] {
  return options.map(([option, label]) => {
    const count = chosen.filter((values) => values.includes(option)).length;
    return { option, label, n: count, share: share(count, n) };
  });
}

/** Counts of things named by key (competences, organisations), most named first, a respondent once each. */
function namedCounts(named: Map<string, SurveyLabel>[], n: number): SurveyCount[] {
  const totals = new Map<string, { label: SurveyLabel; n: number }>();
  for (const items of named)
    for (const [option, label] of items) {
      const t = totals.get(option) ?? { label, n: 0 };
      t.n++;
      totals.set(option, t);
    }
  return [...totals]
    .map(([option, t]) => ({ option, label: t.label, n: t.n, share: share(t.n, n) }))
    .sort(
      (a, b) => b.n - a.n || a.label.fi.localeCompare(b.label.fi, 'fi') || a.option.localeCompare(b.option),
    );
}

type CompetenceItem = { competenceId?: string; name?: string };
type PartnerItem = { organisationId?: string; newActor?: { name: string } };

const byName = (name: string): [string, SurveyLabel] => [
  `name:${name.trim().toLowerCase()}`,
  { fi: name.trim() },
];

function competenceNames(items: CompetenceItem[], names: SurveyNames) {
  return new Map(
    items.map((c): [string, SurveyLabel] =>
      c.competenceId
        ? [c.competenceId, names.competences?.get(c.competenceId) ?? { fi: c.competenceId }]
        : byName(c.name ?? ''),
    ),
  );
}

const organisationName = (id: string, names: SurveyNames): [string, SurveyLabel] => [
  id,
  { fi: names.organisations?.get(id) ?? id },
];

function partnerNames(items: PartnerItem[], names: SurveyNames) {
  return new Map(
    items.map((p) =>
      p.organisationId ? organisationName(p.organisationId, names) : byName(p.newActor?.name ?? ''),
    ),
  );
}

function numberFigures(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean: mean(sorted),
    median: median(sorted),
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
  };
}

function scaleFigures(q: Extract<Question, { type: 'scale' }>, values: number[]) {
  const distribution = [];
  for (let value = q.min; value <= q.max; value++)
    distribution.push({ value, n: values.filter((v) => v === value).length });
  const { mean, median } = numberFigures(values);
  return { mean, median, distribution };
}

/** The part of a summary that depends on the question's type, from the answers that fit it. */
function figures(q: Question, values: unknown[], names: SurveyNames): Partial<QuestionSummary> {
  const n = values.length;
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const options = q.options.map((o): [string, SurveyLabel] => [o.key, o.label]);
      return {
        counts: fixedCounts(
          options,
          values.map((v) => [v].flat()),
          n,
        ),
      };
    }
    case 'yesno':
      return {
        counts: fixedCounts(
          YES_NO.map(([key, , label]) => [key, label]),
          values.map((v) => YES_NO.filter(([, value]) => value === v).map(([key]) => key)),
          n,
        ),
      };
    case 'scale':
      return scaleFigures(q, values as number[]);
    case 'number':
      return numberFigures(values as number[]);
    case 'date': {
      const sorted = (values as string[]).slice().sort();
      return { earliest: sorted[0] ?? null, latest: sorted.at(-1) ?? null };
    }
    case 'text':
      return { texts: n };
    case 'competences':
      return {
        counts: namedCounts(
          (values as CompetenceItem[][]).map((v) => competenceNames(v, names)),
          n,
        ),
      };
    case 'actors':
      return {
        counts: namedCounts(
          (values as string[][]).map((ids) => new Map(ids.map((id) => organisationName(id, names)))),
          n,
        ),
      };
    case 'partners':
      return {
        counts: namedCounts(
          (values as PartnerItem[][]).map((v) => partnerNames(v, names)),
          n,
        ),
      };
  }
}

/** One question's summary over the answers that fit it (a stored answer that no longer fits is left out). */
export function summariseQuestion(
  q: Question,
  responses: readonly SurveyResponse[],
  names: SurveyNames = {},
): QuestionSummary {
  const schema = answerSchemaOf(q);
  const values: unknown[] = [];
  for (const r of responses) {
    const value = r.answers[q.key];
    if (value === undefined || value === null) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) values.push(parsed.data);
  }
  return { key: q.key, type: q.type, label: q.label, n: values.length, ...figures(q, values, names) };
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string | null) {
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] ?? '\uffff').localeCompare(b[0] ?? '\uffff'));
}

/** Every question's summary, and how many answered by town and by kind of organisation. */
export function summariseSurvey(
  content: QuestionnaireContent,
  responses: readonly SurveyResponse[],
  names: SurveyNames = {},
): SurveySummary {
  return {
    respondents: responses.length,
    questions: questionsOf(content).map((q) => summariseQuestion(q, responses, names)),
    byMunicipality: countBy(responses, (r) => r.municipalityCode).map(([municipalityCode, n]) => ({
      municipalityCode,
      n,
    })),
    byKind: countBy(responses, (r) => r.organisationKind).map(([kind, n]) => ({ kind, n })),
  };
}
