/**
 * A mapping round's questionnaire: sections of questions in Finnish, Swedish and English, and what an
 * answer to each question may be. The content is one JSON document per questionnaire version, checked
 * here (unique keys, conditions that look back, options that exist), so that an answer can always be
 * read against the version it answered.
 */
import { z } from 'zod';
import { businessId, isoDate, municipalityCode, opt, text } from './common.js';
import { ORGANISATION_KINDS, RELATION_KINDS } from './enums.js';

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'scale',
  'number',
  'text',
  'date',
  'yesno',
  'competences',
  'actors',
  'partners',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A stable key: answers and conditions name questions and options by it, whatever the labels say. */
const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lowercase letters, digits and underscores, starting with a letter');

/** Text in three languages: Finnish is required, Swedish and English may follow. */
const localText = (max: number) =>
  z.strictObject({
    fi: text.trim().min(1).max(max),
    sv: opt(text.trim().min(1).max(max)),
    en: opt(text.trim().min(1).max(max)),
  });
export type LocalText = z.infer<ReturnType<typeof localText>>;

const label = localText(500);
const help = localText(2000);

const option = z.strictObject({ key, label: localText(200) });

/** Show a question only when an earlier answer is this value (or, for several choices, includes it). */
const condition = z.strictObject({
  question: key,
  equals: z.union([z.string().max(40), z.boolean(), z.number()]),
});

const base = {
  key,
  label,
  help: help.optional(),
  required: z.boolean().default(false),
  showIf: condition.optional(),
};

const choices = z.array(option).min(2).max(50);

export const question = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('single'), options: choices }),
  z.strictObject({ ...base, type: z.literal('multiple'), options: choices }),
  z.strictObject({
    ...base,
    type: z.literal('scale'),
    min: z.number().int().min(0).max(1),
    max: z.number().int().min(2).max(10),
    minLabel: localText(100).optional(),
    maxLabel: localText(100).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: localText(50).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('text'), long: z.boolean().default(false) }),
  z.strictObject({ ...base, type: z.literal('date') }),
  z.strictObject({ ...base, type: z.literal('yesno') }),
  z.strictObject({
    ...base,
    type: z.literal('competences'),
    direction: z.enum(['offer', 'need']),
    allowNew: z.boolean().default(true),
  }),
  z.strictObject({
    ...base,
    type: z.literal('actors'),
    maxItems: z.number().int().min(1).max(50).default(10),
  }),
  // The name generator: "who do you work with on X?", each tie with its kind and strength.
  z.strictObject({
    ...base,
    type: z.literal('partners'),
    relationKinds: z.array(z.enum(RELATION_KINDS)).min(1),
    maxItems: z.number().int().min(1).max(50).default(15),
  }),
]);
export type Question = z.infer<typeof question>;

export const section = z.strictObject({
  key,
  title: label,
  intro: help.optional(),
  questions: z.array(question).min(1).max(60),
});
export type Section = z.infer<typeof section>;

/** Questions whose answer a later condition may test: one value to compare. */
const TESTABLE: ReadonlySet<QuestionType> = new Set(['single', 'multiple', 'yesno', 'scale', 'number']);
const MAX_QUESTIONS = 200;

export const questionnaireContent = z
  .strictObject({ sections: z.array(section).min(1).max(20) })
  .superRefine((content, ctx) => {
    const seen = new Map<string, Question>();
    const sectionKeys = new Set<string>();
    content.sections.forEach((s, si) => {
      if (sectionKeys.has(s.key))
        ctx.addIssue({ code: 'custom', path: ['sections', si, 'key'], message: `Section ${s.key} twice` });
      sectionKeys.add(s.key);
      s.questions.forEach((q, qi) => {
        const path = ['sections', si, 'questions', qi];
        if (seen.has(q.key))
          ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: `Question ${q.key} twice` });
        for (const problem of conditionProblems(q, seen))
          ctx.addIssue({ code: 'custom', path: [...path, 'showIf'], message: problem });
        for (const problem of optionProblems(q))
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: problem });
        if (q.type === 'scale' && q.min >= q.max)
          ctx.addIssue({ code: 'custom', path: [...path, 'max'], message: 'max must be above min' });
        if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max)
          ctx.addIssue({ code: 'custom', path: [...path, 'max'], message: 'max must not be below min' });
        seen.set(q.key, q);
      });
    });
    if (seen.size > MAX_QUESTIONS)
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `At most ${MAX_QUESTIONS} questions` });
  });
export type QuestionnaireContent = z.infer<typeof questionnaireContent>;

function optionProblems(q: Question): string[] {
  if (q.type !== 'single' && q.type !== 'multiple') return [];
  const keys = q.options.map((o) => o.key);
  return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `Option ${k} twice`);
}

/** A condition looks back at an earlier question that has one value to compare, and at a value it can have. */
function conditionProblems(q: Question, earlier: ReadonlyMap<string, Question>): string[] {
  if (!q.showIf) return [];
  const target = earlier.get(q.showIf.question);
  if (!target) return [`The condition names ${q.showIf.question}, which is not an earlier question`];
  if (!TESTABLE.has(target.type)) return [`The answer to ${target.key} cannot be compared`];
  const value = q.showIf.equals;
  if (target.type === 'yesno')
    return typeof value === 'boolean' ? [] : ['Compare a yes/no answer with true or false'];
  if (target.type === 'scale' || target.type === 'number')
    return typeof value === 'number' ? [] : [`Compare the answer to ${target.key} with a number`];
  const options = target.type === 'single' || target.type === 'multiple' ? target.options : [];
  return options.some((o) => o.key === value) ? [] : [`${String(value)} is not an option of ${target.key}`];
}

