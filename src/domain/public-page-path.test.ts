import { describe, expect, it } from 'vitest';
import { ecosystemPath, pathWord } from './public-page-path.js';
import { publicPagePath } from './public-pages.js';

describe('a public page’s suggested address', () => {
  it('writes a town’s name in ASCII lower case with dashes', () => {
    expect(pathWord('Hämeenlinna')).toBe('hameenlinna');
    expect(pathWord('Pedersören kunta')).toBe('pedersoren-kunta');
    expect(pathWord('  Åland – Ahvenanmaa ')).toBe('aland-ahvenanmaa');
  });

  it('puts an ecosystem under its town without naming the town twice', () => {
    expect(ecosystemPath('savonlinnan-metsabiotalous', 'Savonlinna')).toBe('savonlinna/metsabiotalous');
    expect(ecosystemPath('vety', 'Raahe')).toBe('raahe/vety');
    expect(ecosystemPath('kaupunkiseutu', null)).toBe('kaupunkiseutu');
    expect(publicPagePath.safeParse(ecosystemPath('savonlinnan-metsabiotalous', 'Savonlinna')).success).toBe(
      true,
    );
  });
});
