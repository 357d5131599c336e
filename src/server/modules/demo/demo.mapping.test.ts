/**
 * The demo's example mapping round: the data file keeps its rules, and the loader writes the round
 * through the mapping services with every fact its fictional answers prove marked as example data.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_WORLD, SAVONLINNA_ECOSYSTEM } from '../../../../data/demo/index.js';
import { SAVONLINNA_RESPONDENTS, SAVONLINNA_ROUND } from '../../../../data/demo/mapping-savonlinna.js';
import { testApp } from '../../../../test/db.js';
import { loadDemoWorld } from './demo.service.js';

const { db, call } = await testApp();
await loadDemoWorld(db);

const interviewed = SAVONLINNA_RESPONDENTS.filter((r) => r.answers && r.interviewedOn);
const partners = interviewed.flatMap((r) => r.answers!.partners ?? []);
const newActorNames = [...new Set(partners.flatMap((p) => p.newActor?.name ?? []))];
const exampleKeys = new Set(DEMO_WORLD.examples.organisations.map((o) => o.key));
const realKeys = new Set(DEMO_WORLD.organisations.map((o) => o.key));

/** Every text a respondent's answers hold. */
const textsOf = (r: (typeof SAVONLINNA_RESPONDENTS)[number]) =>
  Object.values(r.answers ?? {}).filter((v): v is string => typeof v === 'string');
const answerOf = (r: (typeof SAVONLINNA_RESPONDENTS)[number], key: string) =>
  (r.answers as Record<string, unknown> | undefined)?.[key];

const round = (
  await db
    .selectFrom('mappingRounds')
    .selectAll()
    .where('nameFi', '=', SAVONLINNA_ROUND.nameFi)
    .executeTakeFirstOrThrow()
).id;

describe('the Savonlinna mapping data', () => {
  it('ties only to example organisations or new actors named as examples', () => {
    expect(partners.length).toBeGreaterThan(0);
    for (const p of partners) {
      if (p.org) expect(exampleKeys.has(p.org), p.org).toBe(true);
      if (p.org) expect(p.org).toMatch(/^example-/);
      else expect(p.newActor?.name).toMatch(/^Esimerkki: /);
    }
    expect(newActorNames).toHaveLength(1);
  });

  it('asks real actors only, names no person and has a role for an interviewer', () => {
    for (const r of SAVONLINNA_RESPONDENTS) expect(realKeys.has(r.org), r.org).toBe(true);
    // Two capitalised words side by side, as a first and a last name ("Matti Meikäläinen"): none.
    const fullName = /[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+/;
    const texts = SAVONLINNA_RESPONDENTS.flatMap(textsOf);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => fullName.test(t))).toEqual([]);
    expect(fullName.test(SAVONLINNA_ROUND.interviewer)).toBe(false);
  });

  it('codes and quotes only the open answers each respondent gave', () => {
    for (const r of SAVONLINNA_RESPONDENTS) {
      const keys = [...Object.keys(r.codes ?? {}), ...(r.quotes ?? [])];
      for (const k of keys) expect(typeof answerOf(r, k), k).toBe('string');
    }
  });
});

