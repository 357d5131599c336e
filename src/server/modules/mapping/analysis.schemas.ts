/** What a round's analysis routes take and give (OpenAPI), in the shapes of src/analysis/survey*.ts. */
import { z } from 'zod';
import { QUESTION_TYPES } from '../../../domain/questionnaires.js';
import { text } from '../../../domain/common.js';
import { TEXT_LANGUAGES } from '../../../analysis/survey-text.js';

const uuidParam = (name: string, description: string) =>
  z.uuid().meta({ param: { name, in: 'path' }, description });

export const roundParam = z.object({ id: uuidParam('id', 'The mapping round') });
export const compareParams = roundParam.extend({
  otherId: uuidParam('otherId', 'The round to compare with'),
});

export const questionQuery = z.strictObject({
  question: z
    .string()
    .max(40)
    .optional()
    .meta({ description: 'An open question’s key; all open questions when absent' }),
});

export const exportQuery = z.strictObject({
  lang: z.enum(TEXT_LANGUAGES).default('fi').meta({ description: 'Language of labels and headers' }),
  delimiter: z
    .enum(['comma', 'semicolon'])
    .default('comma')
    .meta({ description: 'CSV only: semicolon for Finnish Excel (with a byte-order mark)' }),
});

const label = z.object({ fi: z.string(), sv: z.string().nullish(), en: z.string().nullish() });

const count = z.object({
  option: z.string(),
  label,
  n: z.number().int(),
  share: z.number().describe('Of those who answered the question'),
});

const questionSummary = z
  .object({
    key: z.string(),
    type: z.enum(QUESTION_TYPES),
    label,
    n: z.number().int().describe('Respondents who answered'),
    counts: z.array(count).optional(),
    mean: z.number().nullable().optional(),
    median: z.number().nullable().optional(),
    min: z.number().nullable().optional(),
    max: z.number().nullable().optional(),
    distribution: z.array(z.object({ value: z.number(), n: z.number().int() })).optional(),
    earliest: z.string().nullable().optional(),
    latest: z.string().nullable().optional(),
    texts: z.number().int().optional().describe('Open answers written'),
  })
  .meta({ id: 'QuestionSummary' });

const roundRef = z.object({ id: z.string(), name: label, version: z.number().int() });

const summaryFields = {
  respondents: z.number().int().describe('Respondents who submitted'),
  questions: z.array(questionSummary),
  byMunicipality: z.array(
    z.object({
      municipalityCode: z.string().nullable(),
      municipalityName: z.string().nullable(),
      n: z.number().int(),
    }),
  ),
  byKind: z.array(z.object({ kind: z.string().nullable(), n: z.number().int() })),
};

export const analysisSchema = z.object({ round: roundRef, ...summaryFields }).meta({ id: 'RoundAnalysis' });

export const comparisonSchema = z
  .object({
    first: roundRef,
    second: roundRef,
    respondents: z.object({ first: z.number().int(), second: z.number().int() }),
    shared: z.array(
      z.object({
        key: z.string(),
        type: z.enum(QUESTION_TYPES),
        label,
        first: questionSummary,
        second: questionSummary,
        meanChange: z.number().nullable().optional(),
        options: z
          .array(
            z.object({
              option: z.string(),
              first: z.number().int(),
              second: z.number().int(),
              shareChange: z.number(),
            }),
          )
          .optional(),
      }),
    ),
    onlyFirst: z.array(z.string()),
    onlySecond: z.array(z.string()),
    differentType: z.array(z.string()),
  })
  .meta({ id: 'RoundComparison' });

export const textsSchema = z
  .object({
    data: z.array(
      z.object({
        respondentId: z.string(),
        respondentName: z.string(),
        organisationName: z.string().nullable(),
        questionKey: z.string(),
        text: z.string(),
        themes: z.array(z.string()),
        usable: z.boolean().describe('Marked as a quote usable in the report'),
      }),
    ),
  })
  .meta({ id: 'RoundTexts' });

export const suggestionsSchema = z
  .object({
    data: z.array(
      z.object({
        stem: z.string(),
        terms: z.array(z.string()),
        n: z.number().int().describe('Answers using the stem'),
        count: z.number().int().describe('Times it occurs'),
        language: z.enum(TEXT_LANGUAGES),
      }),
    ),
  })
  .meta({ id: 'ThemeSuggestions' });

const answerKey = { respondentId: z.string().max(40), questionKey: z.string().max(40) };

export const codesBody = z.strictObject({
  ...answerKey,
  themes: z
    .array(text.trim().min(1).max(100))
    .max(20)
    .meta({ description: 'The answer’s themes; [] removes them' }),
});
export const codesSchema = z
  .object({ respondentId: z.string(), questionKey: z.string(), themes: z.array(z.string()) })
  .meta({ id: 'AnswerCodes' });

export const quoteBody = z.strictObject({ ...answerKey, usable: z.boolean() });
export const quoteSchema = z
  .object({ respondentId: z.string(), questionKey: z.string(), usable: z.boolean() })
  .meta({ id: 'AnswerQuote' });
