/**
 * A round's respondents: organisations and people of the roster, or names and addresses pasted as a
 * list, each with a personal link (a random token of which only the hash is kept, shown once). Readers
 * of the round see who answered and how far; never an address, a token or an interview's notes.
 */
import { z } from 'zod';
import type { Caller } from '../../auth/caller.js';
import { hashToken, newToken } from '../../auth/secrets.js';
import { canRead } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound, type ErrorDetail } from '../../errors.js';
import { roundClosed } from './answers.service.js';
import * as repo from './respondents.repository.js';
import { readable, writable } from './rounds.access.js';
import type { RoundRow } from './rounds.repository.js';
import { linkExpiry, readRound, writableRound } from './rounds.service.js';

const ENTITY = 'round-respondents';
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type RosterRespondent = {
  organisationId?: string;
  personId?: string;
  displayName?: string;
  email?: string;
  language?: Language;
};

export type Link = { token: string; url: string; expiresAt: string };

/** A fresh personal link: the token goes to the respondent, its hash to the database. */
export function freshLink(language: string, closesOn: string) {
  const token = newToken();
  const expiresAt = linkExpiry(closesOn);
  return {
    hash: hashToken(token),
    expiresAt,
    link: { token, url: `/${language}/answer/${token}`, expiresAt: expiresAt.toISOString() },
  };
}

const email = z.email();
const PASTED_LINE = /^(.+?)\s*<([^<>\s]+)>$/;

/** "Name <address>" a line; a blank line is skipped. Every bad line is named, and then nothing is added. */
export function parsePasted(pasted: string): { entries: RosterRespondent[]; problems: ErrorDetail[] } {
  const entries: RosterRespondent[] = [];
  const problems: ErrorDetail[] = [];
  const seen = new Map<string, number>();
  pasted.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (!line) return;
    const match = PASTED_LINE.exec(line);
    const problem = (message: string) =>
      problems.push({ path: `pasted.${n}`, message: `Line ${n}: ${message}` });
    if (!match) return problem('write a name and an address as "Name <name@example.fi>"');
    const [, name, address] = match as unknown as [string, string, string];
    if (!email.safeParse(address).success) return problem('the address is not an e-mail address');
    if (name.length > 300) return problem('the name is longer than 300 characters');
    const key = address.toLowerCase();
    if (seen.has(key)) return problem(`the same address as line ${seen.get(key)}`);
    seen.set(key, n);
    entries.push({ displayName: name, email: address });
  });
  if (entries.length === 0 && problems.length === 0)
    problems.push({ path: 'pasted', message: 'No lines to add' });
  return { entries, problems };
}

/** Fills in names and addresses from the roster; each entry the caller may not read is a problem. */
async function fromRoster(db: Database, caller: Caller, list: RosterRespondent[]) {
  const roster = await repo.rosterOf(
    db,
    list.flatMap((r) => (r.organisationId ? [r.organisationId] : [])),
    list.flatMap((r) => (r.personId ? [r.personId] : [])),
  );
  const organisations = new Map(roster.organisations.filter((o) => canRead(caller, o)).map((o) => [o.id, o]));
  const people = new Map(roster.people.filter((p) => canRead(caller, p)).map((p) => [p.id, p]));
  const problems: ErrorDetail[] = [];
  const filled = list.map((r, i) => {
    const organisation = r.organisationId ? organisations.get(r.organisationId) : undefined;
    const person = r.personId ? people.get(r.personId) : undefined;
    const at = (field: string, message: string) =>
      problems.push({ path: `respondents.${i}.${field}`, message });
    if (r.organisationId && !organisation) at('organisationId', 'No organisation you may read has this id');
    if (r.personId && !person) at('personId', 'No person you may read has this id');
    const displayName = r.displayName ?? person?.fullName ?? organisation?.nameFi;
    if (!displayName) at('displayName', 'Name the respondent, or give an organisation or a person');
    return {
      organisationId: r.organisationId ?? null,
      personId: r.personId ?? null,
      displayName: displayName ?? '',
      email: r.email ?? person?.email ?? null,
      language: r.language ?? 'fi',
    };
  });
  return { filled, problems };
}

function refuseIfClosed(round: RoundRow, now: Date) {
  if (roundClosed(round, now)) throw new AppError(409, 'round_closed', 'The round has closed');
}

/** Adds respondents to a round, each with a personal link shown in this answer only. */
export function addRespondents(
  db: Database,
  caller: Caller,
  roundId: string,
  body: { respondents?: RosterRespondent[]; pasted?: string },
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const round = await writableRound(trx, caller, roundId, 'add respondents');
    refuseIfClosed(round, now);
    const pasted = body.pasted === undefined ? undefined : parsePasted(body.pasted);
    const { filled, problems } = await fromRoster(trx, caller, pasted?.entries ?? body.respondents ?? []);
    const all = [...(pasted?.problems ?? []), ...problems];
    if (all.length) throw new AppError(422, 'invalid_respondents', 'Some respondents cannot be added', all);
    const links = filled.map((r) => freshLink(r.language, round.closesOn));
    const rows = await repo.insertRespondents(
      trx,
      filled.map((r, i) => ({
        ...r,
        roundId,
        tokenHash: links[i]!.hash,
        tokenExpiresAt: links[i]!.expiresAt,
      })),
      caller.label,
    );
    await audit(
      trx,
      caller,
      {
        action: 'add respondents',
        entity: 'mapping-rounds',
        entityId: roundId,
        workspaceId: round.workspaceId,
        outcome: 'ok',
        detail: { ids: rows.map((r) => r.id) },
      },
      now,
    );
    return rows.map((r, i) => ({ id: r.id, displayName: r.displayName, link: links[i]!.link }));
  });
}

