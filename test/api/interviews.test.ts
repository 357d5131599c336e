import { describe, expect, it } from 'vitest';
import { caller, grantToken, testApp } from '../db.js';

const NOW = new Date('2026-05-15T09:00:00Z');
let now = NOW;
const { db, app, anonymous } = await testApp({ now: () => now });

const editor = caller(
  app,
  (await grantToken(db, { email: 'e@haastattelu.example', workspace: 'haastattelu' })).token,
);
const reader = caller(
  app,
  (await grantToken(db, { email: 'r@haastattelu.example', workspace: 'haastattelu', role: 'viewer' })).token,
);
const stranger = caller(app, (await grantToken(db, { email: 's@muu.example', workspace: 'muu' })).token);

async function roundOn(lawfulBasis: string) {
  const q = await editor('POST', '/api/v1/questionnaires', {
    nameFi: 'Kartoitus',
    lawfulBasis,
    privacyNoticeFi: 'Rekisterinpitäjä on Savonlinnan kaupunki.',
    privacyNoticeSv: 'Personuppgiftsansvarig är Nyslotts stad.',
  });
  const round = await editor('POST', '/api/v1/mapping-rounds', {
    questionnaireId: q.body.id,
    nameFi: 'Haastattelut',
    scope: 'municipality',
    municipalityCode: '740',
    opensOn: '2026-05-01',
    closesOn: '2026-05-31',
  });
  return round.body.id as string;
}

async function respondent(roundId: string) {
  const added = await editor('POST', `/api/v1/mapping-rounds/${roundId}/respondents`, {
    respondents: [{ displayName: 'Saimaan Saha Oy' }],
  });
  return added.body.data[0] as { id: string; link: { token: string } };
}

const INTERVIEW = { interviewer: 'Kehittämispäällikkö', interviewedOn: '2026-05-14' };

describe('interviewer mode', () => {
  it('answers for a named respondent, marked as an interview, with the same checks as the link', async () => {
    const r = await respondent(await roundOn('legitimate_interests'));
    const path = `/api/v1/round-respondents/${r.id}/interview`;
    const empty = await editor('GET', path);
    expect(empty.body).toMatchObject({
      displayName: 'Saimaan Saha Oy',
      answers: {},
      mode: 'survey',
      submitted: false,
      interviewer: null,
    });
    const wrong = await editor('PUT', path, { ...INTERVIEW, answers: { cooperation: 99 } });
    expect([wrong.status, wrong.body.error.details[0].path]).toEqual([422, 'cooperation']);
    const missing = await editor('PUT', path, { ...INTERVIEW, answers: {}, submit: true });
    expect([missing.status, missing.body.error.details[0]]).toEqual([
      422,
      { path: 'role', message: 'required: role needs an answer' },
    ]);
    const saved = await editor('PUT', path, {
      ...INTERVIEW,
      interviewNotes: 'Haastateltava toivoi yhteistyötä oppilaitosten kanssa.',
      answers: { role: ['research'], strengths: 'Puu' },
      submit: true,
    });
    expect([saved.status, saved.body]).toEqual([
      200,
      { answers: { role: ['research'], strengths: 'Puu' }, submitted: true },
    ]);
    const read = await editor('GET', path);
    expect(read.body).toMatchObject({ mode: 'interview', submitted: true, ...INTERVIEW });
    expect(read.body.interviewNotes).toBe('Haastateltava toivoi yhteistyötä oppilaitosten kanssa.');
    const views = await db
      .selectFrom('auditLog')
      .select('action')
      .where('entity', '=', 'round-respondents')
      .where('entityId', '=', r.id)
      .execute();
    expect(views.map((v) => v.action)).toEqual(expect.arrayContaining(['view', 'interview']));
    const listed = await reader('GET', `/api/v1/mapping-rounds/${await roundIdOf(r.id)}/respondents`);
    const row = listed.body.data.find((x: { id: string }) => x.id === r.id);
    expect(row).toMatchObject({ mode: 'interview', state: 'submitted', ...INTERVIEW });
    expect(JSON.stringify(listed.body)).not.toContain('oppilaitosten');
  });

  it('is for the round’s editors only: readers may not see the notes, others do not see it at all', async () => {
    const r = await respondent(await roundOn('legitimate_interests'));
    const path = `/api/v1/round-respondents/${r.id}/interview`;
    expect((await reader('GET', path)).status).toBe(403);
    expect((await reader('PUT', path, { ...INTERVIEW, answers: {} })).status).toBe(403);
    expect((await stranger('GET', path)).status).toBe(404);
    expect((await stranger('PUT', path, { ...INTERVIEW, answers: {} })).status).toBe(404);
    expect((await anonymous('GET', path)).status).toBe(401);
    const nameless = await editor('PUT', path, { answers: {} });
    expect(nameless.status).toBe(400);
  });

  it('works after the link is revoked, but not after the round closed', async () => {
    const roundId = await roundOn('legitimate_interests');
    const r = await respondent(roundId);
    const path = `/api/v1/round-respondents/${r.id}/interview`;
    await editor('DELETE', `/api/v1/round-respondents/${r.id}/link`);
    expect((await editor('PUT', path, { ...INTERVIEW, answers: { strengths: 'Vesi' } })).status).toBe(200);
    now = new Date('2026-06-02T09:00:00Z');
    try {
      const late = await editor('PUT', path, { ...INTERVIEW, answers: { strengths: 'Myöhään' } });
      expect([late.status, late.body.error.code]).toEqual([409, 'round_closed']);
    } finally {
      now = NOW;
    }
    const kept = await editor('GET', path);
    expect(kept.body.answers).toEqual({ strengths: 'Vesi' });
  });
});

