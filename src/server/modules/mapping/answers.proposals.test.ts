import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import { respondentOf, roundWith } from '../../../../test/support/mapping.js';
import { MAPPING_TEMPLATE } from '../../../domain/questionnaire-templates.js';
import { answerByLink } from './answers.service.js';

const { db } = await testDatabase();
const NOW = new Date('2026-05-15T09:00:00Z');
const { roundId } = await roundWith(db, 'ehdotukset', MAPPING_TEMPLATE.content);
const XAMK = '0b6f1c2e-4d8a-4c1b-9f3e-2a7d5e6f8a90';

const proposalsOf = async (respondentId: string) =>
  (
    await db
      .selectFrom('answerProposals')
      .select(['kind', 'target', 'status', 'payload'])
      .where('respondentId', '=', respondentId)
      .orderBy('target')
      .execute()
  ).map((p) => [p.kind, p.target, p.status, (p.payload as { strength?: number }).strength]);

const partner = (strength: number) => ({ organisationId: XAMK, kind: 'collaboration', strength });
const newcomer = {
  newActor: { name: 'Saimaan Puutyö Oy', kind: 'company' },
  kind: 'supply_chain',
  strength: 2,
};

describe('answers make proposals for an editor', () => {
  it('proposes ties, new actors and competences, pending, each once however often it is answered', async () => {
    const r = await respondentOf(db, roundId);
    const answers = { partners: [partner(4), newcomer], offers: [{ name: 'puurakentaminen' }] };
    await answerByLink(db, r.token, answers, false, NOW);
    await answerByLink(db, r.token, answers, false, NOW);
    expect(await proposalsOf(r.id)).toEqual([
      ['organisation', 'name:saimaan puutyö oy', 'pending', undefined],
      ['relation', 'name:saimaan puutyö oy|supply_chain', 'pending', 2],
      ['competence', 'offer:name:puurakentaminen', 'pending', undefined],
      ['relation', `org:${XAMK}|collaboration`, 'pending', 4],
    ]);
  });

  it('follows a changed answer: a changed tie is updated, a dropped one withdrawn, a renewed one pending again', async () => {
    const r = await respondentOf(db, roundId);
    await answerByLink(db, r.token, { partners: [partner(4), newcomer] }, false, NOW);
    await answerByLink(db, r.token, { partners: [partner(5)] }, false, NOW);
    expect(await proposalsOf(r.id)).toEqual([
      ['organisation', 'name:saimaan puutyö oy', 'withdrawn', undefined],
      ['relation', 'name:saimaan puutyö oy|supply_chain', 'withdrawn', 2],
      ['relation', `org:${XAMK}|collaboration`, 'pending', 5],
    ]);
    await answerByLink(db, r.token, { partners: null }, false, NOW);
    await answerByLink(db, r.token, { partners: [newcomer] }, false, NOW);
    expect(await proposalsOf(r.id)).toEqual([
      ['organisation', 'name:saimaan puutyö oy', 'pending', undefined],
      ['relation', 'name:saimaan puutyö oy|supply_chain', 'pending', 2],
      ['relation', `org:${XAMK}|collaboration`, 'withdrawn', 5],
    ]);
  });

  it('keeps a rejected proposal rejected when the answer drops it and gives it again', async () => {
    const r = await respondentOf(db, roundId);
    await answerByLink(db, r.token, { partners: [partner(3)] }, false, NOW);
    await db
      .updateTable('answerProposals')
      .set({ status: 'rejected' })
      .where('respondentId', '=', r.id)
      .execute();
    await answerByLink(db, r.token, { partners: null }, false, NOW);
    await answerByLink(db, r.token, { partners: [partner(3)] }, false, NOW);
    expect(await proposalsOf(r.id)).toEqual([['relation', `org:${XAMK}|collaboration`, 'rejected', 3]]);
  });
});