type RespondentState = 'not_opened' | 'opened' | 'draft' | 'submitted';

export function stateOf(r: {
  submittedAt: Date | null;
  openedAt: Date | null;
  hasAnswers: boolean;
}): RespondentState {
  if (r.submittedAt) return 'submitted';
  if (r.hasAnswers) return 'draft';
  return r.openedAt ? 'opened' : 'not_opened';
}

/** A round's respondents as its readers may see them: an organisation they may not read goes unnamed. */
export async function listRespondents(db: Database, caller: Caller, roundId: string) {
  await readRound(db, caller, roundId);
  const rows = await repo.respondentsOfRound(db, roundId);
  return rows.map((r) => {
    const seen =
      r.organisationWorkspaceId !== null &&
      canRead(caller, { workspaceId: r.organisationWorkspaceId, visibility: r.organisationVisibility });
    return {
      id: r.id,
      displayName: r.displayName,
      organisationId: r.organisationId,
      organisationName: seen ? r.organisationName : null,
      personId: r.personId,
      municipalityCode: seen ? r.municipalityCode : null,
      municipalityName: seen ? r.municipalityName : null,
      organisationKind: seen ? r.organisationKind : null,
      hasEmail: Boolean(r.hasEmail),
      language: r.language as Language,
      mode: r.mode as 'survey' | 'interview',
      state: stateOf({ ...r, hasAnswers: Boolean(r.hasAnswers) }),
      openedAt: r.openedAt?.toISOString() ?? null,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      remindedAt: r.remindedAt?.toISOString() ?? null,
      linkExpiresAt: r.tokenExpiresAt?.toISOString() ?? null,
      linkRevoked: r.tokenHash === null || r.tokenRevokedAt !== null,
      interviewer: r.interviewer,
      interviewedOn: r.interviewedOn,
    };
  });
}

/** The list as the respondents' page shows it; respondents are people's names, so the reading is audited. */
export async function readRespondents(db: Database, caller: Caller, roundId: string, now: Date) {
  const rows = await listRespondents(db, caller, roundId);
  if (rows.length)
    await audit(
      db,
      caller,
      { action: 'list', entity: ENTITY, outcome: 'ok', detail: { ids: rows.map((r) => r.id) } },
      now,
    );
  return rows;
}

const ROUND_ENTITY = 'mapping-rounds';

/** A respondent the caller may change, through the round they belong to (404 when it is hidden). */
export async function writableRespondent(db: Database, caller: Caller, id: string, action: string) {
  const r = await repo.respondentWithRound(db, id, true);
  if (!r) throw notFound('Respondent');
  await writable(db, caller, ROUND_ENTITY, { ...r, id: r.roundId }, action);
  return r;
}

/** A respondent the caller may read, through their round. */
export async function readableRespondent(db: Database, caller: Caller, id: string) {
  const r = await repo.respondentWithRound(db, id);
  if (!r) throw notFound('Respondent');
  await readable(db, caller, ROUND_ENTITY, { ...r, id: r.roundId });
  return r;
}

/** A new personal link for a respondent; the old one stops working. */
export function renewLink(db: Database, caller: Caller, id: string, now: Date): Promise<Link> {
  return inTransaction(db, async (trx) => {
    const r = await writableRespondent(trx, caller, id, 'new link');
    if (roundClosed(r, now)) throw new AppError(409, 'round_closed', 'The round has closed');
    const fresh = freshLink(r.language, r.closesOn);
    await repo.setLink(trx, id, fresh.hash, fresh.expiresAt, caller.label);
    await audit(
      trx,
      caller,
      { action: 'new link', entity: ENTITY, entityId: id, workspaceId: r.workspaceId, outcome: 'ok' },
      now,
    );
    return fresh.link;
  });
}

export function revokeLink(db: Database, caller: Caller, id: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const r = await writableRespondent(trx, caller, id, 'revoke link');
    await repo.revokeLink(trx, id, now, caller.label);
    await audit(
      trx,
      caller,
      { action: 'revoke link', entity: ENTITY, entityId: id, workspaceId: r.workspaceId, outcome: 'ok' },
      now,
    );
  });
}

/** A respondent goes with their answers and proposals (facts an editor accepted stay in the roster). */
export function removeRespondent(db: Database, caller: Caller, id: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const r = await writableRespondent(trx, caller, id, 'delete');
    await repo.deleteRespondent(trx, id);
    await audit(
      trx,
      caller,
      { action: 'delete', entity: ENTITY, entityId: id, workspaceId: r.workspaceId, outcome: 'ok' },
      now,
    );
  });
}
