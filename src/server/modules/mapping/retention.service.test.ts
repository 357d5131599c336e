import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import { respondentOf, roundWith } from '../../../../test/support/mapping.js';
import { questionnaireContent } from '../../../domain/questionnaires.js';
import { answerByLink } from './answers.service.js';
import { anonymiseRoundsPastRetention } from './retention.service.js';

const { db } = await testDatabase();
const t = (fi: string) => ({ fi });
const MAY = new Date('2026-05-15T09:00:00Z');

const CONTENT = questionnaireContent.parse({
  sections: [
    {
      key: 'main',
      title: t('Kartoitus'),
      questions: [
        { key: 'cooperation', type: 'scale', min: 1, max: 5, label: t('Yhteistyö') },
        { key: 'state', type: 'text', long: true, label: t('Nykytila') },
      ],
    },
  ],
});

async function answeredRound(slug: string, keptUntil: string | null) {
  const { roundId } = await roundWith(db, slug, CONTENT);
  await db
    .updateTable('mappingRounds')
    .set({ answersKeptUntil: keptUntil })
    .where('id', '=', roundId)
    .execute();
  const r = await respondentOf(db, roundId);
  await db
    .updateTable('roundRespondents')
    .set({ email: 'maija@example.fi' })
    .where('id', '=', r.id)
    .execute();
  await answerByLink(db, r.token, { cooperation: 4, state: 'Maija Meikäläinen vetää hanketta' }, true, MAY);
  return r.id;
}

const respondent = (id: string) =>
  db
    .selectFrom('roundRespondents')
    .select(['displayName', 'email', 'tokenHash', 'anonymisedAt'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const answerKeys = async (id: string) =>
  (await db.selectFrom('roundAnswers').select('questionKey').where('respondentId', '=', id).execute())
    .map((a) => a.questionKey)
    .sort();

describe('retention of a round’s answers', () => {
  it('anonymises the respondents of a round past its day, once, and keeps the structured answers', async () => {
    const past = await answeredRound('sailytys-ohi', '2026-06-30');
    const kept = await answeredRound('sailytys-voimassa', '2026-12-31');
    const forever = await answeredRound('sailytys-ei-paivaa', null);
    const july = new Date('2026-07-01T09:00:00Z');

    expect(await anonymiseRoundsPastRetention(db, july)).toBe(1);
    expect(await respondent(past)).toMatchObject({ displayName: '–', email: null, tokenHash: null });
    expect((await respondent(past)).anonymisedAt).toEqual(july);
    expect(await answerKeys(past)).toEqual(['cooperation']);
    for (const id of [kept, forever]) {
      expect(await respondent(id)).toMatchObject({ email: 'maija@example.fi', anonymisedAt: null });
      expect(await answerKeys(id)).toEqual(['cooperation', 'state']);
    }
    expect(await anonymiseRoundsPastRetention(db, new Date('2026-07-02T09:00:00Z'))).toBe(0);
    const audited = await db
      .selectFrom('auditLog')
      .select(['action', 'detail'])
      .where('entity', '=', 'mapping-rounds')
      .where('action', '=', 'anonymise')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('counts the day itself as kept', async () => {
    await answeredRound('sailytys-tanaan', '2026-08-01');
    expect(await anonymiseRoundsPastRetention(db, new Date('2026-08-01T20:00:00Z'))).toBe(0);
  });
});
