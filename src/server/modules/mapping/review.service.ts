/**
 * The review queue of a round (issue 13, decision 011): what the answers propose, with the question
 * asked, the respondent and possible duplicates; and an editor's decisions, all or nothing. Nothing
 * reaches the roster before an editor accepts it.
 */
import { questionsOf } from '../../../domain/questionnaires.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound, type ErrorDetail } from '../../errors.js';
import { isUuid } from '../../resources/repository.js';
import { visibleVocabulary } from '../competences/competences.repository.js';
import { nearTerms } from '../competences/competences.service.js';
import * as facts from './facts.service.js';
import { contentOf } from './questionnaires.service.js';
import { duplicateCandidates } from './review.candidates.js';
import * as repo from './review.repository.js';

type Round = NonNullable<Awaited<ReturnType<typeof repo.roundById>>>;

/** A round the caller may not read is not found, and the attempt is audited. */
async function readableRound(db: Database, caller: Caller, id: string): Promise<Round> {
  const round = isUuid(id) ? await repo.roundById(db, id) : undefined;
  if (round && canRead(caller, round)) return round;
  if (round)
    await audit(db, caller, { action: 'read', entity: 'mapping-rounds', entityId: id, outcome: 'denied' });
  throw notFound('Mapping round');
}

async function editableRound(db: Database, caller: Caller, id: string, now: Date): Promise<Round> {
  const round = await readableRound(db, caller, id);
  if (canWrite(caller, round.workspaceId)) return round;
  await audit(
    db,
    caller,
    {
      action: 'review',
      entity: 'mapping-rounds',
      entityId: id,
      workspaceId: round.workspaceId,
      outcome: 'denied',
    },
    now,
  );
  throw new AppError(403, 'forbidden', 'Only editors of the round’s workspace decide its proposals');
}

async function questionLabels(db: Database, round: Round) {
  const content = await contentOf(db, round.questionnaireId, round.version);
  return new Map(questionsOf(content).map((q) => [q.key, q.label]));
}

type Payload = Record<string, unknown>;

/** Duplicates of the new actors and near terms of the named competences, for the pending proposals. */
async function suggestionsFor(db: Database, caller: Caller, rows: repo.ProposalRow[]) {
  const pending = rows.filter((r) => r.status === 'pending');
  const actors = pending
    .filter((r) => r.kind === 'organisation')
    .map((r) => ({ id: r.id, actor: r.payload as { name: string; businessId?: string } }));
  const candidates = await duplicateCandidates(db, caller, actors);
  const terms = new Map<string, { competenceId: string; name: string; score: number }[]>();
  const named = pending.filter((p) => p.kind === 'competence' && (p.payload as Payload).name);
  const vocabulary = named.length ? await visibleVocabulary(db, caller) : [];
  for (const r of named) {
    const near = nearTerms(vocabulary, String((r.payload as Payload).name));
    terms.set(
      r.id,
      near.map((c) => ({ competenceId: c.id, name: c.nameFi, score: Math.round(c.similarity * 100) / 100 })),
    );
  }
  return { candidates, terms };
}

export async function listProposals(
  db: Database,
  caller: Caller,
  roundId: string,
  filter: { status?: repo.ProposalStatus; kind?: repo.ProposalKind },
) {
  const round = await readableRound(db, caller, roundId);
  const labels = await questionLabels(db, round);
  const rows = await repo.roundProposals(db, round.id, filter);
  const { candidates, terms } = await suggestionsFor(db, caller, rows);
  return rows.map((r) => ({
    row: r,
    questionLabel: labels.get(r.questionKey) ?? { fi: r.questionKey },
    candidates: candidates.get(r.id),
    competenceCandidates: terms.get(r.id),
  }));
}

export type Decision = {
  id: string;
  action: 'accept' | 'reject' | 'merge';
  organisationId?: string;
  competenceId?: string;
};

type Sorted = {
  organisations: facts.Pick[];
  organisationMerges: facts.Pick[];
  competences: facts.Pick[];
  relations: facts.Pick[];
  rejected: string[];
  /** Proposals already decided this way: the same decision again changes nothing. */
  unchanged: repo.ProposalRow[];
};

const DONE: Record<string, Decision['action']> = { accepted: 'accept', merged: 'merge', rejected: 'reject' };

