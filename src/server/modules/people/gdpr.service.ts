import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { isUuid } from '../../resources/repository.js';
import { eraseParticipationsOfEmail } from '../workshops/participations.service.js';
import { enquiriesOf, eraseEnquiriesOf } from '../enquiries/enquiries.gdpr.js';
import * as repo from './gdpr.repository.js';

const ERASED = '[poistettu]';

/** Export and erasure are for editors of the person's workspace: viewers may see, not hand out or erase. */
async function personForEditor(db: Database, caller: Caller, id: string, action: string, now: Date) {
  const row = isUuid(id) ? await repo.personPlacement(db, id) : undefined;
  if (!row || !canRead(caller, row)) throw notFound('Person');
  if (!canWrite(caller, row.workspaceId)) {
    await audit(db, caller, { action, entity: 'people', entityId: id, outcome: 'denied' }, now);
    throw new AppError(403, 'forbidden', 'Only editors of the workspace can do this');
  }
  return row;
}

type Placement = { personId: string; workspaceId: string };

/** The audit keeps the fact of an export or erasure: who, which person, when; never the data. */
const audited = (
  db: Database,
  caller: Caller,
  action: string,
  { personId, workspaceId }: Placement,
  now: Date,
) => audit(db, caller, { action, entity: 'people', entityId: personId, workspaceId, outcome: 'ok' }, now);

/** Everything about one person across all tables, for a data subject access request; audited. */
export async function exportPerson(db: Database, caller: Caller, id: string, now: Date) {
  const { id: personId, workspaceId } = await personForEditor(db, caller, id, 'export', now);
  const person = await repo.personRow(db, personId);
  const occurrences: Record<string, object[]> = {};
  for (const table of await repo.tablesWithPersonColumn(db))
    occurrences[table] = await repo.rowsOfPerson(db, table, personId);
  // A respondent's link is a credential: its hash is no one's data to hand out.
  occurrences.round_respondents = (occurrences.round_respondents ?? []).map(withoutTokenHash);
  const round = await repo.roundAnswersOf(db, personId, person?.email ?? null);
  occurrences.round_answers = round.answers;
  occurrences.answer_proposals = round.proposals;
  const sent = await enquiriesOf(db, { workspaceId, email: person?.email ?? null }, caller.isAdmin);
  occurrences.enquiries = sent.enquiries;
  occurrences.accessibility_feedback = sent.accessibilityFeedback;
  occurrences.audit_log = await repo.auditEntriesAbout(db, personId);
  await audited(db, caller, 'export', { personId, workspaceId }, now);
  return { person: person ?? null, occurrences };
}

const withoutTokenHash = (row: object) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'tokenHash' && k !== 'token_hash'));

/** Replaces every mention of the given strings in free text (and audit payloads) everywhere. */
async function scrubMentions(db: Database, needles: string[]) {
  const words = needles.filter((n) => n.trim().length >= 3);
  if (words.length === 0) return;
  for (const column of await repo.textColumns(db)) {
    for (const word of words) {
      // Audit payloads hold ids and field names; one that mentions the person is emptied.
      if (column.dataType === 'jsonb') await repo.emptyJsonMentioning(db, column, word);
      else await repo.replaceInText(db, column, word, escapeRegex(word), ERASED);
    }
  }
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function identifyingValues(db: Database, personId: string): Promise<string[]> {
  const p = await repo.personIdentity(db, personId);
  return p ? [p.fullName, p.email, p.phone].filter((v): v is string => !!v) : [];
}

/**
 * Erasure (GDPR art. 17): the person, their links, their answers in mapping rounds and every mention go;
 * so do the workshop participations of the account with their e-mail address (ideas and dots with them),
 * the enquiries the person's workspace received from that address and the address on accessibility feedback;
 * the audit keeps only the fact. Relations accepted from their answers stay: they join two organisations.
 */
export async function erasePerson(db: Database, caller: Caller, id: string, now: Date) {
  const { id: personId, workspaceId } = await personForEditor(db, caller, id, 'erase', now);
  await inTransaction(db, async (trx) => {
    const values = await identifyingValues(trx, personId);
    const { email } = (await repo.personIdentity(trx, personId)) ?? { email: null };
    await repo.deleteNotesOf(trx, personId);
    await repo.deleteRoundRespondentsOf(trx, personId, email);
    await eraseParticipationsOfEmail(trx, email);
    await eraseEnquiriesOf(trx, { workspaceId, email });
    await repo.deletePerson(trx, personId);
    await scrubMentions(trx, values);
    await audited(trx, caller, 'erase', { personId, workspaceId }, now);
  });
}

/** Retention: people past their retain-until date lose everything that identifies them. */
export async function anonymiseExpiredPeople(db: Database, now: Date): Promise<number> {
  const due = await repo.peoplePastRetention(db, now.toISOString().slice(0, 10));
  for (const id of due) {
    await inTransaction(db, async (trx) => {
      const values = await identifyingValues(trx, id);
      await repo.anonymisePerson(trx, id, now);
      await repo.deleteNotesOf(trx, id);
      await scrubMentions(trx, values);
    });
  }
  return due.length;
}
