import { describe, expect, it } from 'vitest';
import { changeAddress, hasNeed, readAddress, toQuery } from './query';

describe('the partner search address', () => {
  it('reads only the search keys, without empty ones', () => {
    const a = readAddress(new URLSearchParams('competenceId=c1&scope=finland&q=&colour=red'));
    expect(a).toEqual({ competenceId: 'c1', scope: 'finland' });
    expect(hasNeed(a)).toBe(true);
    expect(hasNeed({ scope: 'town' })).toBe(false);
  });

  it('asks the API for all of Finland until a town or network is chosen', () => {
    expect(toQuery({ q: 'vety', scope: 'town' })).toEqual({ q: 'vety', limit: 20 });
    expect(toQuery({ q: 'vety', scope: 'town', scopeId: '140', offset: '20' })).toEqual({
      q: 'vety',
      scope: 'town',
      scopeId: '140',
      limit: 20,
      offset: 20,
    });
    expect(toQuery({ q: 'vety', scope: 'innokaupungit', scopeId: 'x' })).toEqual({
      q: 'vety',
      scope: 'innokaupungit',
      limit: 20,
    });
  });

  it('replaces the need with a new one and starts again from the first page', () => {
    const a = { competenceId: 'c1', scope: 'finland', kind: 'rdi', offset: '40' };
    expect(changeAddress(a, { q: 'akku' })).toEqual({ q: 'akku', scope: 'finland', kind: 'rdi' });
    expect(changeAddress(a, { kind: '' })).toEqual({ competenceId: 'c1', scope: 'finland' });
    expect(changeAddress(a, { offset: '60' })).toEqual({ ...a, offset: '60' });
  });
});