/** Every question in order, with its section. */
export const questionsOf = (content: QuestionnaireContent): Question[] =>
  content.sections.flatMap((s) => s.questions);

// ---- Answers ----

const competenceAnswer = z.union([
  z.strictObject({ competenceId: z.uuid() }),
  z.strictObject({ name: text.trim().min(1).max(100) }),
]);

const newActor = z.strictObject({
  name: text.trim().min(1).max(300),
  municipalityCode: municipalityCode.optional(),
  kind: z.enum(ORGANISATION_KINDS).default('company'),
  businessId: businessId.optional(),
});

/** One tie from the name generator: an organisation of the roster or a new one, its kind and strength. */
const partnerAnswer = (kinds: readonly string[]) =>
  z
    .strictObject({
      organisationId: z.uuid().optional(),
      newActor: newActor.optional(),
      kind: z.string().refine((k) => kinds.includes(k), { message: `One of ${kinds.join(', ')}` }),
      strength: z.number().int().min(1).max(5),
    })
    .refine((p) => (p.organisationId === undefined) !== (p.newActor === undefined), {
      message: 'Name an organisation of the roster or a new one, not both',
    });

const unique = <T>(items: T[], keyOf: (item: T) => string) => new Set(items.map(keyOf)).size === items.length;

/** Answer checks already built, by question: building a zod schema costs more than using it. */
const answerSchemas = new WeakMap<Question, z.ZodType>();

/** What an answer to this question may be. */
export function answerSchemaOf(q: Question): z.ZodType {
  let schema = answerSchemas.get(q);
  if (!schema) answerSchemas.set(q, (schema = buildAnswerSchema(q)));
  return schema;
}

function buildAnswerSchema(q: Question): z.ZodType {
  switch (q.type) {
    case 'single':
      return z.enum(q.options.map((o) => o.key) as [string, ...string[]]);
    case 'multiple':
      return z
        .array(z.enum(q.options.map((o) => o.key) as [string, ...string[]]))
        .min(1)
        .refine((v) => unique(v, String), { message: 'An option is chosen twice' });
    case 'scale':
      return z.number().int().min(q.min).max(q.max);
    case 'number': {
      let n = z.number();
      if (q.min !== undefined) n = n.min(q.min);
      if (q.max !== undefined) n = n.max(q.max);
      return n;
    }
    case 'text':
      return text
        .trim()
        .min(1)
        .max(q.long ? 5000 : 500);
    case 'date':
      return isoDate;
    case 'yesno':
      return z.boolean();
    case 'competences': {
      const item = q.allowNew ? competenceAnswer : z.strictObject({ competenceId: z.uuid() });
      return z
        .array(item)
        .min(1)
        .max(50)
        .refine((v) => unique(v, (c) => JSON.stringify(c)), { message: 'A competence is named twice' });
    }
    case 'actors':
      return z
        .array(z.uuid())
        .min(1)
        .max(q.maxItems)
        .refine((v) => unique(v, String), { message: 'An organisation is named twice' });
    case 'partners':
      return z
        .array(partnerAnswer(q.relationKinds))
        .min(1)
        .max(q.maxItems)
        .refine((v) => unique(v, (p) => `${p.organisationId ?? p.newActor?.name.toLowerCase()}|${p.kind}`), {
          message: 'The same tie is named twice',
        });
  }
}

export type Answers = Record<string, unknown>;

/** Whether a question is shown, given the answers so far: its condition, if any, holds. */
function conditionHolds(q: Question, answers: Answers): boolean {
  if (!q.showIf) return true;
  const value = answers[q.showIf.question];
  return Array.isArray(value) ? value.includes(q.showIf.equals) : value === q.showIf.equals;
}

/** The questions a respondent sees with these answers; a hidden question's condition hides what follows it too. */
export function visibleQuestions(content: QuestionnaireContent, answers: Answers): Question[] {
  const shown = new Set<string>();
  const out: Question[] = [];
  for (const q of questionsOf(content)) {
    if (q.showIf && !shown.has(q.showIf.question)) continue;
    if (!conditionHolds(q, answers)) continue;
    shown.add(q.key);
    out.push(q);
  }
  return out;
}

export type AnswerProblem = {
  path: string;
  code: 'unknown_question' | 'hidden_question' | 'invalid_answer' | 'required';
  message: string;
};

/**
 * What is wrong with a set of answers: a key that is no question, an answer to a question its conditions
 * hide, a value that does not fit its question; and, when the respondent submits, a required question left
 * unanswered. A draft may be incomplete, never wrong.
 */
export function answerProblems(
  content: QuestionnaireContent,
  answers: Answers,
  mode: 'draft' | 'submit',
): AnswerProblem[] {
  const all = new Map(questionsOf(content).map((q) => [q.key, q]));
  const visible = new Set(visibleQuestions(content, answers).map((q) => q.key));
  const problems: AnswerProblem[] = [];
  for (const [k, value] of Object.entries(answers)) {
    const q = all.get(k);
    if (!q) problems.push({ path: k, code: 'unknown_question', message: `No question ${k}` });
    else if (!visible.has(k))
      problems.push({ path: k, code: 'hidden_question', message: `${k} is not asked with these answers` });
    else {
      const parsed = answerSchemaOf(q).safeParse(value);
      if (!parsed.success)
        problems.push({
          path: k,
          code: 'invalid_answer',
          message: parsed.error.issues[0]?.message ?? 'Invalid answer',
        });
    }
  }
  if (mode === 'submit')
    for (const q of all.values())
      if (q.required && visible.has(q.key) && answers[q.key] === undefined)
        problems.push({ path: q.key, code: 'required', message: `${q.key} needs an answer` });
  return problems;
}
