/**
 * Organisations from a table in bulk, the shape of the YTJ path: the checked rows stream in batches
 * through a COPY into a temporary staging table; references, the existing records and the permission to
 * change them are found with a few set-based statements over the whole staging table; then one UPDATE
 * and one INSERT write everything, in the import's ONE transaction. The per-row path (table.write.ts)
 * costs several queries a row; this costs a few statements a file.
 *
 * It finds the same records and refuses the same rows as writing each row through the resource service
 * would: a row's `id` column matches the record with that id (if the caller can read it), else the
 * record a previous import gave that key in this workspace; else the business ID matches (refused when
 * the caller cannot read that organisation); a matched record must be one the caller may change. An
 * update sets only what the row gives; a new record gets the import's workspace and visibility. The
 * import is audited once (like a YTJ import), not once per row.
 */
import { sql } from 'kysely';
import {
  rowFailure,
  type ImportRow,
  type RefKey,
  type RowErrorCode,
} from '../../../formats/tabular/index.js';
import { ENTITY_SPECS } from '../../../formats/tabular/entities.js';
import type { Caller } from '../../auth/caller.js';
import { editorWorkspaces } from '../../auth/caller.js';
import { visibleSql } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { organisationsResource } from '../organisations/organisations.resource.js';
import { copyCsv } from './copy-in.js';
import type { ImportError } from './runs.js';
import { unknownIndustry } from './table.write.js';
import { csvValue } from './ytj.upsert.js';

const STAGING = 'table_import_staging';
const BATCH = 5000;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** The organisation columns a row's data can give (the `data` fields of the import), in order. */
const DATA_FIELDS = ENTITY_SPECS.organisations.fields.filter((f) => f.target === 'data').map((f) => f.name);
const COLUMNS = [...DATA_FIELDS.map(snake), 'municipality_code'];
const COPY = `copy ${STAGING} (line, id_key, ${COLUMNS.join(', ')}) from stdin (format csv)`;

/** The staging table's columns the statements below name (it also has every organisation column). */
type Staging = {
  line: number;
  idKey: string | null;
  businessId: string | null;
  target: string | null;
  newId: string;
  problem: keyof typeof PROBLEMS | null;
};
/** The transaction with the temporary staging table declared, so the builder can check its queries. */
const staging = (trx: Database) => trx.withTables<{ tableImportStaging: Staging }>();

export type BulkTarget = {
  runId: string;
  workspaceId: string;
  caller: Caller;
  visibility?: 'private' | 'network' | 'public';
  /** The file's column a field comes from. */
  columnOf: (field: string | null) => string | null;
};

export type BulkOutcome = { created: number; updated: number };

/** Municipalities by code and by Finnish or Swedish name (an active one first), loaded once. */
async function municipalityLookup(db: Database) {
  const rows = await db
    .selectFrom('municipalities')
    .select(['code', 'nameFi', 'nameSv', 'isActive'])
    .orderBy('isActive', 'asc')
    .execute();
  const byCode = new Set(rows.map((r) => String(r.code)));
  // Later (active) entries overwrite earlier ones of the same name.
  const byName = new Map<string, string>();
  for (const r of rows)
    for (const name of [r.nameFi, r.nameSv])
      if (typeof name === 'string') byName.set(name.trim().toLowerCase(), String(r.code));
  return (ref: RefKey): string | null =>
    ref.by === 'code'
      ? byCode.has(ref.value)
        ? ref.value
        : null
      : (byName.get(ref.value.trim().toLowerCase()) ?? null);
}

/** What each organisation column becomes when a new row leaves it empty: the table's own default. */
async function columnDefaults(db: Database): Promise<Map<string, string>> {
  const rows = await sql<{ column: string; value: string | null }>`
    select column_name as column, column_default as value from information_schema.columns
    where table_schema = current_schema() and table_name = 'organisations'`.execute(db);
  return new Map(rows.rows.filter((r) => r.value !== null).map((r) => [r.column, r.value!]));
}

/**
 * Stages, checks and (unless a row is refused) writes the rows inside `trx`; refused rows are added to
 * `errors`. Returns what was written; the caller rolls back when `errors` is not empty or on a dry run.
 */
