import { describe, expect, it } from 'vitest';
import { decimal, percent, signed } from './numbers';

// Intl writes Finnish and Swedish numbers with a comma and a no-break space between thousands.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('picture figures in the reader’s language', () => {
  it('rounds to the digits asked and formats by language', () => {
    expect(plain(decimal(1234.5678, 'fi'))).toBe('1 234,57');
    expect(decimal(1234.5678, 'en')).toBe('1,234.57');
    expect(decimal(0.12345, 'sv', 4)).toBe('0,1235'); // four decimals for PageRank, not Intl's three
    expect(decimal(3, 'fi', 0)).toBe('3');
  });

  it('writes shares as percentages with one decimal', () => {
    expect(plain(percent(0.1234, 'fi'))).toBe('12,3 %');
    expect(plain(percent(1, 'en'))).toBe('100 %');
  });

  it('signs changes, with a real minus sign', () => {
    expect(signed(3, 'fi')).toBe('+3');
    expect(signed(-2.5, 'en', 1)).toBe('−2.5');
    expect(signed(0, 'sv')).toBe('±0');
  });
});
