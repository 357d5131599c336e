/**
 * Running a workshop (issue 16): the facilitator — an editor of the strategy's workspace — prepares it
 * from a template, opens and closes its phases, adds ideas, groups them and erases a participant. Every
 * write is one transaction with its audit entry and its row in the live stream.
 */
import crypto from 'node:crypto';
import { WORKSHOP_TEMPLATES, type WorkshopTemplate } from '../../../domain/workshop-templates.js';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  VOTE_BUDGET,
  type WorkshopStatus,
} from '../../../domain/workshops.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { readableRecord, writableRecord } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { presentIdea, presentParticipant, presentPhase, presentWorkshop } from './workshops.presenter.js';
import { ENTITY, EVENT, STRATEGY, readable, writable } from './workshops.access.js';
import * as repo from './workshops.repository.js';
import {
  dotsOf,
  eraseParticipant as eraseRow,
  findParticipant,
  mostDotsGiven,
  votesOf,
} from './participants.repository.js';
import { lastEventId, streamedWrite, type Emit } from './workshops.stream.js';

export type NewWorkshop = {
  strategyId: string;
  eventId?: string | null;
  titleFi: string;
  titleSv?: string | null;
  titleEn?: string | null;
  voteBudget?: number;
  template: WorkshopTemplate;
};

export type WorkshopChange = {
  titleFi?: string;
  titleSv?: string | null;
  titleEn?: string | null;
  voteBudget?: number;
  status?: WorkshopStatus;
};

const logged = (
  trx: Database,
  caller: Caller,
  action: string,
  row: repo.WorkshopRow,
  now: Date,
  detail?: Record<string, unknown>,
) =>
  audit(
    trx,
    caller,
    { action, entity: ENTITY, entityId: row.id, workspaceId: row.workspaceId, outcome: 'ok', detail },
    now,
  );

const newCode = () =>
  Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)],
  ).join('');

async function freeCode(db: Database) {
  for (;;) {
    const code = newCode();
    if (!(await repo.codeTaken(db, code))) return code;
  }
}

export const listWorkshops = repo.listWorkshops;

export async function createWorkshop(db: Database, caller: Caller, input: NewWorkshop, now: Date) {
  return streamedWrite(db, async (trx) => {
    const strategy = await writableRecord(
      trx,
      caller,
      await repo.findPlaced(trx, 'strategies', input.strategyId),
      STRATEGY,
      'create',
    );
    if (input.eventId)
      await readableRecord(trx, caller, await repo.findPlaced(trx, 'events', input.eventId), EVENT);
    const row = await repo.insertWorkshop(
      trx,
      {
        strategyId: strategy.id,
        eventId: input.eventId ?? null,
        titleFi: input.titleFi,
        titleSv: input.titleSv ?? null,
        titleEn: input.titleEn ?? null,
        joinCode: await freeCode(trx),
        voteBudget: input.voteBudget ?? VOTE_BUDGET.default,
        workspaceId: strategy.workspaceId,
      },
      caller.label,
    );
    await repo.insertPhases(
      trx,
      WORKSHOP_TEMPLATES[input.template].map((p, position) => ({
        workshopId: row.id,
        position,
        kind: p.kind,
        titleFi: p.title.fi,
        titleSv: p.title.sv,
        titleEn: p.title.en,
        promptFi: p.prompt.fi,
        promptSv: p.prompt.sv,
        promptEn: p.prompt.en,
      })),
    );
    await logged(trx, caller, 'create', row, now, { strategy: strategy.id, template: input.template });
    return row;
  });
}

export async function readBoard(db: Database, caller: Caller, id: string) {
  const row = await readable(db, caller, await repo.findWorkshop(db, id));
  const [phases, participants, ideas, groups, dots, last, outcome] = await Promise.all([
    repo.phasesOf(db, id),
    repo.participantsOf(db, id),
    repo.ideasOf(db, id),
    repo.groupsOf(db, id),
    repo.groupDots(db, id),
    lastEventId(db, id),
    repo.outcomeOf(db, id),
  ]);
  return {
    workshop: presentWorkshop(row, caller),
    phases: phases.map(presentPhase),
    participants: participants.map(presentParticipant),
    ideas: ideas.map(presentIdea),
    groups: groups.map((g) => ({ ...g, dots: dots.get(g.id) ?? 0 })),
    lastEventId: last,
    outcome,
  };
}