/** Why a decision cannot be taken, or null when it can. */
function refusal(d: Decision, row: repo.ProposalRow | undefined, seen: Set<string>): string | null {
  if (!row) return 'id: not a proposal of this round';
  if (seen.has(d.id)) return 'id: decided twice in this request';
  if (row.status === 'withdrawn') return 'The answer no longer makes this proposal';
  if (row.status === 'accepted' || row.status === 'merged')
    if (DONE[row.status] !== d.action) return `Already ${row.status}`;
  if (d.action === 'merge' && row.kind === 'relation') return 'A tie cannot be merged: accept or reject it';
  if (d.action === 'merge' && row.kind === 'organisation' && !d.organisationId)
    return 'organisationId: name the organisation to merge into';
  if (d.action === 'merge' && row.kind === 'competence' && !d.competenceId)
    return 'competenceId: name the competence to merge into';
  if (d.action !== 'merge' && (d.organisationId || d.competenceId))
    return 'organisationId and competenceId go with a merge only';
  if (row.kind !== 'organisation' && d.organisationId)
    return 'organisationId: only an organisation merges into one';
  if (row.kind !== 'competence' && d.competenceId) return 'competenceId: only a competence merges into one';
  return null;
}

function sortDecisions(decisions: readonly Decision[], rows: repo.ProposalRow[], problems: ErrorDetail[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const s: Sorted = {
    organisations: [],
    organisationMerges: [],
    competences: [],
    relations: [],
    rejected: [],
    unchanged: [],
  };
  decisions.forEach((d, index) => {
    const row = byId.get(d.id);
    const why = refusal(d, row, seen);
    seen.add(d.id);
    if (why) return void problems.push({ path: `decisions.${index}`, message: why });
    if (!row) return;
    if (DONE[row.status] === d.action) return void s.unchanged.push(row);
    const pick = { index, row, targetId: d.organisationId ?? d.competenceId };
    if (d.action === 'reject') s.rejected.push(row.id);
    else if (row.kind === 'organisation')
      (d.action === 'merge' ? s.organisationMerges : s.organisations).push(pick);
    else if (row.kind === 'competence') s.competences.push(pick);
    else s.relations.push(pick);
  });
  return s;
}

async function record(ctx: facts.DecisionContext, sorted: Sorted, now: Date) {
  const actor = ctx.caller.label;
  const own = (status: string, kind: string) =>
    [...sorted.relations, ...sorted.competences]
      .filter((p) => p.row.kind === kind && ctx.outcomes.get(p.row.id)?.ownFact)
      .map((p) => p.row.id)
      .filter((id) => ctx.outcomes.get(id)?.status === status);
  await repo.markRejected(ctx.trx, sorted.rejected, actor, now);
  await repo.markByLink(ctx.trx, 'relations', 'accepted', own('accepted', 'relation'), actor, now);
  for (const status of ['accepted', 'merged'] as const)
    await repo.markByLink(ctx.trx, 'organisationCompetences', status, own(status, 'competence'), actor, now);
  const others = [...ctx.outcomes].filter(([, o]) => !o.ownFact);
  await repo.markDecided(
    ctx.trx,
    others.map(([id, o]) => ({ id, status: o.status, recordId: o.recordId })),
    actor,
    now,
  );
}

/** Takes an editor's decisions on a round's proposals, all or nothing. */
export function decide(
  db: Database,
  caller: Caller,
  roundId: string,
  decisions: readonly Decision[],
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const round = await editableRound(trx, caller, roundId, now);
    const rows = await repo.proposalsForDecision(trx, round.id, [...new Set(decisions.map((d) => d.id))]);
    const problems: ErrorDetail[] = [];
    const sorted = sortDecisions(decisions, rows, problems);
    const ctx: facts.DecisionContext = {
      trx,
      caller,
      problems,
      outcomes: new Map(),
      placement: {
        workspaceId: round.workspaceId,
        visibility: round.visibility,
        createdBy: caller.label,
        updatedBy: caller.label,
      },
    };
    await facts.decideOrganisations(ctx, sorted.organisations, sorted.organisationMerges);
    await facts.decideCompetences(ctx, sorted.competences);
    await facts.decideRelations(ctx, sorted.relations);
    if (problems.length)
      throw new AppError(422, 'invalid_decisions', 'Some decisions cannot be taken', problems);
    await record(ctx, sorted, now);
    await audit(
      trx,
      caller,
      {
        action: 'review',
        entity: 'mapping-rounds',
        entityId: round.id,
        workspaceId: round.workspaceId,
        outcome: 'ok',
        detail: {
          accepted: [...ctx.outcomes.values()].filter((o) => o.status === 'accepted').length,
          merged: [...ctx.outcomes.values()].filter((o) => o.status === 'merged').length,
          rejected: sorted.rejected.length,
          organisations: sorted.organisations.map((p) => ctx.outcomes.get(p.row.id)?.recordId),
        },
      },
      now,
    );
    const unchanged = new Map(sorted.unchanged.map((r) => [r.id, r]));
    const rejected = new Set(sorted.rejected);
    return decisions.map((d) => {
      const o = ctx.outcomes.get(d.id);
      if (o) return { id: d.id, status: o.status, recordId: o.recordId };
      if (rejected.has(d.id)) return { id: d.id, status: 'rejected' as const, recordId: null };
      const u = unchanged.get(d.id)!;
      return { id: d.id, status: u.status, recordId: u.recordId };
    });
  });
}
