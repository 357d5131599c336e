import type { Proposal } from '../../../domain/answer-proposals.js';
import type { Database } from '../../db/database.js';

/** The proposals a respondent's answers stand behind now: all but the withdrawn. */
export async function standingProposals(db: Database, respondentId: string): Promise<Proposal[]> {
  const rows = await db
    .selectFrom('answerProposals')
    .select(['questionKey', 'kind', 'target', 'payload'])
    .where('respondentId', '=', respondentId)
    .where('status', '!=', 'withdrawn')
    .execute();
  return rows as unknown as Proposal[];
}

/** New proposals; one withdrawn earlier and made again is pending again. */
export async function addProposals(db: Database, respondentId: string, proposals: readonly Proposal[]) {
  if (!proposals.length) return;
  const now = new Date();
  await db
    .insertInto('answerProposals')
    .values(
      proposals.map((p) => ({
        respondentId,
        questionKey: p.questionKey,
        kind: p.kind,
        target: p.target,
        payload: JSON.stringify(p.payload),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['respondentId', 'questionKey', 'kind', 'target']).doUpdateSet((eb) => ({
        payload: eb.ref('excluded.payload'),
        status: 'pending',
        recordId: null,
        decidedBy: null,
        decidedAt: null,
        updatedAt: now,
      })),
    )
    .execute();
}

const matching = (respondentId: string, p: Proposal) => (db: Database) =>
  db
    .updateTable('answerProposals')
    .where('respondentId', '=', respondentId)
    .where('questionKey', '=', p.questionKey)
    .where('kind', '=', p.kind)
    .where('target', '=', p.target);

export async function updatePayloads(db: Database, respondentId: string, proposals: readonly Proposal[]) {
  for (const p of proposals)
    await matching(
      respondentId,
      p,
    )(db)
      .set({ payload: JSON.stringify(p.payload), updatedAt: new Date() })
      .execute();
}

/**
 * Proposals the answers no longer make. An accepted one keeps the record it wrote, for the review to take
 * back; a rejected one stays rejected.
 */
export async function withdrawProposals(db: Database, respondentId: string, proposals: readonly Proposal[]) {
  for (const p of proposals)
    await matching(
      respondentId,
      p,
    )(db)
      .where('status', '!=', 'rejected')
      .set({ status: 'withdrawn', updatedAt: new Date() })
      .execute();
}
