import { beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import { respondentOf, roundWith } from '../../../../test/support/mapping.js';
import { questionnaireContent } from '../../../domain/questionnaires.js';
import { newToken } from '../../auth/secrets.js';
import type { AppError } from '../../errors.js';
import { answerByLink, readByLink } from './answers.service.js';

const { db } = await testDatabase();
const t = (fi: string) => ({ fi });
const NOW = new Date('2026-05-15T09:00:00Z');

const CONTENT = questionnaireContent.parse({
  sections: [
    {
      key: 'main',
      title: t('Kartoitus'),
      questions: [
        { key: 'cooperation', type: 'scale', min: 1, max: 5, required: true, label: t('Yhteistyö') },
        { key: 'exports', type: 'yesno', label: t('Vientiä?') },
        { key: 'markets', type: 'text', showIf: { question: 'exports', equals: true }, label: t('Mihin?') },
        { key: 'state', type: 'text', long: true, label: t('Nykytila') },
      ],
    },
  ],
});

const { roundId } = await roundWith(db, 'kartoitus', CONTENT);
const respondent = (extra?: { tokenExpiresAt?: Date; tokenRevokedAt?: Date }) =>
  respondentOf(db, roundId, extra);

const stored = async (id: string) =>
  Object.fromEntries(
    (
      await db
        .selectFrom('roundAnswers')
        .select(['questionKey', 'value'])
        .where('respondentId', '=', id)
        .execute()
    ).map((r) => [r.questionKey, r.value]),
  );

async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as AppError | undefined;
  return error && [error.status, error.code, error.details.map((d) => d.path)];
}

describe('answering by a personal link', () => {
  let r: { token: string; id: string };
  beforeEach(async () => {
    r = await respondent();
  });

  it('keeps a draft, marks the link opened and reads it back', async () => {
    await answerByLink(db, r.token, { exports: true }, false, NOW);
    const page = await readByLink(db, r.token, NOW);
    expect(page.answers).toEqual({ exports: true });
    expect(page.submitted).toBe(false);
    expect(page.content.sections[0]?.questions.map((q) => q.key)).toContain('markets');
    const row = await db
      .selectFrom('roundRespondents')
      .select(['openedAt', 'submittedAt'])
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row.openedAt).toEqual(NOW);
    expect(row.submittedAt).toBeNull();
  });

  it('refuses an answer that does not fit, names the question and writes nothing', async () => {
    await answerByLink(db, r.token, { state: 'Hyvä' }, false, NOW);
    expect(
      await refusal(answerByLink(db, r.token, { cooperation: 7, state: 'Muutettu' }, false, NOW)),
    ).toEqual([422, 'invalid_answers', ['cooperation']]);
    expect(await stored(r.id)).toEqual({ state: 'Hyvä' });
    expect(await refusal(answerByLink(db, r.token, { nosuch: 1 }, false, NOW))).toEqual([
      422,
      'invalid_answers',
      ['nosuch'],
    ]);
    expect(await refusal(answerByLink(db, r.token, { markets: 'Ruotsi' }, false, NOW))).toEqual([
      422,
      'invalid_answers',
      ['markets'],
    ]);
  });

  it('asks on submit for what is required, and checks every later save as a submit', async () => {
    expect(await refusal(answerByLink(db, r.token, { state: 'x' }, true, NOW))).toEqual([
      422,
      'invalid_answers',
      ['cooperation'],
    ]);
    // The refused submit wrote nothing, not even its valid answer.
    const done = await answerByLink(db, r.token, { cooperation: 4 }, true, NOW);
    expect(done).toEqual({ answers: { cooperation: 4 }, submitted: true });
    expect(await refusal(answerByLink(db, r.token, { cooperation: null }, false, NOW))).toEqual([
      422,
      'invalid_answers',
      ['cooperation'],
    ]);
    await answerByLink(db, r.token, { cooperation: 2 }, false, NOW);
    expect(await stored(r.id)).toEqual({ cooperation: 2 });
  });

  it('takes back an answer given as null, and one that a changed answer hides', async () => {
    await answerByLink(db, r.token, { exports: true, markets: 'Ruotsi', state: 'x' }, false, NOW);
    await answerByLink(db, r.token, { state: null }, false, NOW);
    expect(await stored(r.id)).toEqual({ exports: true, markets: 'Ruotsi' });
    await answerByLink(db, r.token, { exports: false }, false, NOW);
    expect(await stored(r.id)).toEqual({ exports: false });
  });
});

describe('a link that does not open', () => {
  it.each([
    ['a wrong link', async () => ({ token: newToken() }), NOW, [404, 'link_not_found', []]],
    ['a revoked link', () => respondent({ tokenRevokedAt: NOW }), NOW, [410, 'link_revoked', []]],
    ['an expired link', () => respondent({ tokenExpiresAt: NOW }), NOW, [410, 'link_expired', []]],
    [
      'a link before the round opens',
      () => respondent(),
      new Date('2026-04-30T12:00:00Z'),
      [409, 'round_not_open', []],
    ],
    // 31.5. is the last day in Finland until midnight there (21:00 UTC in summer).
    [
      'a link after the round closes',
      () => respondent(),
      new Date('2026-05-31T21:30:00Z'),
      [410, 'round_closed', []],
    ],
  ])('answers %s with a refusal and no data', async (_, make, now, expected) => {
    const { token } = await make();
    expect(await refusal(readByLink(db, token, now))).toEqual(expected);
    expect(await refusal(answerByLink(db, token, { state: 'x' }, false, now))).toEqual(expected);
  });

  it('opens on the last day of the round, Finnish time', async () => {
    const { token } = await respondent();
    await expect(readByLink(db, token, new Date('2026-05-31T20:30:00Z'))).resolves.toMatchObject({
      submitted: false,
    });
  });
});

describe('question keys as written', () => {
  it('keeps an answer whose condition has a key with an underscore, save after save', async () => {
    const content = questionnaireContent.parse({
      sections: [
        {
          key: 'ties',
          title: t('Kumppanit'),
          questions: [
            { key: 'has_partners', type: 'yesno', label: t('Onko kumppaneita?') },
            {
              key: 'partner_names',
              type: 'text',
              showIf: { question: 'has_partners', equals: true },
              label: t('Ketkä?'),
            },
            { key: 'comments', type: 'text', label: t('Muuta') },
          ],
        },
      ],
    });
    const round = await roundWith(db, 'alaviiva', content);
    const r = await respondentOf(db, round.roundId);
    await answerByLink(db, r.token, { has_partners: true, partner_names: 'Xamk' }, false, NOW);
    await answerByLink(db, r.token, { comments: 'Kiitos' }, false, NOW);
    const page = await readByLink(db, r.token, NOW);
    expect(page.answers).toEqual({ has_partners: true, partner_names: 'Xamk', comments: 'Kiitos' });
    expect(await stored(r.id)).toEqual(page.answers);
  });
});
