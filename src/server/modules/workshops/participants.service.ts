/**
 * The participant's side of a workshop (issue 16): join by code without an account, post ideas while an
 * idea phase is open, spend a budget of dots while the vote is open, and erase one's own input. A
 * participant is known only by the secret they got when joining, sent as the X-Workshop-Participant
 * header; only its hash is kept.
 */
import { IDEA_PHASES, joinCode } from '../../../domain/workshops.js';
import type { Caller } from '../../auth/caller.js';
import { hashToken, newToken } from '../../auth/secrets.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { presentIdea, presentJoinWorkshop, presentParticipant, presentPhase } from './workshops.presenter.js';
import * as repo from './workshops.repository.js';
import * as people from './participants.repository.js';
import { erased } from './workshops.service.js';
import { streamedWrite } from './workshops.stream.js';

const notFound = () => new AppError(404, 'workshop_not_found', 'No workshop has this code: check the code');

async function anyWorkshopOfCode(db: Database, code: string) {
  const parsed = joinCode.safeParse(code);
  const row = parsed.success ? await repo.findByCode(db, parsed.data) : undefined;
  if (!row) throw notFound();
  return row;
}

/** The workshop of a code as a participant may reach it: a draft is not open yet, a closed one is over. */
async function workshopOfCode(db: Database, code: string) {
  const row = await anyWorkshopOfCode(db, code);
  if (row.status === 'draft') throw new AppError(409, 'workshop_not_open', 'The workshop has not opened yet');
  if (row.status === 'closed') throw new AppError(410, 'workshop_closed', 'The workshop has closed');
  return row;
}

const currentPhase = async (db: Database, row: repo.WorkshopRow) => {
  const phase = row.currentPhaseId ? await repo.findPhase(db, row.id, row.currentPhaseId) : undefined;
  return phase ? presentPhase(phase) : null;
};

const openPhase = async (db: Database, row: repo.WorkshopRow) => {
  const phase = await currentPhase(db, row);
  return phase?.status === 'open' ? phase : null;
};

export async function joinInfo(db: Database, code: string) {
  const row = await workshopOfCode(db, code);
  return { workshop: presentJoinWorkshop(row), phase: await currentPhase(db, row) };
}

export async function join(
  db: Database,
  caller: Caller,
  code: string,
  input: { displayName: string; organisationName?: string },
  now: Date,
) {
  const token = newToken('wsp_');
  return streamedWrite(db, async (trx, emit) => {
    const row = await workshopOfCode(trx, code);
    const participant = await people.insertParticipant(trx, {
      workshopId: row.id,
      tokenHash: hashToken(token),
      displayName: input.displayName,
      organisationName: input.organisationName ?? '',
      userId: caller.kind === 'user' ? caller.userId : null,
      consentedAt: now,
    });
    await emit(
      row.id,
      'participant-joined',
      { participant: presentParticipant(participant) },
      participant.id,
    );
    return { participantId: participant.id, token };
  });
}

const noParticipant = () =>
  new AppError(
    401,
    'participant_unknown',
    'Join the workshop first (the X-Workshop-Participant header is missing or wrong)',
  );

/**
 * The workshop and the participant the header's secret names; `lock` holds the participant's row. Only
 * erasing one's own input still works once the workshop has closed.
 */
async function asParticipant(
  db: Database,
  code: string,
  token: string | undefined,
  options: { lock?: boolean; evenClosed?: boolean } = {},
) {
  const row = options.evenClosed ? await anyWorkshopOfCode(db, code) : await workshopOfCode(db, code);
  const lock = options.lock ?? false;
  const participant = token ? await people.findByToken(db, row.id, hashToken(token), lock) : undefined;
  if (!participant) throw noParticipant();
  return { row, participant };
}

/** The participant the header names, for reading their stream. */
export const participantOf = (db: Database, code: string, token: string | undefined) =>
  asParticipant(db, code, token);

/** Whether the participant is still in the workshop (not erased), for ending their stream. */
export const stillJoined = async (db: Database, workshopId: string, participantId: string) =>
  Boolean(await people.findParticipant(db, workshopId, participantId));

const dotsLeft = (budget: number, votes: { dots: number }[]) =>
  budget - votes.reduce((s, v) => s + v.dots, 0);

/** What every phone polls: its reads go out together, the ballot only while the vote is open. */
export async function participantState(db: Database, code: string, token: string | undefined) {
  const { row, participant } = await asParticipant(db, code, token);
  const [phase, votes, myIdeas] = await Promise.all([
    currentPhase(db, row),
    people.votesOf(db, participant.id),
    people.ownIdeas(db, participant.id),
  ]);
  const voting = phase?.kind === 'voting' && phase.status === 'open';
  return {
    phase,
    myIdeas: myIdeas.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
    ideas: voting ? await people.ballot(db, row.id) : [],
    myVotes: votes,
    dotsLeft: dotsLeft(row.voteBudget, votes),
  };
}

export async function postIdea(db: Database, code: string, token: string | undefined, text: string) {
  return streamedWrite(db, async (trx, emit) => {
    const { row, participant } = await asParticipant(trx, code, token);
    const phase = await openPhase(trx, row);
    if (!phase || !(IDEA_PHASES as readonly string[]).includes(phase.kind))
      throw new AppError(409, 'ideas_closed', 'Ideas are not being collected now');
    const idea = presentIdea(
      await repo.insertIdea(trx, {
        workshopId: row.id,
        phaseId: phase.id,
        participantId: participant.id,
        text,
      }),
    );
    await emit(row.id, 'idea-added', { idea }, participant.id);
    return idea;
  });
}

/**
 * Sets the participant's dots on an idea. The participant's row is locked first, so two votes of one
 * participant are counted one after the other and together never pass the budget.
 */
export async function vote(
  db: Database,
  code: string,
  token: string | undefined,
  ideaId: string,
  dots: number,
) {
  return streamedWrite(db, async (trx, emit) => {
    const { row, participant } = await asParticipant(trx, code, token, { lock: true });
    const phase = await openPhase(trx, row);
    if (phase?.kind !== 'voting') throw new AppError(409, 'voting_closed', 'The vote is not open');
    if (!(await repo.findIdea(trx, row.id, ideaId)))
      throw new AppError(404, 'not_found', 'The workshop has no such idea');
    // Read again under the participant's lock: the facilitator may just have changed the budget.
    const budget = (await repo.findWorkshop(trx, row.id))?.voteBudget ?? row.voteBudget;
    const used = await people.dotsUsedElsewhere(trx, participant.id, ideaId);
    if (used + dots > budget)
      throw new AppError(409, 'vote_budget_exceeded', `You have ${budget - used} dots left for this idea`);
    await people.setVote(trx, { workshopId: row.id, participantId: participant.id, ideaId, dots });
    await emit(row.id, 'vote-changed', { ideaId, dots: await people.ideaDots(trx, ideaId) }, participant.id);
    return { dotsLeft: budget - used - dots };
  });
}

/** The participant erases their own input: name, ideas and votes. Their secret stops working. */
export async function eraseSelf(db: Database, code: string, token: string | undefined) {
  await streamedWrite(db, async (trx, emit) => {
    const { row, participant } = await asParticipant(trx, code, token, { lock: true, evenClosed: true });
    await erased(trx, emit, row.id, participant.id);
  });
}