/** A facilitator's write: the workshop locked, the change, its stream rows and its audit entry together. */
function facilitated<T>(
  db: Database,
  caller: Caller,
  id: string,
  now: Date,
  write: (
    trx: Database,
    row: repo.WorkshopRow,
    emit: Emit,
  ) => Promise<{ result: T; detail: Record<string, unknown> }>,
) {
  return streamedWrite(db, async (trx, emit) => {
    const row = await writable(trx, caller, await repo.findWorkshop(trx, id, true), 'update');
    const { result, detail } = await write(trx, row, emit);
    await logged(trx, caller, 'update', row, now, detail);
    return result;
  });
}

/** What every screen may know of a change to the workshop itself (participants' screens too). */
const emitWorkshop = (emit: Emit, row: repo.WorkshopRow) =>
  emit(row.id, 'workshop-changed', {
    workshop: {
      id: row.id,
      titleFi: row.titleFi,
      titleSv: row.titleSv,
      titleEn: row.titleEn,
      status: row.status,
      voteBudget: row.voteBudget,
      currentPhaseId: row.currentPhaseId,
    },
  });

async function emitPhases(trx: Database, emit: Emit, row: repo.WorkshopRow) {
  const phases = (await repo.phasesOf(trx, row.id)).map(presentPhase);
  await emit(row.id, 'phase-changed', { currentPhaseId: row.currentPhaseId, phases });
}

/** A budget below the dots someone has already given would leave them a negative number of dots left. */
async function budgetCoversVotes(trx: Database, id: string, budget: number) {
  const most = await mostDotsGiven(trx, id);
  if (most > budget)
    throw new AppError(
      409,
      'vote_budget_below_votes',
      `A participant has already given ${most} dots: the budget cannot be less than that`,
      [{ path: 'voteBudget', message: String(most) }],
    );
}

export function updateWorkshop(db: Database, caller: Caller, id: string, change: WorkshopChange, now: Date) {
  return facilitated(db, caller, id, now, async (trx, _row, emit) => {
    if (change.voteBudget !== undefined) await budgetCoversVotes(trx, id, change.voteBudget);
    const row = await repo.updateWorkshop(trx, id, change, caller.label);
    if (change.status === 'closed') {
      const open = (await repo.phasesOf(trx, id)).filter((p) => p.status === 'open').map((p) => p.id);
      await repo.setPhaseStatus(trx, id, open, 'closed');
      if (open.length) await emitPhases(trx, emit, row);
    }
    await emitWorkshop(emit, row);
    return { result: row, detail: { fields: Object.keys(change) } };
  });
}

export async function deleteWorkshop(db: Database, caller: Caller, id: string, now: Date) {
  await streamedWrite(db, async (trx) => {
    const row = await writable(trx, caller, await repo.findWorkshop(trx, id, true), 'delete');
    await repo.removeWorkshop(trx, id);
    await logged(trx, caller, 'delete', row, now);
  });
}

const noSuchPhase = () => new AppError(404, 'not_found', 'The workshop has no such phase');

/**
 * Opens a phase (closing the one open before it) or closes it. Opening a phase of a draft workshop opens
 * the workshop to its participants; a closed workshop's phases stay closed.
 */
export function setPhase(
  db: Database,
  caller: Caller,
  id: string,
  phaseId: string,
  open: boolean,
  now: Date,
) {
  return facilitated(db, caller, id, now, async (trx, row, emit) => {
    const phases = await repo.phasesOf(trx, id);
    const phase = phases.find((p) => p.id === phaseId);
    if (!phase) throw noSuchPhase();
    if (open && row.status === 'closed')
      throw new AppError(409, 'workshop_closed', 'The workshop is closed: reopen it before opening a phase');
    const others = phases.filter((p) => p.status === 'open' && p.id !== phaseId).map((p) => p.id);
    if (open) await repo.setPhaseStatus(trx, id, others, 'closed');
    await repo.setPhaseStatus(trx, id, [phaseId], open ? 'open' : 'closed');
    const change: repo.WorkshopChange = open
      ? { currentPhaseId: phaseId, ...(row.status === 'draft' ? { status: 'open' } : {}) }
      : {};
    const updated = await repo.updateWorkshop(trx, id, change, caller.label);
    await emitPhases(trx, emit, updated);
    if (change.status) await emitWorkshop(emit, updated);
    return { result: updated, detail: { phase: phaseId, open } };
  });
}

export function addIdea(
  db: Database,
  caller: Caller,
  id: string,
  input: { text: string; phaseId: string },
  now: Date,
) {
  return facilitated(db, caller, id, now, async (trx, row, emit) => {
    if (!(await repo.phasesOf(trx, id)).some((p) => p.id === input.phaseId)) throw noSuchPhase();
    const idea = presentIdea(
      await repo.insertIdea(trx, {
        workshopId: row.id,
        phaseId: input.phaseId,
        participantId: null,
        text: input.text,
      }),
    );
    await emit(row.id, 'idea-added', { idea });
    return { result: idea, detail: { idea: idea.id } };
  });
}

