/**
 * Mapping rounds: a questionnaire version sent to respondents for a period, in a scope (an ecosystem, a
 * network or a town). The version is the questionnaire's latest when the round is created and never
 * changes after: every answer is read against it (decision 011).
 */
import type { Caller } from '../../auth/caller.js';
import { canRead } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { chooseWorkspace } from '../../resources/service.js';
import { questionnaireById } from './questionnaires.repository.js';
import * as repo from './rounds.repository.js';
import { readable, writable } from './rounds.access.js';

const ENTITY = 'mapping-rounds';

/** The field that names what a round of each scope maps. */
const SCOPE_OWNER = {
  ecosystem: 'ecosystemId',
  network: 'networkId',
  municipality: 'municipalityCode',
} as const;

type Scoped = {
  scope: string;
  ecosystemId?: string | null;
  networkId?: string | null;
  municipalityCode?: string | null;
};

/** A round names what its scope maps and nothing else, and its period does not end before it starts. */
function checkRound(r: Scoped & { opensOn: string; closesOn: string; answersKeptUntil?: string | null }) {
  const owner = SCOPE_OWNER[r.scope as keyof typeof SCOPE_OWNER];
  const others = Object.values(SCOPE_OWNER).filter((f) => f !== owner);
  if (!r[owner] || others.some((f) => r[f]))
    throw new AppError(422, 'scope_mismatch', `A ${r.scope} round names its ${owner} and nothing else`, [
      { path: owner, message: `Required when scope is ${r.scope}` },
    ]);
  if (r.closesOn < r.opensOn)
    throw new AppError(422, 'period_reversed', 'The round cannot close before it opens', [
      { path: 'closesOn', message: 'closesOn must not be before opensOn' },
    ]);
  if (r.answersKeptUntil && r.answersKeptUntil < r.closesOn)
    throw new AppError(
      422,
      'retention_before_close',
      'The answers must be kept at least until the round closes',
      [{ path: 'answersKeptUntil', message: 'answersKeptUntil must not be before closesOn' }],
    );
}

/**
 * A personal link works until the round's last day is over: the next midnight in UTC comes two or three
 * hours after Finland's, so the whole Finnish day is covered (and the round's close is checked besides).
 */
export const linkExpiry = (closesOn: string) => new Date(Date.parse(`${closesOn}T00:00:00Z`) + 24 * 3600_000);

export const readRound = async (db: Database, caller: Caller, id: string) =>
  readable(db, caller, ENTITY, await repo.roundById(db, id));

export const writableRound = async (db: Database, caller: Caller, id: string, action: string) =>
  writable(db, caller, ENTITY, await repo.roundById(db, id, true), action);

export const listRounds = (db: Database, caller: Caller, questionnaireId?: string) =>
  repo.visibleRounds(db, caller, questionnaireId);

export type NewRound = Omit<repo.RoundFields, 'nameFi' | 'scope' | 'opensOn' | 'closesOn'> & {
  questionnaireId: string;
  nameFi: string;
  scope: string;
  opensOn: string;
  closesOn: string;
};

/** A new round on the latest version of a questionnaire the caller may read. */
export function createRound(
  db: Database,
  caller: Caller,
  input: NewRound,
  workspace: string | undefined,
  now: Date,
) {
  checkRound(input);
  return inTransaction(db, async (trx) => {
    const workspaceId = await chooseWorkspace(trx, { caller, workspace }, ENTITY);
    const questionnaire = await questionnaireById(trx, input.questionnaireId);
    if (!questionnaire || !canRead(caller, questionnaire))
      throw new AppError(422, 'unknown_reference', 'No such questionnaire', [
        { path: 'questionnaireId', message: 'No questionnaire you may read has this id' },
      ]);
    const row = await repo.insertRound(trx, {
      ...input,
      version: questionnaire.latestVersion,
      workspaceId,
      actor: caller.label,
    });
    await audit(
      trx,
      caller,
      { action: 'create', entity: ENTITY, entityId: row.id, workspaceId, outcome: 'ok' },
      now,
    );
    return row;
  });
}

export function updateRound(db: Database, caller: Caller, id: string, fields: repo.RoundFields, now: Date) {
  return inTransaction(db, async (trx) => {
    const found = await writableRound(trx, caller, id, 'update');
    checkRound({ ...found, ...fields });
    const row = await repo.updateRound(trx, id, fields, caller.label);
    if (fields.closesOn && fields.closesOn !== found.closesOn)
      await repo.moveLinkExpiry(trx, id, linkExpiry(fields.closesOn));
    await audit(
      trx,
      caller,
      {
        action: 'update',
        entity: ENTITY,
        entityId: id,
        workspaceId: found.workspaceId,
        outcome: 'ok',
        detail: { fields: Object.keys(fields) },
      },
      now,
    );
    return row;
  });
}

/** A round goes with its respondents, their answers and the proposals not yet decided. */
export function deleteRound(db: Database, caller: Caller, id: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const found = await writableRound(trx, caller, id, 'delete');
    await repo.deleteRound(trx, id);
    await audit(
      trx,
      caller,
      { action: 'delete', entity: ENTITY, entityId: id, workspaceId: found.workspaceId, outcome: 'ok' },
      now,
    );
  });
}

/** Closes the round now: its links stop working, and its answers no longer change. */
export function closeRound(db: Database, caller: Caller, id: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const found = await writableRound(trx, caller, id, 'close');
    if (found.closedAt) return found;
    const row = await repo.updateRound(trx, id, { closedAt: now }, caller.label);
    await audit(
      trx,
      caller,
      { action: 'close', entity: ENTITY, entityId: id, workspaceId: found.workspaceId, outcome: 'ok' },
      now,
    );
    return row;
  });
}
