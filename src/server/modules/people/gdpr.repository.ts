import { sql } from 'kysely';
import type { Database } from '../../db/database.js';

/** Where a person belongs and who may read them. */
export const personPlacement = (db: Database, id: string) =>
  db.selectFrom('people').select(['id', 'workspaceId', 'visibility']).where('id', '=', id).executeTakeFirst();

export const personRow = (db: Database, id: string) =>
  db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();

/** What identifies a person: their name, e-mail and phone. */
export const personIdentity = (db: Database, id: string) =>
  db.selectFrom('people').select(['fullName', 'email', 'phone']).where('id', '=', id).executeTakeFirst();

/** Every table with a person_id column: where a person can occur besides the people table. */
export async function tablesWithPersonColumn(db: Database): Promise<string[]> {
  const r = await sql<{ tableName: string }>`
    select table_name from information_schema.columns
    where table_schema = current_schema() and column_name = 'person_id' order by table_name`.execute(db);
  return r.rows.map((row) => row.tableName);
}

/** The rows of one of those tables that point at the person. */
export async function rowsOfPerson(db: Database, table: string, personId: string) {
  const r = await sql<
    Record<string, unknown>
  >`select * from ${sql.table(table)} where person_id = ${personId}`.execute(db);
  return r.rows;
}

/** Audit entries about a person: on their record, or naming them in their payload. */
export const auditEntriesAbout = (db: Database, personId: string) =>
  db
    .selectFrom('auditLog')
    .select((eb) => [
      eb.cast<string>('id', 'text').as('id'),
      'at',
      'userId',
      'action',
      'entity',
      'entityId',
      'outcome',
      'detail',
    ])
    .where((eb) =>
      eb.or([eb('entityId', '=', personId), eb(eb.cast('detail', 'text'), 'like', `%${personId}%`)]),
    )
    // The table's bigint id, not the text alias above: entry 10 comes after entry 9.
    .orderBy('auditLog.id')
    .execute();

/** The mapping-round respondents a person is: linked to them, or invited at their e-mail address. */
const respondentsOf = (db: Database, personId: string, email: string | null) =>
  db
    .selectFrom('roundRespondents')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('personId', '=', personId),
        ...(email ? [eb(eb.fn('lower', ['email']), '=', email.toLowerCase())] : []),
      ]),
    );

/** A person's answers in mapping rounds, with the question each answers; and the proposals they made. */
export async function roundAnswersOf(db: Database, personId: string, email: string | null) {
  const answers = await db
    .selectFrom('roundAnswers')
    .select(['respondentId', 'questionKey', 'value', 'updatedAt'])
    .where('respondentId', 'in', respondentsOf(db, personId, email))
    .orderBy('respondentId')
    .orderBy('questionKey')
    .execute();
  const proposals = await db
    .selectFrom('answerProposals')
    .select(['id', 'respondentId', 'questionKey', 'kind', 'payload', 'status', 'recordId', 'createdAt'])
    .where('respondentId', 'in', respondentsOf(db, personId, email))
    .orderBy('createdAt')
    .execute();
  return { answers, proposals };
}

/**
 * Deletes the person's respondent rows; their answers and proposals go with them. Accepted facts stay
 * (they join two organisations and name no person); their link to the answer is emptied by the database.
 */
export async function deleteRoundRespondentsOf(db: Database, personId: string, email: string | null) {
  const r = await db
    .deleteFrom('roundRespondents')
    .where('id', 'in', respondentsOf(db, personId, email))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteNotesOf(db: Database, personId: string) {
  await db.deleteFrom('notes').where('personId', '=', personId).execute();
}

export async function deletePerson(db: Database, id: string) {
  await db.deleteFrom('people').where('id', '=', id).execute();
}

/** Empties what identifies a person, keeping the rest of their record. */
export async function anonymisePerson(db: Database, id: string, now: Date) {
  await db
    .updateTable('people')
    .set({ fullName: null, email: null, phone: null, anonymisedAt: now })
    .where('id', '=', id)
    .execute();
}

/** People whose retain-until date is before `day` and who still carry their identity. */
export async function peoplePastRetention(db: Database, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('retainUntil', '<', day)
    .where('anonymisedAt', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** Free-text columns of every table, where a name, e-mail or phone may have been typed. */
export async function textColumns(db: Database) {
  const r = await sql<{ tableName: string; columnName: string; dataType: string }>`
    select c.table_name, c.column_name, c.data_type from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'jsonb') and c.is_generated = 'NEVER'
      and c.table_name not in ('solmu_migrations', 'solmu_migrations_lock')`.execute(db);
  return r.rows;
}

type Column = { tableName: string; columnName: string };
const names = (c: Column) => ({ table: sql.table(c.tableName), col: sql.ref(c.columnName) });

/** Empties a jsonb column's values that mention `word` anywhere. */
export async function emptyJsonMentioning(db: Database, column: Column, word: string) {
  const { table, col } = names(column);
  await sql`update ${table} set ${col} = '{}'::jsonb where ${col}::text ilike ${`%${word}%`}`.execute(db);
}

/** Replaces each match of `pattern` (a regular expression, any case) in a text column's values that mention `word`. */
export async function replaceInText(db: Database, column: Column, word: string, pattern: string, by: string) {
  const { table, col } = names(column);
  await sql`update ${table} set ${col} = regexp_replace(${col}, ${pattern}, ${by}, 'gi')
    where ${col} ilike ${`%${word}%`}`.execute(db);
}