const noSuchGroup = () => new AppError(404, 'not_found', 'The workshop has no such group');
const noSuchIdea = () => new AppError(404, 'not_found', 'The workshop has no such idea');

async function emitGroup(trx: Database, emit: Emit, workshopId: string, groupId: string) {
  const group = await repo.findGroup(trx, workshopId, groupId);
  const dots = group ? ((await repo.groupDots(trx, workshopId)).get(groupId) ?? 0) : 0;
  await emit(workshopId, 'group-changed', { groupId, group: group ? { ...group, dots } : null });
  return group ? { ...group, dots } : null;
}

export function addGroup(db: Database, caller: Caller, id: string, title: string, now: Date) {
  return facilitated(db, caller, id, now, async (trx, row, emit) => {
    const made = await repo.insertGroup(trx, row.id, title);
    const group = (await emitGroup(trx, emit, row.id, made.id))!;
    return { result: group, detail: { group: group.id } };
  });
}

export function changeGroup(
  db: Database,
  caller: Caller,
  id: string,
  groupId: string,
  change: { title?: string; position?: number },
  now: Date,
) {
  return facilitated(db, caller, id, now, async (trx, row, emit) => {
    if (!(await repo.updateGroup(trx, row.id, groupId, change))) throw noSuchGroup();
    const group = (await emitGroup(trx, emit, row.id, groupId))!;
    return { result: group, detail: { group: groupId, fields: Object.keys(change) } };
  });
}

/** A group removed: its ideas stay, ungrouped (and each screen is told they moved). */
export function removeGroup(db: Database, caller: Caller, id: string, groupId: string, now: Date) {
  return facilitated(db, caller, id, now, async (trx, row, emit) => {
    const members = (await repo.ideasOf(trx, row.id)).filter((i) => i.groupId === groupId);
    if (!(await repo.removeGroup(trx, row.id, groupId))) throw noSuchGroup();
    for (const idea of members)
      await emit(row.id, 'idea-moved', { ideaId: idea.id, groupId: null, position: idea.position });
    await emitGroup(trx, emit, row.id, groupId);
    return { result: null, detail: { removedGroup: groupId } };
  });
}

export function moveIdea(
  db: Database,
  caller: Caller,
  id: string,
  ideaId: string,
  place: { groupId: string | null; position?: number },
  now: Date,
) {
  return facilitated(db, caller, id, now, async (trx, row, emit) => {
    const idea = await repo.findIdea(trx, row.id, ideaId);
    if (!idea) throw noSuchIdea();
    if (place.groupId && !(await repo.findGroup(trx, row.id, place.groupId))) throw noSuchGroup();
    await repo.moveIdea(trx, ideaId, place);
    const moved = presentIdea((await repo.ideasOf(trx, row.id, ideaId))[0]!);
    await emit(row.id, 'idea-moved', { ideaId, groupId: moved.groupId, position: moved.position });
    for (const g of new Set([idea.groupId, place.groupId])) if (g) await emitGroup(trx, emit, row.id, g);
    return { result: moved, detail: { idea: ideaId, group: place.groupId } };
  });
}

/** Erases a participant's input: the name and organisation, ideas and votes (the audit keeps no name). */
export function eraseParticipant(db: Database, caller: Caller, id: string, participantId: string, now: Date) {
  return facilitated(db, caller, id, now, async (trx, row, emit) => {
    if (!(await findParticipant(trx, row.id, participantId)))
      throw new AppError(404, 'not_found', 'The workshop has no such participant');
    await erased(trx, emit, row.id, participantId);
    return { result: null, detail: { erasedParticipant: participantId } };
  });
}

/**
 * The erasure itself, shared by the facilitator and the participant: their stream rows go with them
 * (the foreign key cascades), and the screens are told which ideas to drop.
 */
export async function erased(trx: Database, emit: Emit, workshopId: string, participantId: string) {
  const voted = (await votesOf(trx, participantId)).map((v) => v.ideaId);
  const ideaIds = await eraseRow(trx, participantId);
  const still = voted.filter((id) => !ideaIds.includes(id));
  const dots = await dotsOf(trx, still);
  const totals = still.map((ideaId) => ({ ideaId, dots: dots.get(ideaId) ?? 0 }));
  await emit(workshopId, 'participant-erased', { erasedParticipantId: participantId, ideaIds, dots: totals });
}
