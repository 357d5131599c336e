import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import { testApp } from '../db.js';
import { respondentOf, roundWith } from '../support/mapping.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { db, anonymous, app } = await testApp({ now: () => NOW });
const { roundId } = await roundWith(db, 'vastaukset', MAPPING_TEMPLATE.content);
const XAMK = '0b6f1c2e-4d8a-4c1b-9f3e-2a7d5e6f8a90';

const stored = async (respondentId: string) =>
  (
    await db
      .selectFrom('roundAnswers')
      .select('questionKey')
      .where('respondentId', '=', respondentId)
      .execute()
  )
    .map((a) => a.questionKey)
    .sort();

describe('answering by a personal link over HTTP, without an account', () => {
  it('reads the questionnaire, keeps a draft and submits', async () => {
    const r = await respondentOf(db, roundId);
    const page = await anonymous('GET', `/api/v1/answers/${r.token}`);
    expect(page.status).toBe(200);
    expect(page.body.content.sections.length).toBe(5);
    expect(page.body.answers).toEqual({});
    const draft = await anonymous('PUT', `/api/v1/answers/${r.token}`, {
      answers: { partners: [{ organisationId: XAMK, kind: 'collaboration', strength: 4 }] },
    });
    expect([draft.status, draft.body.submitted]).toEqual([200, false]);
    const refused = await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers: {}, submit: true });
    expect([refused.status, refused.body.error.code, refused.body.error.details]).toEqual([
      422,
      'invalid_answers',
      [{ path: 'role', message: 'required: role needs an answer' }],
    ]);
    const done = await anonymous('PUT', `/api/v1/answers/${r.token}`, {
      answers: { role: ['research'] },
      submit: true,
    });
    expect([done.status, done.body.submitted]).toEqual([200, true]);
    expect(await stored(r.id)).toEqual(['partners', 'role']);
  });

  it('answers a wrong link with 404 and no data, and refuses a body over 256 KiB', async () => {
    const wrong = await anonymous('GET', `/api/v1/answers/${'x'.repeat(43)}`);
    expect([wrong.status, wrong.body.error.code, Object.keys(wrong.body)]).toEqual([
      404,
      'link_not_found',
      ['error'],
    ]);
    const r = await respondentOf(db, roundId);
    const big = await anonymous('PUT', `/api/v1/answers/${r.token}`, {
      answers: { state: 'a'.repeat(300_000) },
    });
    expect(big.status).toBe(413);
    expect(await stored(r.id)).toEqual([]);
  });

  it('never fails with a 5xx and never keeps part of a refused save, whatever it is sent', async () => {
    const r = await respondentOf(db, roundId);
    await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers: { strengths: 'Puu' } });
    const keys = fc.constantFrom(
      'role',
      'cooperation',
      'state',
      'offers',
      'partners',
      'join',
      'join_how',
      'nosuch',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
        fc.boolean(),
        async (answers, submit) => {
          const before = await stored(r.id);
          const res = await anonymous('PUT', `/api/v1/answers/${r.token}`, {
            answers,
            submit,
          });
          expect(res.status).toBeLessThan(500);
          if (res.status !== 200) expect(await stored(r.id)).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
    const raw = await app.request(`/api/v1/answers/${r.token}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"answers":',
    });
    expect(raw.status).toBe(400);
  });
});
