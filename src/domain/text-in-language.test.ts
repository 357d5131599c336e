import { describe, expect, it } from 'vitest';
import { textIn } from './text-in-language.js';

describe('a record’s text in the reader’s language', () => {
  const call = { titleFi: 'Haku', titleSv: 'Utlysning', titleEn: '  ' };

  it('reads the language’s own column', () => {
    expect(textIn(call, 'title', 'sv')).toBe('Utlysning');
    expect(textIn(call, 'title', 'fi')).toBe('Haku');
  });

  it('reads Finnish where the language’s text is missing or blank', () => {
    expect(textIn(call, 'title', 'en')).toBe('Haku');
    expect(textIn({ nameFi: 'Kuopio', nameSv: null }, 'name', 'sv')).toBe('Kuopio');
  });

  it('is null when the record has no text at all', () => {
    expect(textIn({ unitFi: null, unitSv: 'st', unitEn: null }, 'unit', 'en')).toBeNull();
  });
});
