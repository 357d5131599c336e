import { describe, expect, it } from 'vitest';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import { caller, grantToken, testApp } from '../db.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { db, app, anonymous } = await testApp({ now: () => NOW });

const editor = caller(
  app,
  (await grantToken(db, { email: 'e@kartoitus.example', workspace: 'kartoitus' })).token,
);
const reader = caller(
  app,
  (await grantToken(db, { email: 'r@kartoitus.example', workspace: 'kartoitus', role: 'viewer' })).token,
);
const stranger = caller(app, (await grantToken(db, { email: 's@muu.example', workspace: 'muu' })).token);

const ROUND = {
  nameFi: 'Savonlinnan metsäbiotalous',
  scope: 'municipality',
  municipalityCode: '740',
  opensOn: '2026-05-01',
  closesOn: '2026-05-31',
};

async function newQuestionnaire(body: Record<string, unknown> = {}) {
  const res = await editor('POST', '/api/v1/questionnaires', { nameFi: 'Kartoitus', ...body });
  expect(res.status).toBe(201);
  return res.body as { id: string; latestVersion: number };
}

async function newRound(questionnaireId: string) {
  const res = await editor('POST', '/api/v1/mapping-rounds', { questionnaireId, ...ROUND });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

const editedTemplate = (title: string) => {
  const content = structuredClone(MAPPING_TEMPLATE.content);
  content.sections[0]!.title.fi = title;
  return content;
};

describe('questionnaires', () => {
  it('ships the mapping template in three languages', async () => {
    const res = await editor('GET', '/api/v1/questionnaire-templates');
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: { key: string }) => t.key)).toEqual(['mapping']);
    expect(res.body.data[0].name.sv).toBe(MAPPING_TEMPLATE.name.sv);
  });

  it('creates one from the template, with a privacy notice and a lawful basis', async () => {
    const q = await newQuestionnaire({ privacyNoticeFi: 'Rekisterinpitäjä: Savonlinnan kaupunki' });
    const read = await editor('GET', `/api/v1/questionnaires/${q.id}`);
    expect(read.body).toMatchObject({
      nameFi: 'Kartoitus',
      visibility: 'private',
      lawfulBasis: 'consent',
      latestVersion: 1,
      privacyNoticeFi: 'Rekisterinpitäjä: Savonlinnan kaupunki',
    });
    const content = await editor('GET', `/api/v1/questionnaires/${q.id}/content`);
    expect(content.body.content.sections.map((s: { key: string }) => s.key)).toEqual(
      MAPPING_TEMPLATE.content.sections.map((s) => s.key),
    );
    expect(content.body.versions).toEqual([
      { version: 1, createdAt: expect.any(String) as string, roundCount: 0 },
    ]);
  });

  it('lets its workspace read it, its editors change it, and hides it from others', async () => {
    const q = await newQuestionnaire();
    expect((await reader('GET', `/api/v1/questionnaires/${q.id}`)).status).toBe(200);
    const listed = await reader('GET', '/api/v1/questionnaires');
    expect(listed.body.data.map((x: { id: string }) => x.id)).toContain(q.id);
    expect((await reader('PATCH', `/api/v1/questionnaires/${q.id}`, { nameFi: 'X' })).status).toBe(403);
    expect((await stranger('GET', `/api/v1/questionnaires/${q.id}`)).status).toBe(404);
    expect((await stranger('PATCH', `/api/v1/questionnaires/${q.id}`, { nameFi: 'X' })).status).toBe(404);
    expect((await stranger('GET', '/api/v1/questionnaires')).body.data).toEqual([]);
    expect((await anonymous('GET', `/api/v1/questionnaires/${q.id}`)).status).toBe(401);
    const patched = await editor('PATCH', `/api/v1/questionnaires/${q.id}`, {
      nameSv: 'Kartläggning',
      lawfulBasis: 'public_task',
    });
    expect([patched.status, patched.body.nameSv, patched.body.lawfulBasis]).toEqual([
      200,
      'Kartläggning',
      'public_task',
    ]);
  });

  it('refuses content that does not hold together, naming the field, and keeps what was', async () => {
    const q = await newQuestionnaire();
    const content = structuredClone(MAPPING_TEMPLATE.content);
    const questions = content.sections[0]!.questions;
    questions[1] = { ...questions[1]!, key: questions[0]!.key };
    const res = await editor('PUT', `/api/v1/questionnaires/${q.id}/content`, { content });
    expect([res.status, res.body.error.code]).toEqual([422, 'invalid_content']);
    expect(res.body.error.details).toContainEqual({
      path: 'content.sections.0.questions.1.key',
      message: `Question ${questions[0]!.key} twice`,
    });
    const kept = await editor('GET', `/api/v1/questionnaires/${q.id}/content`);
    expect(kept.body.content.sections[0].questions[1].key).toBe(
      MAPPING_TEMPLATE.content.sections[0]!.questions[1]!.key,
    );
  });

  it('rewrites a version no round asks, and writes the next over one a round asks; old answers stay readable', async () => {
    const q = await newQuestionnaire({ lawfulBasis: 'legitimate_interests' });
    const first = await editor('PUT', `/api/v1/questionnaires/${q.id}/content`, {
      content: editedTemplate('Ensimmäinen'),
    });
    expect(first.body).toEqual({ version: 1 });
    const round = await newRound(q.id);
    expect(round.version).toBe(1);
    const added = await editor('POST', `/api/v1/mapping-rounds/${round.id}/respondents`, {
      respondents: [{ displayName: 'Sahayrittäjä' }],
    });
    const token = added.body.data[0].link.token as string;
    expect(
      (await anonymous('PUT', `/api/v1/answers/${token}`, { answers: { strengths: 'Puu' } })).status,
    ).toBe(200);

    const second = await editor('PUT', `/api/v1/questionnaires/${q.id}/content`, {
      content: editedTemplate('Toinen'),
    });
    expect(second.body).toEqual({ version: 2 });
    const v1 = await editor('GET', `/api/v1/questionnaires/${q.id}/content?version=1`);
    const latest = await editor('GET', `/api/v1/questionnaires/${q.id}/content`);
    expect([v1.body.content.sections[0].title.fi, latest.body.content.sections[0].title.fi]).toEqual([
      'Ensimmäinen',
      'Toinen',
    ]);
    expect(
      latest.body.versions.map((v: { version: number; roundCount: number }) => [v.version, v.roundCount]),
    ).toEqual([
      [1, 1],
      [2, 0],
    ]);
    const page = await anonymous('GET', `/api/v1/answers/${token}`);
    expect([page.body.content.sections[0].title.fi, page.body.answers]).toEqual([
      'Ensimmäinen',
      { strengths: 'Puu' },
    ]);
    expect((await newRound(q.id)).version).toBe(2);
    expect((await editor('GET', `/api/v1/questionnaires/${q.id}/content?version=9`)).status).toBe(404);
  });

  it('copies the latest content into a new questionnaire', async () => {
    const q = await newQuestionnaire({ nameSv: 'Kartläggning' });
    await newRound(q.id);
    await editor('PUT', `/api/v1/questionnaires/${q.id}/content`, { content: editedTemplate('Uusin') });
    const copy = await editor('POST', `/api/v1/questionnaires/${q.id}/copy`);
    expect([copy.status, copy.body.nameFi, copy.body.nameSv, copy.body.latestVersion]).toEqual([
      201,
      'Kartoitus (kopio)',
      'Kartläggning (kopia)',
      1,
    ]);
    const content = await editor('GET', `/api/v1/questionnaires/${copy.body.id}/content`);
    expect(content.body.content.sections[0].title.fi).toBe('Uusin');
    expect((await stranger('POST', `/api/v1/questionnaires/${q.id}/copy`)).status).toBe(404);
  });

  it('deletes one no round asks, and refuses while a round does', async () => {
    const used = await newQuestionnaire();
    await newRound(used.id);
    expect((await editor('DELETE', `/api/v1/questionnaires/${used.id}`)).status).toBe(409);
    const unused = await newQuestionnaire();
    expect((await reader('DELETE', `/api/v1/questionnaires/${unused.id}`)).status).toBe(403);
    expect((await editor('DELETE', `/api/v1/questionnaires/${unused.id}`)).status).toBe(204);
    expect((await editor('GET', `/api/v1/questionnaires/${unused.id}`)).status).toBe(404);
  });
});

