import { sql, type Kysely } from 'kysely';

/**
 * Municipality borders, imported at run time from a GeoJSON file (`solmu reference import <file>`); the
 * project ships none (the National Land Survey's data has its own licence and yearly editions).
 *
 * No foreign key to municipalities: a border file of one year may name a municipality that the installed
 * division calls by another code, and the map simply leaves such a border unused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table municipality_borders (
      municipality_code text primary key check (municipality_code ~ '^[0-9]{3}$'),
      geometry jsonb not null,
      source text,
      imported_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table municipality_borders`.execute(db);
}
