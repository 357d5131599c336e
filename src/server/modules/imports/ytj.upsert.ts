/**
 * The batch upsert of YTJ organisation rows, with COPY (the cheapest way into PostgreSQL) both ways:
 * business IDs not in the table yet are COPYed straight into `organisations`; the others are COPYed
 * into a temporary staging table (not WAL-logged, dropped with the transaction) and moved with one
 * INSERT … SELECT … ON CONFLICT (business_id) DO UPDATE. A direct COPY that meets an existing business
 * ID (a re-import, or another writer adding the company meanwhile) fails inside a savepoint and its
 * rows take the upsert path instead, so the result is always that of upserting every row.
 * A new organisation gets the import's workspace and visibility; an existing one keeps its workspace,
 * visibility and kind (a town may have classified it better than the company form does) and takes the
 * register's names, codes, dates and status. A record the caller cannot write is left alone and reported.
 */
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { copyCsv } from './copy-in.js';
import type { OrganisationRow } from './ytj.rows.js';

/** [column, SQL type, OrganisationRow key] of the staged row. */
const INPUT: [string, string, keyof OrganisationRow][] = [
  ['business_id', 'text', 'businessId'],
  ['kind', 'text', 'kind'],
  ['name_fi', 'text', 'nameFi'],
  ['name_sv', 'text', 'nameSv'],
  ['name_en', 'text', 'nameEn'],
  ['tol_code', 'text', 'tolCode'],
  ['tol2025_code', 'text', 'tol2025Code'],
  ['municipality_code', 'text', 'municipalityCode'],
  ['website', 'text', 'website'],
  ['company_form', 'text', 'companyForm'],
  ['registration_date', 'date', 'registrationDate'],
  ['end_date', 'date', 'endDate'],
  ['status', 'text', 'status'],
  ['status_detail', 'jsonb', 'statusDetail'],
  ['name_history', 'jsonb', 'nameHistory'],
];

/** The value an update gives each register column: what PRH does not say keeps the stored value. */
const UPDATE: [string, string][] = [
  ['name_fi', 'excluded.name_fi'],
  ['name_sv', 'coalesce(excluded.name_sv, o.name_sv)'],
  ['name_en', 'coalesce(excluded.name_en, o.name_en)'],
  ['tol_code', 'coalesce(excluded.tol_code, o.tol_code)'],
  ['tol2025_code', 'coalesce(excluded.tol2025_code, o.tol2025_code)'],
  ['municipality_code', 'coalesce(excluded.municipality_code, o.municipality_code)'],
  ['website', 'coalesce(excluded.website, o.website)'],
  ['company_form', 'excluded.company_form'],
  ['registration_date', 'excluded.registration_date'],
  ['end_date', 'excluded.end_date'],
  ['status', 'excluded.status'],
  ['status_detail', 'excluded.status_detail'],
  ['name_history', 'excluded.name_history'],
];

const STAGING = 'ytj_staging';
const columns = INPUT.map(([c]) => c).join(', ');
const changed = `(${UPDATE.map(([, e]) => e).join(', ')}) is distinct from (${UPDATE.map(([c]) => `o.${c}`).join(', ')})`;
const setList = UPDATE.map(([c, e]) => `${c} = ${e}`).join(', ');
const COPY = `copy ${STAGING} (${columns}) from stdin (format csv)`;
const PROVENANCE =
  'source, last_imported_at, import_run_id, workspace_id, visibility, created_by, updated_by';
const COPY_DIRECT = `copy organisations (${columns}, ${PROVENANCE}) from stdin (format csv)`;

/** Every value quoted (so an empty text stays text); an empty field is NULL; objects as JSON. */
export const csvValue = (v: unknown) =>
  v === null || v === undefined
    ? ''
    : `"${(typeof v === 'string' ? v : JSON.stringify(v)).replace(/"/g, '""')}"`;

export const csvLine = (row: OrganisationRow) => INPUT.map(([, , key]) => csvValue(row[key])).join(',');

/** A row with its CSV line made in advance (while the previous batch is being written) and its position. */
export type PreparedRow = OrganisationRow & { csv?: string; line?: number };
const lineOf = (row: PreparedRow) => row.csv ?? csvLine(row);

export type UpsertTarget = {
  runId: string;
  workspaceId: string;
  visibility: 'private' | 'network' | 'public';
  actor: string;
  /** Admins and the system may update any organisation; others only those of these workspaces. */
  anyWorkspace: boolean;
  writableWorkspaces: string[];
};

export type BatchResult = { created: number; updated: number; unchanged: number; refused: string[] };

