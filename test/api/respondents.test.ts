import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { db, app, anonymous } = await testApp({ now: () => NOW });

const editor = caller(
  app,
  (await grantToken(db, { email: 'e@vastaajat.example', workspace: 'vastaajat' })).token,
);
const reader = caller(
  app,
  (await grantToken(db, { email: 'r@vastaajat.example', workspace: 'vastaajat', role: 'viewer' })).token,
);
const stranger = caller(app, (await grantToken(db, { email: 's@muu.example', workspace: 'muu' })).token);

const questionnaire = await editor('POST', '/api/v1/questionnaires', {
  nameFi: 'Kartoitus',
  lawfulBasis: 'legitimate_interests',
});
const round = await editor('POST', '/api/v1/mapping-rounds', {
  questionnaireId: questionnaire.body.id,
  nameFi: 'Savonlinnan metsäbiotalous',
  scope: 'municipality',
  municipalityCode: '740',
  opensOn: '2026-05-01',
  closesOn: '2026-05-31',
});
const ROUND = `/api/v1/mapping-rounds/${round.body.id}`;

const sawmill = await editor('POST', '/api/v1/organisations', {
  kind: 'company',
  nameFi: 'Saimaan Saha Oy',
  municipalityCode: '740',
});
const person = await editor('POST', '/api/v1/people', {
  fullName: 'Maija Virtanen',
  email: 'maija.virtanen@example.fi',
  lawfulBasis: 'legitimate_interests',
  purpose: 'Kartoitus',
  source: 'Yrityksen verkkosivut',
  collectedOn: '2026-01-15',
});

const count = async () =>
  (await db.selectFrom('roundRespondents').select('id').where('roundId', '=', round.body.id).execute())
    .length;

type Listed = { id: string; state: string; linkRevoked: boolean; [k: string]: unknown };
const listed = async (call = editor) => (await call('GET', `${ROUND}/respondents`)).body.data as Listed[];
const one = async (id: string) => (await listed()).find((r) => r.id === id)!;

async function add(body: unknown) {
  const res = await editor('POST', `${ROUND}/respondents`, body);
  expect(res.status).toBe(201);
  return res.body.data as {
    id: string;
    displayName: string;
    link: { token: string; url: string; expiresAt: string };
  }[];
}

