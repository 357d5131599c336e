/**
 * The questionnaire builder's operations on a draft of the content: add, copy, move and remove sections
 * and questions, change a question's type, and what a condition may look back at. Pure functions, so the
 * form only renders and the rules are tested here; the domain's `questionnaireContent` judges the result.
 */
import type { LocalText, Question, QuestionType, Section } from '../../../domain/questionnaires';

export type Draft = { sections: Section[] };
/** Where a question is: its section's index and its own index in that section. */
export type At = { s: number; q: number };

const TESTABLE: readonly QuestionType[] = ['single', 'multiple', 'yesno', 'scale', 'number'];
const blank = (): LocalText => ({ fi: '' });

const allQuestionKeys = (draft: Draft) => draft.sections.flatMap((s) => s.questions.map((q) => q.key));

/** A key not yet taken: the base itself, else the base with the first free number ("role_2"). */
export function uniqueKey(taken: Iterable<string>, base: string): string {
  const used = new Set(taken);
  const stem = base.replace(/_\d+$/, '').slice(0, 36) || 'q';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${stem}_${n}`)) return `${stem}_${n}`;
}

/** The fields a question of this type needs, with the common ones kept from `from`. */
export function withType(
  from: Pick<Question, 'key' | 'label' | 'help' | 'required' | 'showIf'>,
  type: QuestionType,
): Question {
  const base = {
    key: from.key,
    label: from.label,
    help: from.help,
    required: from.required,
    showIf: from.showIf,
  };
  const options = () => [
    { key: 'option_1', label: blank() },
    { key: 'option_2', label: blank() },
  ];
  switch (type) {
    case 'single':
    case 'multiple':
      return { ...base, type, options: options() };
    case 'scale':
      return { ...base, type, min: 1, max: 5 };
    case 'number':
      return { ...base, type };
    case 'text':
      return { ...base, type, long: false };
    case 'date':
    case 'yesno':
      return { ...base, type };
    case 'competences':
      return { ...base, type, direction: 'offer', allowNew: true };
    case 'actors':
      return { ...base, type, maxItems: 10 };
    case 'partners':
      return { ...base, type, relationKinds: ['collaboration'], maxItems: 15 };
  }
}

/** A section's questions replaced; the other sections as they were. */
const withQuestions = (draft: Draft, s: number, questions: Question[]): Draft => ({
  sections: draft.sections.map((section, i) => (i === s ? { ...section, questions } : section)),
});

export function addQuestion(draft: Draft, s: number, type: QuestionType = 'single'): Draft {
  const key = uniqueKey(allQuestionKeys(draft), `q_${allQuestionKeys(draft).length + 1}`);
  const question = withType({ key, label: blank(), required: false }, type);
  return withQuestions(draft, s, [...draft.sections[s]!.questions, question]);
}

export function addSection(draft: Draft): Draft {
  const key = uniqueKey(
    draft.sections.map((s) => s.key),
    `section_${draft.sections.length + 1}`,
  );
  const questionKey = uniqueKey(allQuestionKeys(draft), `q_${allQuestionKeys(draft).length + 1}`);
  const question = withType({ key: questionKey, label: blank(), required: false }, 'text');
  return { sections: [...draft.sections, { key, title: blank(), questions: [question] }] };
}

export function updateQuestion(draft: Draft, at: At, question: Question): Draft {
  const questions = draft.sections[at.s]!.questions.map((q, i) => (i === at.q ? question : q));
  return withQuestions(draft, at.s, questions);
}

export function updateSection(draft: Draft, s: number, changes: Partial<Omit<Section, 'questions'>>): Draft {
  return { sections: draft.sections.map((section, i) => (i === s ? { ...section, ...changes } : section)) };
}

/**
 * A question one place up or down. At the edge of its section it moves into the neighbouring section
 * (last there when going up, first when going down); at the very start or end it stays.
 */
export function moveQuestion(draft: Draft, at: At, delta: -1 | 1): { draft: Draft; at: At } {
  const sections = draft.sections.map((s) => ({ ...s, questions: [...s.questions] }));
  const here = sections[at.s]!.questions;
  const target = at.q + delta;
  if (target >= 0 && target < here.length) {
    [here[at.q], here[target]] = [here[target]!, here[at.q]!];
    return { draft: { sections }, at: { s: at.s, q: target } };
  }
  const next = sections[at.s + delta];
  // A section keeps at least one question (the domain requires it).
  if (!next || here.length === 1) return { draft, at };
  const [moved] = here.splice(at.q, 1);
  if (delta < 0) next.questions.push(moved!);
  else next.questions.unshift(moved!);
  return { draft: { sections }, at: { s: at.s + delta, q: delta < 0 ? next.questions.length - 1 : 0 } };
}

export function moveSection(draft: Draft, s: number, delta: -1 | 1): Draft {
  const target = s + delta;
  if (target < 0 || target >= draft.sections.length) return draft;
  const sections = [...draft.sections];
  [sections[s], sections[target]] = [sections[target]!, sections[s]!];
  return { sections };
}

/** A copy of a question right after it, under a free key; its condition looks at the same question. */
export function copyQuestion(draft: Draft, at: At): Draft {
  const original = draft.sections[at.s]!.questions[at.q]!;
  const copy = { ...structuredClone(original), key: uniqueKey(allQuestionKeys(draft), `${original.key}_2`) };
  const questions = [...draft.sections[at.s]!.questions];
  questions.splice(at.q + 1, 0, copy);
  return withQuestions(draft, at.s, questions);
}

/**
 * A copy of a section right after it: every question under a free key, and conditions between its own
 * questions pointing at the copies, so the copy behaves as the original does.
 */
export function copySection(draft: Draft, s: number): Draft {
  const original = draft.sections[s]!;
  const taken = new Set(allQuestionKeys(draft));
  const renamed = new Map<string, string>();
  for (const q of original.questions) {
    const key = uniqueKey(taken, `${q.key}_2`);
    taken.add(key);
    renamed.set(q.key, key);
  }
  const questions = original.questions.map((q) => {
    const copy = { ...structuredClone(q), key: renamed.get(q.key)! };
    const inside = q.showIf && renamed.get(q.showIf.question);
    if (q.showIf && inside) copy.showIf = { ...q.showIf, question: inside };
    return copy;
  });
  const key = uniqueKey(
    draft.sections.map((x) => x.key),
    `${original.key}_2`,
  );
  const sections = [...draft.sections];
  sections.splice(s + 1, 0, { ...structuredClone(original), key, questions });
  return { sections };
}

/**
 * A question at `at` changed: when its key changed, the conditions that looked at the old key follow it,
 * unless either key is another question's too (half-typed keys must not capture another's conditions).
 */
export function changeQuestion(draft: Draft, at: At, question: Question): Draft {
  const old = draft.sections[at.s]!.questions[at.q]!;
  const next = updateQuestion(draft, at, question);
  const keys = allQuestionKeys(draft);
  const clash = keys.filter((k) => k === old.key).length > 1 || keys.includes(question.key);
  if (old.key === question.key || clash) return next;
  return {
    sections: next.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) =>
        q.showIf?.question === old.key ? { ...q, showIf: { ...q.showIf, question: question.key } } : q,
      ),
    })),
  };
}

/** Conditions on removed questions go with them: the questions that had them are shown to everyone. */
function dropConditionsOn(draft: Draft, removed: ReadonlySet<string>): Draft {
  return {
    sections: draft.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) =>
        q.showIf && removed.has(q.showIf.question) ? { ...q, showIf: undefined } : q,
      ),
    })),
  };
}

/** Removes a question; the last question of a section goes only with its section. */
export function removeQuestion(draft: Draft, at: At): Draft {
  const section = draft.sections[at.s]!;
  if (section.questions.length === 1) return draft;
  const removed = section.questions[at.q]!;
  const next = withQuestions(
    draft,
    at.s,
    section.questions.filter((_, i) => i !== at.q),
  );
  return dropConditionsOn(next, new Set([removed.key]));
}

/** Removes a section with its questions; the last section stays (the domain requires one). */
export function removeSection(draft: Draft, s: number): Draft {
  if (draft.sections.length === 1) return draft;
  const removed = new Set(draft.sections[s]!.questions.map((q) => q.key));
  return dropConditionsOn({ sections: draft.sections.filter((_, i) => i !== s) }, removed);
}

/** The questions a condition at `at` may look back at: earlier ones whose answer is one value to compare. */
export function conditionTargets(draft: Draft, at: At): Question[] {
  const earlier = draft.sections.flatMap((section, si) =>
    si < at.s ? section.questions : si === at.s ? section.questions.slice(0, at.q) : [],
  );
  return earlier.filter((q) => TESTABLE.includes(q.type));
}

export type ConditionValue = { value: string | number | boolean; option?: LocalText };

/**
 * The values a condition on `target` may compare with: its options, yes and no, or a scale's points.
 * A number question takes any number, so it offers none (the form asks for one).
 */
export function conditionValues(target: Question): ConditionValue[] {
  switch (target.type) {
    case 'single':
    case 'multiple':
      return target.options.map((o) => ({ value: o.key, option: o.label }));
    case 'yesno':
      return [{ value: true }, { value: false }];
    case 'scale':
      return Array.from({ length: target.max - target.min + 1 }, (_, i) => ({ value: target.min + i }));
    default:
      return [];
  }
}

/** The first value a new condition on `target` compares with. */
export const firstConditionValue = (target: Question): string | number | boolean =>
  conditionValues(target)[0]?.value ?? 0;

/** Text left empty in Swedish or English is no text; an optional text empty in Finnish is none at all. */
const tidyText = (value: LocalText): LocalText => ({
  fi: value.fi,
  ...(value.sv?.trim() ? { sv: value.sv } : {}),
  ...(value.en?.trim() ? { en: value.en } : {}),
});
const tidyOptional = (value: LocalText | undefined): LocalText | undefined =>
  value && [value.fi, value.sv, value.en].some((x) => x?.trim()) ? tidyText(value) : undefined;

function tidyQuestion(q: Question): Question {
  const common = { ...q, label: tidyText(q.label), help: tidyOptional(q.help) };
  switch (common.type) {
    case 'single':
    case 'multiple':
      return { ...common, options: common.options.map((o) => ({ ...o, label: tidyText(o.label) })) };
    case 'scale':
      return { ...common, minLabel: tidyOptional(common.minLabel), maxLabel: tidyOptional(common.maxLabel) };
    case 'number':
      return { ...common, unit: tidyOptional(common.unit) };
    default:
      return common;
  }
}

/** The draft as it is sent: empty translations and empty optional texts left out. */
export function tidy(draft: Draft): Draft {
  return {
    sections: draft.sections.map((s) => ({
      ...s,
      title: tidyText(s.title),
      intro: tidyOptional(s.intro),
      questions: s.questions.map(tidyQuestion),
    })),
  };
}

/** Problems by field path ("sections.0.questions.2.label.fi"), from the domain's or the server's check. */
export function problemsByPath<M>(problems: { path: string | readonly PropertyKey[]; message: M }[]) {
  const found = new Map<string, M[]>();
  for (const p of problems) {
    const path = (typeof p.path === 'string' ? p.path : p.path.map(String).join('.')).replace(
      /^content\.?/,
      '',
    );
    found.set(path, [...(found.get(path) ?? []), p.message]);
  }
  return found;
}

/** The problems at a field and under it, for a part of the form that shows them together. */
export function problemsUnder<M>(problems: ReadonlyMap<string, M[]>, prefix: string): M[] {
  return [...problems]
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .flatMap(([, m]) => m);
}
