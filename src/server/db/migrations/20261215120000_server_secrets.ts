import { sql, type Kysely } from 'kysely';

/**
 * Secrets the server keeps for itself, made on first use (issue 17): the key that signs the time a
 * public form was served, so a spammer cannot forge an older form. Never leaves the server.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table server_secrets (
      name text primary key,
      value bytea not null check (octet_length(value) >= 32),
      created_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table server_secrets;`.execute(db);
}
