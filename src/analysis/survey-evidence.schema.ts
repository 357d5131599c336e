/** The mapping rounds' evidence in a situational picture, as it leaves Solmu (see survey-evidence.ts). */
import { z } from 'zod';

const label = z
  .object({ fi: z.string(), sv: z.string().nullish(), en: z.string().nullish() })
  .meta({ id: 'SurveyLabel', description: 'Text in Finnish, and in Swedish and English when written' });

export const mappingEvidenceSchema = z
  .object({
    rounds: z.array(
      z.object({
        id: z.string(),
        name: label,
        respondents: z.number().int().nonnegative().describe('Respondents who submitted'),
        codedAnswers: z.number().int().nonnegative().describe('Answers an editor coded into themes'),
      }),
    ),
    themes: z.array(
      z.object({
        theme: z.string(),
        n: z.number().int().nonnegative().describe('Respondents whose answers carry the theme'),
        answers: z.number().int().nonnegative().describe('Answers coded with the theme'),
        questionKeys: z.array(z.string()),
      }),
    ),
    quotes: z.array(
      z.object({
        text: z.string(),
        questionKey: z.string(),
        questionLabel: label,
        theme: z.string().optional().describe('The quote’s most common theme'),
        themes: z.array(z.string()),
      }),
    ),
  })
  .meta({
    id: 'MappingEvidence',
    description:
      'Themes and usable quotes of the mapping rounds in the scope that the caller may read; a quote never names its respondent',
  });

export type MappingEvidence = z.infer<typeof mappingEvidenceSchema>;
