/**
 * Two rounds side by side (issue 13): questions are matched by their key, as answers name them
 * (decision 011), and compared only when both rounds ask them with the same type. A question one round
 * alone asks, or asks with another type, is listed apart.
 */
import type { QuestionSummary, SurveySummary } from './survey.js';

export interface OptionChange {
  readonly option: string;
  readonly first: number;
  readonly second: number;
  /** Change in the share of those who answered, second minus first. */
  readonly shareChange: number;
}

export interface SharedQuestion {
  readonly key: string;
  readonly type: QuestionSummary['type'];
  readonly label: QuestionSummary['label'];
  readonly first: QuestionSummary;
  readonly second: QuestionSummary;
  /** Second mean minus first, for scales and numbers answered in both. */
  readonly meanChange?: number | null;
  /** For choices and yes/no: every option either round counts. */
  readonly options?: OptionChange[];
}

export interface SurveyComparison {
  readonly respondents: { first: number; second: number };
  readonly shared: SharedQuestion[];
  readonly onlyFirst: string[];
  readonly onlySecond: string[];
  /** Keys both rounds ask, with different types: not compared. */
  readonly differentType: string[];
}

const CHOICES = new Set(['single', 'multiple', 'yesno']);

function optionChanges(first: QuestionSummary, second: QuestionSummary): OptionChange[] {
  const keys = [...new Set([...(first.counts ?? []), ...(second.counts ?? [])].map((c) => c.option))];
  const of = (s: QuestionSummary, key: string) => s.counts?.find((c) => c.option === key);
  return keys.map((option) => ({
    option,
    first: of(first, option)?.n ?? 0,
    second: of(second, option)?.n ?? 0,
    shareChange: (of(second, option)?.share ?? 0) - (of(first, option)?.share ?? 0),
  }));
}

function meanChange(first: QuestionSummary, second: QuestionSummary) {
  if (first.type !== 'scale' && first.type !== 'number') return {};
  const change = first.mean == null || second.mean == null ? null : second.mean - first.mean;
  return { meanChange: change };
}

export function compareSurveys(first: SurveySummary, second: SurveySummary): SurveyComparison {
  const secondByKey = new Map(second.questions.map((q) => [q.key, q]));
  const firstKeys = new Set(first.questions.map((q) => q.key));
  const shared: SharedQuestion[] = [];
  const differentType: string[] = [];
  for (const a of first.questions) {
    const b = secondByKey.get(a.key);
    if (!b) continue;
    if (a.type !== b.type) {
      differentType.push(a.key);
      continue;
    }
    shared.push({
      key: a.key,
      type: a.type,
      label: b.label,
      first: a,
      second: b,
      ...meanChange(a, b),
      ...(CHOICES.has(a.type) ? { options: optionChanges(a, b) } : {}),
    });
  }
  return {
    respondents: { first: first.respondents, second: second.respondents },
    shared,
    onlyFirst: first.questions.filter((q) => !secondByKey.has(q.key)).map((q) => q.key),
    onlySecond: second.questions.filter((q) => !firstKeys.has(q.key)).map((q) => q.key),
    differentType,
  };
}