describe('the Savonlinna mapping round in the demo', () => {
  it('is a closed example round of the ecosystem, from May 2022', async () => {
    const res = await call('GET', `/api/v1/mapping-rounds/${round}`);
    expect(res.status).toBe(200);
    const ecosystem = (await call('GET', `/api/v1/ecosystems/${SAVONLINNA_ECOSYSTEM}`)).body;
    expect(res.body).toMatchObject({
      scope: 'ecosystem',
      ecosystemId: ecosystem.id,
      opensOn: SAVONLINNA_ROUND.opensOn,
      closesOn: SAVONLINNA_ROUND.closesOn,
    });
    expect(Date.parse(res.body.closedAt)).toBeLessThan(Date.parse('2022-06-01T00:00:00Z'));
    expect(res.body.example).toBe(true);
    const questionnaire = await call('GET', `/api/v1/questionnaires/${res.body.questionnaireId}`);
    for (const lang of ['Fi', 'Sv', 'En'])
      expect(questionnaire.body[`privacyNotice${lang}`]).toMatch(/Savonlinnan Hankekehitys Oy/);
  });

  it('has 9 respondents, 7 of them interviewed in May 2022 and submitted', async () => {
    const respondents = (await call('GET', `/api/v1/mapping-rounds/${round}/respondents`)).body.data as {
      state: string;
      mode: string;
      interviewer: string | null;
      interviewedOn: string | null;
      submittedAt: string | null;
    }[];
    expect(respondents).toHaveLength(SAVONLINNA_RESPONDENTS.length);
    expect(respondents).toHaveLength(9);
    const submitted = respondents.filter((r) => r.state === 'submitted');
    expect(submitted).toHaveLength(7);
    for (const r of submitted) {
      expect(r.mode).toBe('interview');
      expect(r.interviewer).toBe(SAVONLINNA_ROUND.interviewer);
      expect(r.submittedAt!.slice(0, 10)).toBe(r.interviewedOn);
      expect(r.interviewedOn! >= '2022-05-02' && r.interviewedOn! <= '2022-05-31').toBe(true);
    }
    expect(respondents.filter((r) => r.state === 'not_opened')).toHaveLength(2);
  });

  it('accepted every tie as an example relation that names its proposal', async () => {
    const ties = (await call('GET', `/api/v1/mapping-rounds/${round}/proposals?kind=relation`)).body.data;
    expect(ties).toHaveLength(partners.length);
    for (const tie of ties) {
      expect(tie.status).toBe('accepted');
      const relation = await call('GET', `/api/v1/relations/${tie.recordId}`);
      expect(relation.status).toBe(200);
      expect(relation.body).toMatchObject({ source: 'example', answerProposalId: tie.id });
      expect(relation.body.startOn.startsWith('2022-05-')).toBe(true);
    }
  });

  it('adds the new actor once, as example data, with its second mention merged into it', async () => {
    const found = (await call('GET', `/api/v1/organisations?q=${encodeURIComponent('puumoduulitehdas')}`))
      .body.items;
    expect(found.map((o: { nameFi: string }) => o.nameFi)).toEqual(newActorNames);
    expect(found[0].source).toBe('example');
    const actors = (await call('GET', `/api/v1/mapping-rounds/${round}/proposals?kind=organisation`)).body
      .data;
    expect(actors.map((p: { status: string }) => p.status).sort()).toEqual(['accepted', 'merged']);
    expect(actors.every((p: { recordId: string }) => p.recordId === found[0].id)).toBe(true);
  });

  it('leaves the competences pending: no fictional offer or need of a real organisation', async () => {
    const named = interviewed.flatMap((r) => [...(r.answers!.offers ?? []), ...(r.answers!.needs ?? [])]);
    const competences = (await call('GET', `/api/v1/mapping-rounds/${round}/proposals?kind=competence`)).body
      .data;
    expect(competences).toHaveLength(named.length);
    expect(competences.every((p: { status: string }) => p.status === 'pending')).toBe(true);
  });

  it.each([
    ['municipality', '740'],
    ['ecosystem', SAVONLINNA_ECOSYSTEM],
  ])('shows its themes and quotes in the %s picture', async (scope, id) => {
    const picture = await call('GET', `/api/v1/pictures?scope=${scope}&id=${id}`);
    expect(picture.status).toBe(200);
    const { rounds, themes, quotes } = picture.body.mappingEvidence;
    expect(rounds.map((r: { name: { fi: string } }) => r.name.fi)).toEqual([SAVONLINNA_ROUND.nameFi]);
    expect(rounds[0].respondents).toBe(7);
    const coded = (theme: string) =>
      SAVONLINNA_RESPONDENTS.filter((r) => Object.values(r.codes ?? {}).some((t) => t.includes(theme)))
        .length;
    expect(themes[0]).toMatchObject({
      theme: 'osaavan työvoiman saatavuus',
      n: coded('osaavan työvoiman saatavuus'),
    });
    expect(themes[0].n).toBeGreaterThan(themes[1].n);
    const expected = SAVONLINNA_RESPONDENTS.flatMap((r) => (r.quotes ?? []).map((k) => answerOf(r, k)));
    expect(quotes.map((q: { text: string }) => q.text).sort()).toEqual(expected.sort());
    expect(picture.body.includesExamples).toBe(true);
  });
});
