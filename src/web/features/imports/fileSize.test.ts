import { describe, expect, it } from 'vitest';
import { fileSizeText } from './fileSize';

describe("a file's size", () => {
  it('is written in the page language, with its decimal comma and units', () => {
    expect(fileSizeText(22_570, 'fi')).toBe('22,0 kt');
    expect(fileSizeText(22_570, 'sv')).toBe('22,0 kB');
    expect(fileSizeText(22_570, 'en')).toBe('22.0 kB');
    expect(fileSizeText(3 * 1024 * 1024 + 200_000, 'fi')).toBe('3,2 Mt');
    expect(fileSizeText(512, 'fi')).toBe('512 t');
  });
});