export async function writeOrganisationsInBulk(
  trx: Database,
  rows: Iterable<ImportRow>,
  t: BulkTarget,
  errors: ImportError[],
  onProgress?: (staged: number) => Promise<void> | void,
): Promise<BulkOutcome> {
  const municipality = await municipalityLookup(trx);
  await sql
    .raw(
      `create temporary table ${STAGING} on commit drop as
       select ${COLUMNS.join(', ')} from organisations with no data;
       alter table ${STAGING} add column line integer, add column id_key text,
         add column target uuid, add column new_id uuid default gen_random_uuid(),
         add column problem text`,
    )
    .execute(trx);
  const refuse = (line: number, field: string | null, code: RowErrorCode, message: string, value?: string) =>
    errors.push({
      line,
      column: t.columnOf(field),
      field,
      code,
      params: value === undefined ? (field ? { field } : {}) : { value },
      message,
    });

  let batch: string[] = [];
  let staged = 0;
  const flush = async () => {
    if (batch.length) await copyCsv(trx, COPY, batch.join(''));
    batch = [];
    await onProgress?.(staged);
  };
  for (const row of rows) {
    const data = row.data as Record<string, unknown>;
    const ref = row.refs.municipality as RefKey | undefined;
    const code = ref ? municipality(ref) : null;
    // Every check runs, so the row lists all its problems.
    const before = errors.length;
    if (ref && !code)
      refuse(row.line, 'municipality', 'unknown_municipality', `no municipality ${ref.value}`, ref.value);
    try {
      // The resource's own check of a record (for organisations: the TOL code), as a write would run it.
      await organisationsResource.check?.(trx, data, undefined, t.caller);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'unknown_industry') {
        const failure = unknownIndustry(String(data.tolCode));
        refuse(row.line, 'tolCode', failure.code, failure.error, String(data.tolCode));
      } else {
        const detail = error.details.map((d) => `${d.path}: ${d.message}`).join('; ');
        const field = error.details[0]?.path || null;
        refuse(row.line, field, 'record_rejected', `${error.message}${detail ? ` (${detail})` : ''}`);
      }
    }
    if (errors.length > before) continue;
    const values = [row.line, row.match.id ?? null, ...DATA_FIELDS.map((f) => data[f] ?? null), code];
    batch.push(`${values.map(csvValue).join(',')}\n`);
    if (++staged % BATCH === 0) await flush();
  }
  await flush();
  await matchExisting(trx, t);
  const refused = await staging(trx)
    .selectFrom('tableImportStaging')
    .select(['line', 'problem', 'businessId'])
    .where('problem', 'is not', null)
    .$narrowType<{ problem: keyof typeof PROBLEMS }>()
    .execute();
  for (const r of refused) {
    const failure = PROBLEMS[r.problem](r.businessId ?? '');
    errors.push({
      line: r.line,
      column: t.columnOf(failure.field),
      field: failure.field,
      code: failure.code,
      params: failure.params,
      message: failure.error,
    });
  }
  // With a bad row nothing is written: only say what the good rows would do.
  if (errors.length > 0) return wouldWrite(trx);
  return write(trx, t, await columnDefaults(trx));
}

async function wouldWrite(trx: Database): Promise<BulkOutcome> {
  return staging(trx)
    .selectFrom('tableImportStaging')
    .select((eb) => [
      eb.cast<number>(eb.fn.countAll().filterWhere('target', 'is', null), 'integer').as('created'),
      eb.cast<number>(eb.fn.countAll().filterWhere('target', 'is not', null), 'integer').as('updated'),
    ])
    .where('problem', 'is', null)
    .executeTakeFirstOrThrow();
}

/** Why a staged row was refused after the look-ups, as its row error. */
const PROBLEMS = {
  elsewhere: (id: string) => ({
    ...rowFailure(
      'business_id_elsewhere',
      'this business ID belongs to an organisation of another workspace',
      { value: id },
    ),
    field: 'businessId',
  }),
  taken: (id: string) => ({
    ...rowFailure('already_exists', `the business ID ${id} is already another organisation's`, {
      field: 'businessId',
    }),
    field: 'businessId',
  }),
  forbidden: () => ({
    ...rowFailure('not_allowed', 'You cannot change this record'),
    field: null,
  }),
};

