import { describe, expect, it } from 'vitest';
import { bodyOf, EMPTY_FORM, validate } from './model';

describe('the website of the organisation form', () => {
  it('takes an address without its scheme as https, as an import does', () => {
    const body = bodyOf({ ...EMPTY_FORM, nameFi: 'Testi Oy', website: ' www.example.fi ' }, 'create');
    expect(body.website).toBe('https://www.example.fi');
    expect(validate(body, 'create').success).toBe(true);
  });

  it('keeps an address with a scheme, and the schema still refuses one that is not http or https', () => {
    const kept = bodyOf({ ...EMPTY_FORM, nameFi: 'Testi Oy', website: 'http://example.fi' }, 'create');
    expect(kept.website).toBe('http://example.fi');
    const ftp = bodyOf({ ...EMPTY_FORM, nameFi: 'Testi Oy', website: 'ftp://example.fi' }, 'create');
    expect(validate(ftp, 'create').success).toBe(false);
  });
});
