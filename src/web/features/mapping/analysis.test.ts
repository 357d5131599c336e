import { describe, expect, it } from 'vitest';
import type { OpenAnswer } from './api-types';
import { answersToCode, percent, suggestionTheme, withTheme } from './analysis';

const answer = (respondentId: string, text: string, themes: string[] = []): OpenAnswer => ({
  respondentId,
  respondentName: 'Vastaaja',
  organisationName: null,
  questionKey: 'strengths',
  text,
  themes,
  usable: false,
});

describe('the analysis page', () => {
  it('gives shares as whole percents, none of nothing', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  it('adds a theme once, whatever its case and spacing', () => {
    expect(withTheme(['Puu'], '  metsä   talous ')).toEqual(['Puu', 'metsä talous']);
    expect(withTheme(['Puu'], 'puu')).toEqual(['Puu']);
    expect(withTheme(['Puu'], '  ')).toEqual(['Puu']);
  });

  it('applies a suggestion to the answers that use its words and lack its theme', () => {
    const suggestion = {
      stem: 'metsä',
      terms: ['metsä', 'metsät', 'metsien'],
      n: 3,
      count: 4,
      language: 'fi',
    };
    expect(suggestionTheme(suggestion)).toBe('metsä');
    expect(suggestionTheme({ ...suggestion, terms: [] })).toBe('metsä');
    const answers = [
      answer('a', 'Metsät ja vesistöt ovat vahvuus.'),
      answer('b', 'Metsäteollisuus vetää.'),
      answer('c', 'Metsien käyttö', ['Metsä']),
      answer('d', 'Osaava väki; metsien hoito.'),
    ];
    expect(answersToCode(answers, suggestion).map((a) => a.respondentId)).toEqual(['a', 'd']);
  });
});
