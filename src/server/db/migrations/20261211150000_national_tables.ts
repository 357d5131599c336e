import { sql, type Kysely } from 'kysely';

/**
 * Statistics Finland's national tables of establishments or jobs by municipality and TOL 2008 industry
 * (`solmu reference import --national`): the baseline that location quotients compare a town with. One
 * table per basis; a new import replaces the old one whole. The area 'SSS' is the whole country's row.
 * Pictures read both tables, so writes bump the data version like the other picture inputs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table national_tables (
      id uuid primary key default gen_random_uuid(),
      basis text not null unique check (basis in ('establishments', 'jobs')),
      year integer not null check (year between 1900 and 2100),
      title text,
      measure text,
      source text not null,
      file_name text,
      municipality_count integer not null,
      missing_count integer not null default 0,
      imported_at timestamptz not null default now(),
      imported_by text not null default 'system'
    );
    create table national_industry_counts (
      table_id uuid not null references national_tables(id) on delete cascade,
      area text not null check (area = 'SSS' or area ~ '^[0-9]{3}$'),
      industry_code text not null check (industry_code ~ '^([A-U]|[0-9]{2})$'),
      count double precision not null check (count >= 0),
      primary key (table_id, area, industry_code)
    );
    create trigger national_tables_data_version
      after insert or update or delete or truncate on national_tables
      for each statement execute function note_data_change();
    create trigger national_industry_counts_data_version
      after insert or update or delete or truncate on national_industry_counts
      for each statement execute function note_data_change();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table national_industry_counts;
    drop table national_tables;
  `.execute(db);
}