describe('privacy: the notice and consent', () => {
  it('shows the respondent the privacy notice, and submits only with consent when the basis is consent', async () => {
    const r = await respondent(await roundOn('consent'));
    const answer = `/api/v1/answers/${r.link.token}`;
    const page = await anonymous('GET', answer);
    expect(page.body).toMatchObject({
      privacyNotice: {
        fi: 'Rekisterinpitäjä on Savonlinnan kaupunki.',
        sv: 'Personuppgiftsansvarig är Nyslotts stad.',
        en: null,
      },
      lawfulBasis: 'consent',
      consented: false,
    });
    const draft = await anonymous('PUT', answer, { answers: { strengths: 'Puu' } });
    expect(draft.status).toBe(200);
    const refused = await anonymous('PUT', answer, { answers: { role: ['research'] }, submit: true });
    expect([refused.status, refused.body.error.details]).toEqual([
      422,
      [{ path: 'consent', message: 'required: answers are kept only with consent' }],
    ]);
    const done = await anonymous('PUT', answer, {
      answers: { role: ['research'] },
      submit: true,
      consent: true,
    });
    expect([done.status, done.body.submitted]).toEqual([200, true]);
    const stored = await db
      .selectFrom('roundRespondents')
      .select('consentedAt')
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(stored.consentedAt).toEqual(NOW);
    expect((await anonymous('GET', answer)).body.consented).toBe(true);
    expect((await anonymous('PUT', answer, { answers: { strengths: 'Vesi' } })).status).toBe(200);
  });

  it('needs no consent on another lawful basis', async () => {
    const r = await respondent(await roundOn('public_task'));
    const done = await anonymous('PUT', `/api/v1/answers/${r.link.token}`, {
      answers: { role: ['research'] },
      submit: true,
    });
    expect([done.status, done.body.submitted]).toEqual([200, true]);
  });
});

async function roundIdOf(respondentId: string) {
  const row = await db
    .selectFrom('roundRespondents')
    .select('roundId')
    .where('id', '=', respondentId)
    .executeTakeFirstOrThrow();
  return row.roundId;
}
