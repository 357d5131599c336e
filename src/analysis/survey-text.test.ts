/** Theme suggestions from real open answers in Finnish, Swedish and English. */
import { describe, expect, it } from 'vitest';
import { guessLanguage, stems, themeSuggestions, words } from './survey-text.js';

const FI = [
  'Metsäteollisuus ja puurakentaminen ovat alueen vahvuus, ja metsäosaaminen on korkealla tasolla.',
  'Yhteistyö oppilaitosten kanssa toimii, mutta rahoitusta tarvittaisiin lisää.',
  'Puurakentaminen kasvaa, ja yhteistyö yritysten välillä on lisääntynyt.',
];
const SV = 'Vi har ett starkt samarbete kring skogsindustri och träbyggande i regionen.';
const EN = 'The forest industry and wood construction are the strengths of the region.';

describe('the language of an answer', () => {
  it('is guessed from the common words it uses', () => {
    expect(FI.map(guessLanguage)).toEqual(['fi', 'fi', 'fi']);
    expect(guessLanguage(SV)).toBe('sv');
    expect(guessLanguage(EN)).toBe('en');
  });

  it('falls back on letters, and gives no guess when there is no sign', () => {
    expect(guessLanguage('Skogsgården')).toBe('sv');
    expect(guessLanguage('Metsä')).toBe('fi');
    expect(guessLanguage('Puu')).toBeNull();
  });
});

describe('stems', () => {
  it('splits words in lower case, keeping hyphens inside a word', () => {
    expect(words('Bio-energia, PUU ja Metsä’s!')).toEqual(['bio-energia', 'puu', 'ja', "metsä's"]);
  });

  it('leaves out common words and stems the rest with the language’s Snowball stemmer', () => {
    expect(stems(SV, 'sv').map((s) => s.stem)).toEqual([
      'stark',
      'samarbet',
      'kring',
      'skogsindustri',
      'träbygg',
      'region',
    ]);
    expect(stems(EN, 'en').map((s) => s.stem)).toEqual([
      'forest',
      'industri',
      'wood',
      'construct',
      'strength',
      'region',
    ]);
    expect(stems('Yhteistyö oppilaitosten kanssa', 'fi').map((s) => s.stem)).toEqual([
      'yhteistyö',
      'oppilaitost',
    ]);
  });
});

describe('theme suggestions', () => {
  const suggestions = themeSuggestions([...FI.map((text) => ({ text })), { text: SV }, { text: EN }]);

  it('puts first the stems most answers use, with the words they came from', () => {
    expect(suggestions[0]).toEqual({
      stem: 'puurakentamin',
      terms: ['puurakentaminen'],
      n: 2,
      count: 2,
      language: 'fi',
    });
    expect(suggestions[1]).toEqual({
      stem: 'yhteistyö',
      terms: ['yhteistyö'],
      n: 2,
      count: 2,
      language: 'fi',
    });
    expect(suggestions.every((s) => s.n >= 1 && s.terms.length >= 1)).toBe(true);
  });

  it('keeps the languages apart: the same stem in Swedish and English is two suggestions', () => {
    expect(
      suggestions
        .filter((s) => s.stem === 'region')
        .map((s) => s.language)
        .sort(),
    ).toEqual(['en', 'sv']);
  });

  it('counts an answer once however often it uses a stem, and uses the respondent’s language when known', () => {
    const [first] = themeSuggestions([{ text: 'Skog, skogen och skogarna.', language: 'sv' }]);
    expect(first).toEqual({
      stem: 'skog',
      terms: ['skog', 'skogarna', 'skogen'],
      n: 1,
      count: 3,
      language: 'sv',
    });
  });

  it('gives no common word as a theme', () => {
    expect(themeSuggestions([{ text: 'ja ja mutta kuitenkin' }])).toEqual([]);
  });
});