/** Finds each staged row's existing record, set-based, and marks the rows that cannot be written. */
async function matchExisting(trx: Database, t: BulkTarget) {
  const s = sql.table(STAGING);
  const visible = visibleSql(t.caller, 'o');
  // A key of the file that is the id of a record the caller can read.
  await sql`
    update ${s} s set target = o.id from organisations o
    where s.id_key ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      and o.id = s.id_key::uuid and ${visible}`.execute(trx);
  // Else the record a previous import of this workspace gave that key.
  await staging(trx)
    .updateTable('tableImportStaging as s')
    .from('importKeys as k')
    .innerJoin('organisations as o', 'o.id', 'k.recordId')
    .set((eb) => ({ target: eb.ref('k.recordId') }))
    .where('s.target', 'is', null)
    .where('s.idKey', 'is not', null)
    .where('k.workspaceId', '=', t.workspaceId)
    .where('k.entity', '=', 'organisations')
    .whereRef('k.externalId', '=', 's.idKey')
    .execute();
  // Else the organisation with the business ID, which the caller must be able to read.
  await sql`
    update ${s} s set target = o.id, problem = case when ${visible} then null else 'elsewhere' end
    from organisations o
    where s.target is null and s.business_id is not null and o.business_id = s.business_id`.execute(trx);
  // A record found by its key that would take the business ID of another organisation.
  await staging(trx)
    .updateTable('tableImportStaging as s')
    .set({ problem: 'taken' })
    .where('s.problem', 'is', null)
    .where('s.target', 'is not', null)
    .where('s.businessId', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('organisations as o')
          .select(eb.lit(1).as('one'))
          .whereRef('o.businessId', '=', 's.businessId')
          .whereRef('o.id', '<>', 's.target'),
      ),
    )
    .execute();
  // A record the caller may read but not change.
  if (!t.caller.isAdmin)
    await sql`
      update ${s} s set problem = 'forbidden' from organisations o
      where s.problem is null and o.id = s.target
        and not (${t.caller.canWrite}::boolean and o.workspace_id = any(${editorWorkspaces(t.caller)}::uuid[]))`.execute(
      trx,
    );
}

/** One UPDATE of the records found and one INSERT of the new ones; the file's keys are remembered. */
async function write(trx: Database, t: BulkTarget, defaults: Map<string, string>): Promise<BulkOutcome> {
  const s = sql.table(STAGING);
  const actor = t.caller.label;
  const set = COLUMNS.map((c) => `${c} = coalesce(s.${c}, o.${c})`).join(', ');
  // Two rows that found the same record (one by its key, one by its business ID): the later one wins.
  const updated = await sql`
    update organisations o set ${sql.raw(set)}, updated_at = now(), updated_by = ${actor}
    from (select distinct on (target) * from ${s} where target is not null order by target, line desc) s
    where o.id = s.target`.execute(trx);
  const value = (c: string) => (defaults.has(c) ? `coalesce(s.${c}, ${defaults.get(c)})` : `s.${c}`);
  const visibility = t.visibility ? sql`${t.visibility}` : sql.raw(defaults.get('visibility') ?? `'private'`);
  const created = await sql`
    insert into organisations (id, ${sql.raw(COLUMNS.join(', '))}, workspace_id, visibility, created_by,
      updated_by)
    select s.new_id, ${sql.raw(COLUMNS.map(value).join(', '))}, ${t.workspaceId}::uuid, ${visibility},
      ${actor}, ${actor}
    from ${s} s where s.target is null`.execute(trx);
  await sql`
    insert into import_keys (workspace_id, entity, external_id, record_id)
    select ${t.workspaceId}::uuid, 'organisations', s.id_key, coalesce(s.target, s.new_id) from ${s} s
    where s.id_key is not null and s.id_key <> coalesce(s.target, s.new_id)::text
    on conflict (workspace_id, entity, external_id) do update set record_id = excluded.record_id`.execute(
    trx,
  );
  const counts = await wouldWrite(trx);
  if (Number(created.numAffectedRows) !== counts.created || updated.numAffectedRows === undefined)
    throw new Error('the bulk write did not write the rows it staged');
  // Each row that updated a record counts, as when rows are written one by one.
  return counts;
}