describe('respondents of a round', () => {
  it('are added from the roster, named by it, each with a link shown once', async () => {
    const [org, p] = await add({
      respondents: [{ organisationId: sawmill.body.id }, { personId: person.body.id, language: 'sv' }],
    });
    expect([org!.displayName, p!.displayName]).toEqual(['Saimaan Saha Oy', 'Maija Virtanen']);
    expect(p!.link.url).toBe(`/sv/answer/${p!.link.token}`);
    expect(org!.link.expiresAt).toBe('2026-06-01T00:00:00.000Z');
    const rows = await listed();
    expect(rows.find((r) => r.id === org!.id)).toMatchObject({
      organisationName: 'Saimaan Saha Oy',
      organisationKind: 'company',
      municipalityCode: '740',
      municipalityName: 'Savonlinna',
      hasEmail: false,
      state: 'not_opened',
      mode: 'survey',
      linkRevoked: false,
    });
    expect(rows.find((r) => r.id === p!.id)).toMatchObject({ hasEmail: true, personId: person.body.id });
  });

  it('are added from a pasted list; each bad line is named and then nothing is added', async () => {
    const before = await count();
    const bad = await editor('POST', `${ROUND}/respondents`, {
      pasted:
        'Liisa Laine <liisa@example.fi>\nLiisa ilman osoitetta\n\nPekka <ei-osoite>\nToinen <LIISA@example.fi>',
    });
    expect([bad.status, bad.body.error.code]).toEqual([422, 'invalid_respondents']);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'pasted.2',
      'pasted.4',
      'pasted.5',
    ]);
    expect(bad.body.error.details[2].message).toBe('Line 5: the same address as line 1');
    expect(await count()).toBe(before);
    const added = await add({
      pasted: 'Liisa Laine <liisa@example.fi>\r\n  Pekka Puu <pekka@example.fi>  \n',
    });
    expect(added.map((r) => r.displayName)).toEqual(['Liisa Laine', 'Pekka Puu']);
    expect(await count()).toBe(before + 2);
  });

  it('refuses what the caller may not read or name, and callers who may not add', async () => {
    const hidden = await stranger('POST', '/api/v1/organisations', { kind: 'company', nameFi: 'Piilo Oy' });
    const res = await editor('POST', `${ROUND}/respondents`, {
      respondents: [{ organisationId: hidden.body.id }, {}],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'respondents.0.organisationId',
      'respondents.0.displayName',
      'respondents.1.displayName',
    ]);
    const both = await editor('POST', `${ROUND}/respondents`, {
      respondents: [{ displayName: 'A' }],
      pasted: 'B <b@example.fi>',
    });
    expect(both.status).toBe(400);
    expect((await reader('POST', `${ROUND}/respondents`, { pasted: 'A <a@example.fi>' })).status).toBe(403);
    expect((await stranger('POST', `${ROUND}/respondents`, { pasted: 'A <a@example.fi>' })).status).toBe(404);
    expect((await stranger('GET', `${ROUND}/respondents`)).status).toBe(404);
  });

  it('are listed to readers without an address, a token or a hash', async () => {
    const [r] = await add({ pasted: 'Salainen Osoite <salainen.osoite@example.fi>' });
    const text = JSON.stringify(await listed(reader));
    expect(text).toContain('Salainen Osoite');
    expect(text).not.toContain('salainen.osoite@example.fi');
    expect(text).not.toContain(r!.link.token);
    expect(text).not.toMatch(/"(email|tokenHash)"/);
    const audited = await db
      .selectFrom('auditLog')
      .select('detail')
      .where('action', '=', 'list')
      .where('entity', '=', 'round-respondents')
      .execute();
    expect(JSON.stringify(audited)).toContain(r!.id);
  });

  it('move from not opened to opened, draft and submitted', async () => {
    const [r] = await add({ respondents: [{ displayName: 'Vaiheittain' }] });
    const token = r!.link.token;
    await anonymous('GET', `/api/v1/answers/${token}`);
    expect((await one(r!.id)).state).toBe('opened');
    await anonymous('PUT', `/api/v1/answers/${token}`, { answers: { strengths: 'Puu' } });
    expect((await one(r!.id)).state).toBe('draft');
    const done = await anonymous('PUT', `/api/v1/answers/${token}`, {
      answers: { role: ['research'] },
      submit: true,
    });
    expect(done.status).toBe(200);
    expect((await one(r!.id)).state).toBe('submitted');
  });

  it('get a new link that replaces the old; a revoked link stops working', async () => {
    const [r] = await add({ respondents: [{ displayName: 'Linkitetty' }] });
    const renewed = await editor('POST', `/api/v1/round-respondents/${r!.id}/link`);
    expect(renewed.status).toBe(200);
    expect((await anonymous('GET', `/api/v1/answers/${r!.link.token}`)).status).toBe(404);
    expect((await anonymous('GET', `/api/v1/answers/${renewed.body.token}`)).status).toBe(200);
    expect((await reader('DELETE', `/api/v1/round-respondents/${r!.id}/link`)).status).toBe(403);
    expect((await stranger('DELETE', `/api/v1/round-respondents/${r!.id}/link`)).status).toBe(404);
    expect((await editor('DELETE', `/api/v1/round-respondents/${r!.id}/link`)).status).toBe(204);
    const revoked = await anonymous('GET', `/api/v1/answers/${renewed.body.token}`);
    expect([revoked.status, revoked.body.error.code]).toEqual([410, 'link_revoked']);
    expect((await one(r!.id)).linkRevoked).toBe(true);
  });

  it('are removed with their answers', async () => {
    const [r] = await add({ respondents: [{ displayName: 'Poistuva' }] });
    await anonymous('PUT', `/api/v1/answers/${r!.link.token}`, { answers: { strengths: 'Puu' } });
    expect((await stranger('DELETE', `/api/v1/round-respondents/${r!.id}`)).status).toBe(404);
    expect((await editor('DELETE', `/api/v1/round-respondents/${r!.id}`)).status).toBe(204);
    const answers = await db
      .selectFrom('roundAnswers')
      .select('questionKey')
      .where('respondentId', '=', r!.id)
      .execute();
    expect([answers, (await listed()).some((x) => x.id === r!.id)]).toEqual([[], false]);
  });

  it('add up to the completion by state, town and kind', async () => {
    const rows = await listed();
    const completion = await reader('GET', `${ROUND}/completion`);
    expect(completion.status).toBe(200);
    const byState = (s: string) => rows.filter((r) => r.state === s).length;
    expect(completion.body.total).toBe(rows.length);
    expect(completion.body.byState).toEqual({
      not_opened: byState('not_opened'),
      opened: byState('opened'),
      draft: byState('draft'),
      submitted: byState('submitted'),
    });
    expect(completion.body.byMunicipality).toContainEqual({
      municipalityCode: '740',
      municipalityName: 'Savonlinna',
      total: 1,
      submitted: 0,
      draft: 0,
      notOpened: 1,
    });
    expect(completion.body.byKind).toContainEqual({
      kind: 'company',
      total: 1,
      submitted: 0,
      draft: 0,
      notOpened: 1,
    });
    const unnamed = completion.body.byKind.find((k: { kind: string | null }) => k.kind === null);
    expect(unnamed.total).toBe(rows.length - 1);
    expect((await stranger('GET', `${ROUND}/completion`)).status).toBe(404);
  });
});
