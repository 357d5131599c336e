/**
 * Facts follow their answers (decision 011): a tie whose strength changed changes its relation; a tie,
 * an offer or a need that the respondent took back takes back the relation or competence record its
 * proposal wrote. Done in the transaction that saves the answer, and audited. A draft organisation stays
 * (an editor may have confirmed or used it): its proposal keeps pointing at it.
 */
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import * as facts from './facts.repository.js';
import { forgetRecords } from './proposals.repository.js';

/** Who the roster's history names for a change that a respondent's answer made. */
const ANSWER_ACTOR = 'mapping-answer';

type Changed = { id: string; kind: string; payload: object };
type Withdrawn = { id: string; kind: string };
type Fact = { id: string; workspaceId: string; answerProposalId: string | null };

const audited = (db: Database, action: string, entity: string, rows: Fact[], now: Date) =>
  Promise.all(
    rows.map((f) =>
      audit(
        db,
        null,
        {
          action,
          entity,
          entityId: f.id,
          workspaceId: f.workspaceId,
          outcome: 'ok',
          detail: { answerProposalId: f.answerProposalId, by: ANSWER_ACTOR },
        },
        now,
      ),
    ),
  );

export async function followAnswers(db: Database, changed: Changed[], withdrawn: Withdrawn[], now: Date) {
  for (const c of changed.filter((x) => x.kind === 'relation')) {
    const strength = (c.payload as { strength: number }).strength;
    await audited(
      db,
      'update',
      'relations',
      await facts.reweighRelation(db, c.id, strength, ANSWER_ACTOR, now),
      now,
    );
  }
  const of = (kind: string) => withdrawn.filter((w) => w.kind === kind).map((w) => w.id);
  await audited(db, 'delete', 'relations', await facts.deleteFactsOf(db, 'relations', of('relation')), now);
  await audited(
    db,
    'delete',
    'organisation-competences',
    await facts.deleteFactsOf(db, 'organisationCompetences', of('competence')),
    now,
  );
  await forgetRecords(db, [...of('relation'), ...of('competence')]);
}