/**
 * Whether to COPY a whole batch straight in without looking its business IDs up first: true until a
 * batch meets one that exists (a re-import, or companies already in Solmu), then false for the rest.
 */
export type BatchMode = { optimistic: boolean };

/** Writes one batch (business IDs unique within it) inside the import's transaction. */
export async function writeBatch(
  trx: Database,
  rows: readonly PreparedRow[],
  t: UpsertTarget & { importedAt: string },
  mode: BatchMode = { optimistic: false },
): Promise<BatchResult> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0, refused: [] };
  if (mode.optimistic) {
    const created = await copyNew(trx, rows, t);
    if (created !== null) return { created, updated: 0, unchanged: 0, refused: [] };
    mode.optimistic = false;
  }
  const ids = rows.map((r) => r.businessId);
  const found = await trx
    .selectFrom('organisations')
    .select('businessId')
    .where((eb) => eb('businessId', '=', eb.fn.any(eb.cast<string[]>(eb.val(ids), sql`text[]`))))
    .execute();
  const existing = new Set(found.map((r) => r.businessId));
  const fresh = rows.filter((r) => !existing.has(r.businessId));
  let known = rows.filter((r) => existing.has(r.businessId));
  let created = 0;
  if (fresh.length) {
    const copied = await copyNew(trx, fresh, t);
    if (copied === null) known = [...rows];
    else created = copied;
  }
  const up = await upsertBatch(trx, known, t);
  return { ...up, created: created + up.created };
}

/** COPYs rows straight into organisations; null (and nothing written) if a business ID exists. */
async function copyNew(
  trx: Database,
  rows: readonly PreparedRow[],
  t: UpsertTarget & { importedAt: string },
): Promise<number | null> {
  const provenance = ['ytj', t.importedAt, t.runId, t.workspaceId, t.visibility, t.actor, t.actor]
    .map(csvValue)
    .join(',');
  await sql`savepoint ytj_batch`.execute(trx);
  try {
    const n = await copyCsv(trx, COPY_DIRECT, rows.map((r) => `${lineOf(r)},${provenance}\n`).join(''));
    await sql`release savepoint ytj_batch`.execute(trx);
    return n;
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await sql`rollback to savepoint ytj_batch`.execute(trx);
    return null;
  }
}

/** The staging table, once per transaction (dropped at its end). */
export async function createStaging(trx: Database) {
  const types = INPUT.map(([c, t]) => `${c} ${t}`).join(', ');
  await sql.raw(`create temporary table if not exists ${STAGING} (${types}) on commit drop`).execute(trx);
}

/** Upserts one batch (business IDs unique within it) inside the import's transaction. */
export async function upsertBatch(
  trx: Database,
  rows: readonly PreparedRow[],
  t: UpsertTarget,
): Promise<BatchResult> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0, refused: [] };
  await sql.raw(`truncate ${STAGING}`).execute(trx);
  await copyCsv(trx, COPY, rows.map(lineOf).join('\n') + '\n');
  const result = await sql<BatchResult>`
    with up as (
      insert into organisations as o (${sql.raw(columns)}, source, last_imported_at, import_run_id,
        workspace_id, visibility, created_by, updated_by)
      select ${sql.raw(columns)}, 'ytj', now(), ${t.runId}::uuid, ${t.workspaceId}::uuid,
        ${t.visibility}, ${t.actor}, ${t.actor} from ${sql.table(STAGING)}
      on conflict (business_id) do update set ${sql.raw(setList)},
        source = 'ytj',
        last_imported_at = excluded.last_imported_at,
        import_run_id = excluded.import_run_id,
        updated_at = case when ${sql.raw(changed)} then now() else o.updated_at end,
        updated_by = case when ${sql.raw(changed)} then excluded.updated_by else o.updated_by end
      where ${t.anyWorkspace}::boolean or o.workspace_id = any(${t.writableWorkspaces}::uuid[])
      returning o.business_id, (xmax = 0) as inserted, o.updated_at = now() as changed
    )
    select
      count(*) filter (where inserted)::int as created,
      count(*) filter (where not inserted and changed)::int as updated,
      count(*) filter (where not inserted and not changed)::int as unchanged,
      coalesce((select json_agg(s.business_id) from ${sql.table(STAGING)} s
        where s.business_id not in (select business_id from up)), '[]'::json) as refused
    from up`.execute(trx);
  const r = result.rows[0];
  return {
    created: r?.created ?? 0,
    updated: r?.updated ?? 0,
    unchanged: r?.unchanged ?? 0,
    refused: r?.refused ?? [],
  };
}
