import { describe, expect, it } from 'vitest';
import { testApp } from '../db.js';
import { API, Factory } from './fixtures.js';

/** A strategy for a town (municipality), beside the ecosystems' and the networks' strategies. */
const { call } = await testApp();
const f = new Factory(call);
const town = { scope: 'municipality', titleFi: 'Iisalmen elinvoimaohjelma', startYear: 2025, endYear: 2027 };

describe('a town strategy', () => {
  it('belongs to its municipality and is listed under it', async () => {
    const made = await call('POST', `${API}/strategies`, { ...town, municipalityCode: '140' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ scope: 'municipality', municipalityCode: '140', ecosystemId: null });
    const listed = await call('GET', `${API}/strategies?municipalityCode=140`);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([made.body.id]);
  });

  it('names its municipality and nothing else', async () => {
    const without = await call('POST', `${API}/strategies`, town);
    expect(without.status).toBe(422);
    expect(without.body.error.code).toBe('scope_mismatch');
    const both = await call('POST', `${API}/strategies`, {
      ...town,
      municipalityCode: '140',
      ecosystemId: await f.id('ecosystems'),
    });
    expect(both.status).toBe(422);
    const ecosystemWithTown = await call('POST', `${API}/strategies`, {
      ...town,
      scope: 'ecosystem',
      ecosystemId: await f.id('ecosystems'),
      municipalityCode: '140',
    });
    expect(ecosystemWithTown.status).toBe(422);
  });

  it('refuses a municipality that does not exist', async () => {
    const unknown = await call('POST', `${API}/strategies`, { ...town, municipalityCode: '999' });
    expect(unknown.status).toBe(422);
  });
});
