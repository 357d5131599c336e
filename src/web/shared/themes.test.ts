import { describe, expect, it } from 'vitest';
import { isKnownTheme, themeText, type Theme } from './themes';

const VOCABULARY: Theme[] = [
  {
    slug: 'metsabiotalous',
    nameFi: 'metsäbiotalous',
    nameSv: 'skogsbioekonomi',
    nameEn: 'forest bioeconomy',
  },
  { slug: 'ouluhealth', nameFi: 'OuluHealth', nameSv: null, nameEn: null },
];

describe('a theme in the reader’s language', () => {
  it('is found by its slug or by its name in any language, ignoring case', () => {
    for (const written of [
      'metsäbiotalous',
      'Metsäbiotalous ',
      'skogsbioekonomi',
      'Forest bioeconomy',
      'metsabiotalous',
    ])
      expect(themeText(written, VOCABULARY, 'sv')).toEqual({ text: 'skogsbioekonomi', lang: 'sv' });
    expect(themeText('skogsbioekonomi', VOCABULARY, 'fi')).toEqual({ text: 'metsäbiotalous', lang: 'fi' });
  });

  it('falls back to Finnish where the vocabulary has no translation', () => {
    expect(themeText('ouluhealth', VOCABULARY, 'en')).toEqual({ text: 'OuluHealth', lang: 'fi' });
  });

  it('is shown as written, marked Finnish, when the vocabulary does not hold it', () => {
    expect(themeText('vetytalous', VOCABULARY, 'en')).toEqual({ text: 'vetytalous', lang: 'fi' });
    expect(isKnownTheme('vetytalous', VOCABULARY)).toBe(false);
    expect(isKnownTheme('FOREST BIOECONOMY', VOCABULARY)).toBe(true);
  });
});
