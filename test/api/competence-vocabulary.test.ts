import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';
import { API, Factory } from './fixtures.js';

/** The vocabulary grows with use: new terms under a theme, near matches found first, duplicates merged. */
const { app, db, call } = await testApp();
const f = new Factory(call);
const editor = caller(
  app,
  (await grantToken(db, { email: 'ed@test.example', workspace: 'test', role: 'editor' })).token,
);

const competence = (slug: string, nameFi: string, extra: Record<string, unknown> = {}) =>
  f.post('competences', { slug, nameFi, visibility: 'public', ...extra });

const energy = await competence('energia', 'Energia', { isTheme: true, nameSv: 'Energi', nameEn: 'Energy' });
const water = await competence('vesitalous', 'Vesitalous', { nameEn: 'Water management' });

describe('a new competence from a form', () => {
  it('stands under a theme, named in three languages', async () => {
    const made = await editor('POST', `${API}/competences`, {
      slug: 'vetytalous',
      nameFi: 'Vetytalous',
      nameSv: 'Väteekonomi',
      nameEn: 'Hydrogen economy',
      themeId: energy.id,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ nameSv: 'Väteekonomi', themeId: energy.id });
  });

  it('cannot stand under a competence that is not a theme, nor under itself', async () => {
    const under = await editor('POST', `${API}/competences`, {
      slug: 'jatevesi',
      nameFi: 'Jätevesi',
      themeId: water.id,
    });
    expect(under.status).toBe(422);
    expect(under.body.error.details[0].path).toBe('themeId');
    const self = await call('PATCH', `${API}/competences/${energy.id}`, { themeId: energy.id });
    expect(self.status).toBe(422);
  });

  it('is checked for near matches in any language before it is added', async () => {
    const near = await editor('GET', `${API}/competences/similar?name=${encodeURIComponent('vety-talous')}`);
    expect(near.status).toBe(200);
    expect(near.body.items[0]).toMatchObject({ slug: 'vetytalous', similarity: 1 });
    // One letter from "vetytalous", three from "vesitalous": both suggested, the nearer first.
    const typo = await editor('GET', `${API}/competences/similar?name=vetytalos`);
    expect(typo.body.items.map((c: { slug: string }) => c.slug)).toEqual(['vetytalous', 'vesitalous']);
    const english = await editor('GET', `${API}/competences/similar?name=energy`);
    expect(english.body.items.map((c: { slug: string }) => c.slug)).toEqual(['energia']);
    const nothing = await editor('GET', `${API}/competences/similar?name=kulttuurimatkailu`);
    expect(nothing.body.items).toEqual([]);
  });
});

describe('merging duplicates', () => {
  it('moves offers and needs to the competence that stays, without doubling one, and deletes the other', async () => {
    const kept = await competence('biotalous', 'Biotalous');
    const duplicate = await competence('bio-talous', 'Bio-talous');
    const [a, b] = [await f.id('organisations'), await f.id('organisations')];
    const offer = (organisationId: string, competenceId: unknown) =>
      f.post('organisation-competences', { organisationId, competenceId, direction: 'offer' });
    await offer(a, kept.id);
    await offer(a, duplicate.id);
    const moved = await offer(b, duplicate.id);

    const refused = await editor('POST', `${API}/competences/${duplicate.id}/merge`, { intoId: kept.id });
    expect(refused.status).toBe(403);
    const merged = await call('POST', `${API}/competences/${duplicate.id}/merge`, { intoId: kept.id });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body).toEqual({ intoId: kept.id, moved: 1, dropped: 1 });

    expect((await call('GET', `${API}/competences/${duplicate.id}`)).status).toBe(404);
    const offers = await call('GET', `${API}/organisation-competences?competenceId=${kept.id}&limit=10`);
    expect(offers.body.items.map((o: { organisationId: string }) => o.organisationId).sort()).toEqual(
      [a, b].sort(),
    );
    expect((await call('GET', `${API}/organisation-competences/${moved.id}`)).body.competenceId).toBe(
      kept.id,
    );
    const log = await db.selectFrom('auditLog').select('detail').where('action', '=', 'merge').execute();
    expect(JSON.stringify(log)).toContain('bio-talous');
  });

  it('refuses a merge into itself or into nothing', async () => {
    const one = await competence('yksi', 'Yksi');
    expect((await call('POST', `${API}/competences/${one.id}/merge`, { intoId: one.id })).status).toBe(422);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await call('POST', `${API}/competences/${one.id}/merge`, { intoId: missing })).status).toBe(422);
    expect((await call('POST', `${API}/competences/${missing}/merge`, { intoId: one.id })).status).toBe(404);
  });
});
