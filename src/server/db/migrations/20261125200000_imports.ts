import { sql, type Kysely } from 'kysely';
import { VISIBILITIES } from '../../../domain/enums.js';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * Imports: the record of every import run (YTJ, CSV, Excel), the business-register columns of
 * organisations with their provenance, and the stable keys a spreadsheet's own `id` column maps to.
 *
 * Name history is a jsonb column, not a table: PRH sends a company's whole name history with every
 * record, so it is replaced as a unit on each import, it is only ever read with its organisation, and
 * one row per company keeps the bulk import of a million companies to one write per company.
 *
 * `import_run_id` is provenance (the run that last wrote the row), deliberately without a foreign key
 * or index: runs are a log that may be pruned without rewriting a million organisations, and each
 * foreign-key check costs the bulk import about a sixth of a raw COPY's time (bench/import/RESULTS.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_runs (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in (${list(VISIBILITIES)})),
      kind text not null check (kind in ('ytj', 'csv', 'xlsx')),
      entity text not null
        check (entity in ('organisations', 'people', 'relations', 'competences', 'events')),
      file_name text,
      state text not null check (state in ('dry_run', 'running', 'done', 'failed')),
      row_count integer not null default 0,
      created_count integer not null default 0,
      updated_count integer not null default 0,
      unchanged_count integer not null default 0,
      failed_count integer not null default 0,
      errors jsonb not null default '[]',
      mapping jsonb,
      message text,
      finished_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    create index import_runs_workspace on import_runs(workspace_id, visibility, created_at);

    alter table organisations
      add column tol2025_code text check (tol2025_code ~ '^[0-9]{2,5}$'),
      add column company_form text,
      add column registration_date date,
      add column end_date date,
      add column status text check (status in ('active', 'ended')),
      add column status_detail jsonb,
      add column name_history jsonb,
      add column source text,
      add column last_imported_at timestamptz,
      add column import_run_id uuid;

    create table import_keys (
      workspace_id uuid not null references workspaces(id) on delete cascade,
      entity text not null,
      external_id text not null,
      record_id uuid not null,
      primary key (workspace_id, entity, external_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table import_keys;
    alter table organisations
      drop column tol2025_code, drop column company_form, drop column registration_date,
      drop column end_date, drop column status, drop column status_detail, drop column name_history,
      drop column source, drop column last_imported_at, drop column import_run_id;
    drop table import_runs;
  `.execute(db);
}
