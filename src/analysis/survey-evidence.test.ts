/** The mapping rounds' evidence in a picture: themes by respondents, quotes without their respondents. */
import { describe, expect, it } from 'vitest';
import { buildPicture } from './picture.js';
import { pictureSchema } from './picture.schema.js';
import { mappingEvidence, type EvidenceInput } from './survey-evidence.js';
import { townInput } from '../../test/support/analysis/town.js';

const code = (respondentId: string, questionKey: string, theme: string) => ({
  roundId: 'r1',
  respondentId,
  questionKey,
  theme,
});
const strengths = { fi: 'Mitkä ovat ekosysteemin vahvuudet?' };
const input: EvidenceInput = {
  rounds: [{ id: 'r1', name: { fi: 'Toukokuun haastattelut' }, respondents: 3 }],
  codes: [
    code('anna', 'strengths', 'Puurakentaminen'),
    code('anna', 'growth_areas', 'puurakentaminen'),
    code('anna', 'strengths', 'Yhteistyö'),
    code('ben', 'strengths', 'Puurakentaminen'),
    code('cilla', 'challenges', 'Rahoitus'),
  ],
  quotes: [
    {
      roundId: 'r1',
      respondentId: 'anna',
      questionKey: 'strengths',
      questionLabel: strengths,
      text: 'Puurakentamisen osaaminen on meillä vahvaa.',
    },
  ],
};

describe('the mapping evidence of a picture', () => {
  const evidence = mappingEvidence(input);

  it('counts each theme by the respondents whose answers carry it, whatever its case', () => {
    expect(evidence.themes).toEqual([
      { theme: 'Puurakentaminen', n: 2, answers: 3, questionKeys: ['growth_areas', 'strengths'] },
      { theme: 'Rahoitus', n: 1, answers: 1, questionKeys: ['challenges'] },
      { theme: 'Yhteistyö', n: 1, answers: 1, questionKeys: ['strengths'] },
    ]);
    expect(evidence.rounds).toEqual([
      { id: 'r1', name: { fi: 'Toukokuun haastattelut' }, respondents: 3, codedAnswers: 4 },
    ]);
  });

  it('gives a quote its text, question and themes, and nothing of who said it', () => {
    expect(evidence.quotes).toEqual([
      {
        text: 'Puurakentamisen osaaminen on meillä vahvaa.',
        questionKey: 'strengths',
        questionLabel: strengths,
        theme: 'Puurakentaminen',
        themes: ['Puurakentaminen', 'Yhteistyö'],
      },
    ]);
    expect(JSON.stringify(evidence)).not.toContain('anna');
  });

  it('is part of the picture, valid against its schema, and empty without rounds', () => {
    const picture = buildPicture({ ...townInput(), mappingEvidence: input });
    expect(() => pictureSchema.parse(picture)).not.toThrow();
    expect(picture.mappingEvidence?.themes[0]?.theme).toBe('Puurakentaminen');
    expect(buildPicture(townInput()).mappingEvidence).toEqual({ rounds: [], themes: [], quotes: [] });
  });
});