describe('rounds', () => {
  it('asks the latest version, names its scope, and is read as every record', async () => {
    const q = await newQuestionnaire();
    const mismatch = await editor('POST', '/api/v1/mapping-rounds', {
      ...ROUND,
      questionnaireId: q.id,
      municipalityCode: undefined,
      networkId: '00000000-0000-4000-8000-000000000000',
    });
    expect([mismatch.status, mismatch.body.error.details[0].path]).toEqual([422, 'municipalityCode']);
    const reversed = await editor('POST', '/api/v1/mapping-rounds', {
      ...ROUND,
      questionnaireId: q.id,
      closesOn: '2026-04-01',
    });
    expect([reversed.status, reversed.body.error.details[0].path]).toEqual([422, 'closesOn']);
    const foreign = await stranger('POST', '/api/v1/mapping-rounds', { ...ROUND, questionnaireId: q.id });
    expect([foreign.status, foreign.body.error.details[0].path]).toEqual([422, 'questionnaireId']);

    const round = await newRound(q.id);
    const listed = await reader('GET', `/api/v1/mapping-rounds?questionnaireId=${q.id}`);
    expect(listed.body.data.map((r: { id: string }) => r.id)).toEqual([round.id]);
    expect((await stranger('GET', `/api/v1/mapping-rounds/${round.id}`)).status).toBe(404);
    expect((await reader('PATCH', `/api/v1/mapping-rounds/${round.id}`, { nameFi: 'X' })).status).toBe(403);
    expect((await stranger('DELETE', `/api/v1/mapping-rounds/${round.id}`)).status).toBe(404);
    await editor('POST', `/api/v1/mapping-rounds/${round.id}/respondents`, {
      respondents: [{ displayName: 'A' }],
    });
    const patched = await editor('PATCH', `/api/v1/mapping-rounds/${round.id}`, { closesOn: '2026-06-15' });
    expect([patched.status, patched.body.closesOn, patched.body.version]).toEqual([200, '2026-06-15', 1]);
    const moved = await editor('GET', `/api/v1/mapping-rounds/${round.id}/respondents`);
    expect(moved.body.data[0].linkExpiresAt).toBe('2026-06-16T00:00:00.000Z');
    const version = await editor('PATCH', `/api/v1/mapping-rounds/${round.id}`, { version: 2 });
    expect(version.status).toBe(400);
    const early = await editor('PATCH', `/api/v1/mapping-rounds/${round.id}`, {
      answersKeptUntil: '2026-06-01',
    });
    expect([early.status, early.body.error.details[0].path]).toEqual([422, 'answersKeptUntil']);
    const kept = await editor('PATCH', `/api/v1/mapping-rounds/${round.id}`, {
      nameSv: 'Kartläggning',
      answersKeptUntil: '2027-06-30',
    });
    expect([kept.status, kept.body.nameSv, kept.body.answersKeptUntil]).toEqual([
      200,
      'Kartläggning',
      '2027-06-30',
    ]);
  });

  it('closes: the links stop working and no respondents are added', async () => {
    const round = await newRound((await newQuestionnaire()).id);
    const added = await editor('POST', `/api/v1/mapping-rounds/${round.id}/respondents`, {
      respondents: [{ displayName: 'Kalastaja' }],
    });
    expect((await reader('POST', `/api/v1/mapping-rounds/${round.id}/close`)).status).toBe(403);
    const closed = await editor('POST', `/api/v1/mapping-rounds/${round.id}/close`);
    expect(closed.body.closedAt).toBe(NOW.toISOString());
    const page = await anonymous('GET', `/api/v1/answers/${added.body.data[0].link.token}`);
    expect([page.status, page.body.error.code]).toEqual([410, 'round_closed']);
    const more = await editor('POST', `/api/v1/mapping-rounds/${round.id}/respondents`, {
      respondents: [{ displayName: 'Myöhäinen' }],
    });
    expect([more.status, more.body.error.code]).toEqual([409, 'round_closed']);
  });

  it('deletes a round with its respondents and answers', async () => {
    const round = await newRound((await newQuestionnaire()).id);
    await editor('POST', `/api/v1/mapping-rounds/${round.id}/respondents`, {
      respondents: [{ displayName: 'A' }],
    });
    expect((await editor('DELETE', `/api/v1/mapping-rounds/${round.id}`)).status).toBe(204);
    const left = await db
      .selectFrom('roundRespondents')
      .select('id')
      .where('roundId', '=', round.id)
      .execute();
    expect(left).toEqual([]);
  });
});
