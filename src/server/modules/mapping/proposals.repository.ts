import type { Proposal } from '../../../domain/answer-proposals.js';
import type { Database } from '../../db/database.js';

/**
 * New proposals. One made earlier and given again (the answer dropped it and gave it back) is pending
 * again, with two exceptions: one an editor rejected stays rejected, and one that still stands for an
 * organisation of the roster (a new actor accepted as a draft, which its withdrawal left in place) is
 * accepted again, for that organisation. A withdrawn tie or competence has no record any more (its fact
 * was taken back), so it is pending again.
 */
export function proposalsInsert(
  db: Database,
  respondentId: string,
  proposals: readonly Proposal[],
  now: Date,
) {
  return db
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
      oc.columns(['respondentId', 'questionKey', 'kind', 'target']).doUpdateSet((eb) => {
        const stands = eb.exists(
          eb
            .selectFrom('organisations')
            .select('id')
            .whereRef('organisations.id', '=', 'answerProposals.recordId'),
        );
        const rejected = eb('answerProposals.status', '=', 'rejected');
        const decided = eb.or([rejected, stands]);
        const keep = (column: 'recordId' | 'decidedBy') =>
          eb
            .case()
            .when(decided)
            .then(eb.ref(`answerProposals.${column}`))
            .else(null)
            .end();
        return {
          payload: eb.ref('excluded.payload'),
          status: eb
            .case()
            .when(rejected)
            .then('rejected')
            .when(stands)
            .then('accepted')
            .else('pending')
            .end(),
          recordId: keep('recordId'),
          decidedBy: keep('decidedBy'),
          decidedAt: eb.case().when(decided).then(eb.ref('answerProposals.decidedAt')).else(null).end(),
          updatedAt: now,
        };
      }),
    );
}

const matching = (respondentId: string, p: Proposal) => (db: Database) =>
  db
    .updateTable('answerProposals')
    .where('respondentId', '=', respondentId)
    .where('questionKey', '=', p.questionKey)
    .where('kind', '=', p.kind)
    .where('target', '=', p.target);

/** Proposals whose payload changed; returns the accepted ones, whose facts follow the change. */
export async function updatePayloads(db: Database, respondentId: string, proposals: readonly Proposal[]) {
  const accepted: { id: string; kind: string; payload: Proposal['payload'] }[] = [];
  for (const p of proposals) {
    const row = await matching(
      respondentId,
      p,
    )(db)
      .set({ payload: JSON.stringify(p.payload), updatedAt: new Date() })
      .returning(['id', 'kind', 'status'])
      .executeTakeFirst();
    if (row?.status === 'accepted') accepted.push({ id: row.id, kind: row.kind, payload: p.payload });
  }
  return accepted;
}

/**
 * Proposals the answers no longer make. A rejected one stays rejected. Returns the ones that were
 * accepted or merged, whose facts are to be taken back.
 */
export async function withdrawProposals(db: Database, respondentId: string, proposals: readonly Proposal[]) {
  const decided: { id: string; kind: string; recordId: string }[] = [];
  for (const p of proposals) {
    const row = await matching(
      respondentId,
      p,
    )(db)
      .where('status', '!=', 'rejected')
      .set({ status: 'withdrawn', updatedAt: new Date() })
      .returning(['id', 'kind', 'recordId'])
      .executeTakeFirst();
    if (row?.recordId) decided.push({ id: row.id, kind: row.kind, recordId: row.recordId });
  }
  return decided;
}

/**
 * Forgets the record of withdrawn proposals whose fact was taken back: it no longer exists, and the
 * proposal made again starts pending.
 */
export async function forgetRecords(db: Database, ids: readonly string[]) {
  if (!ids.length) return;
  await db
    .updateTable('answerProposals')
    .set({ recordId: null, updatedAt: new Date() })
    .where('id', 'in', ids)
    .where('status', '=', 'withdrawn')
    .execute();
}
