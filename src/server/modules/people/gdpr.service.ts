import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';

const ERASED = '[poistettu]';

/** Every table with a person_id column: where a person can occur besides the people table. */
async function tablesWithPersonColumn(db: Database): Promise<string[]> {
  const r = await sql<{ tableName: string }>`
    select table_name from information_schema.columns
    where table_schema = current_schema() and column_name = 'person_id' order by table_name`.execute(db);
  return r.rows.map((row) => row.tableName);
}

/** Everything about one person across all tables, for a data subject access request. */
export async function exportPerson(db: Database, personId: string) {
  const person = await sql`select * from people where id = ${personId}`.execute(db);
  const occurrences: Record<string, unknown[]> = {};
  for (const table of await tablesWithPersonColumn(db)) {
    const rows = await sql`select * from ${sql.table(table)} where person_id = ${personId}`.execute(db);
    occurrences[table] = rows.rows.map(stripSearchVector);
  }
  const auditRows = await sql`
    select id::text, at, user_id, action, entity, entity_id, outcome, detail from audit_log
    where entity_id = ${personId} or detail::text like ${`%${personId}%`} order by id`.execute(db);
  occurrences.audit_log = auditRows.rows;
  return { person: person.rows.map(stripSearchVector)[0] ?? null, occurrences };
}

function stripSearchVector(row: unknown) {
  const { searchVector: _ignored, ...rest } = row as Record<string, unknown>;
  return rest;
}

/** Free-text columns of every table, where a name, e-mail or phone may have been typed. */
async function textColumns(db: Database) {
  const r = await sql<{ tableName: string; columnName: string; dataType: string }>`
    select c.table_name, c.column_name, c.data_type from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'jsonb') and c.is_generated = 'NEVER'
      and c.table_name not in ('solmu_migrations', 'solmu_migrations_lock')`.execute(db);
  return r.rows;
}

/** Replaces every mention of the given strings in free text (and audit payloads) everywhere. */
async function scrubMentions(db: Database, needles: string[]) {
  const words = needles.filter((n) => n.trim().length >= 3);
  if (words.length === 0) return;
  for (const { tableName, columnName, dataType } of await textColumns(db)) {
    for (const word of words) {
      const col = sql.raw(`"${columnName}"`);
      if (dataType === 'jsonb') {
        // Audit payloads hold ids and field names; one that mentions the person is emptied.
        await sql`update ${sql.raw(`"${tableName}"`)} set ${col} = '{}'::jsonb where ${col}::text ilike ${`%${word}%`}`.execute(
          db,
        );
      } else {
        await sql`update ${sql.raw(`"${tableName}"`)} set ${col} = regexp_replace(${col}, ${escapeRegex(word)}, ${ERASED}, 'gi')
          where ${col} ilike ${`%${word}%`}`.execute(db);
      }
    }
  }
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function identifyingValues(db: Database, personId: string): Promise<string[]> {
  const p = (
    await sql<{ fullName: string | null; email: string | null; phone: string | null }>`
    select full_name, email, phone from people where id = ${personId}`.execute(db)
  ).rows[0];
  return p ? [p.fullName, p.email, p.phone].filter((v): v is string => !!v) : [];
}

/** Erasure (GDPR art. 17): the person, their links and every mention go; the audit keeps only the fact. */
export async function erasePerson(db: Database, personId: string) {
  await inTransaction(db, async (trx) => {
    const values = await identifyingValues(trx, personId);
    await sql`delete from notes where person_id = ${personId}`.execute(trx);
    await sql`delete from people where id = ${personId}`.execute(trx);
    await scrubMentions(trx, values);
  });
}

/** Retention: people past their retain-until date lose everything that identifies them. */
export async function anonymiseExpiredPeople(db: Database, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const due = await sql<{ id: string }>`
    select id from people where retain_until < ${today}::date and anonymised_at is null`.execute(db);
  for (const { id } of due.rows) {
    await inTransaction(db, async (trx) => {
      const values = await identifyingValues(trx, id);
      await sql`update people set full_name = null, email = null, phone = null, anonymised_at = ${now}
        where id = ${id}`.execute(trx);
      await sql`delete from notes where person_id = ${id}`.execute(trx);
      await scrubMentions(trx, values);
    });
  }
  return due.rows.length;
}
