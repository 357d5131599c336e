import { sql, type Kysely } from 'kysely';

/**
 * Rate-limit windows shared by every Solmu instance on the database (issue 18): one row per limiter and
 * key, the key hashed (an account's e-mail or a client's address is never stored as it is). Unlogged:
 * counts are worth no write-ahead log, and a crash of the server merely forgets the windows. No index
 * beside the key, so that counting is a heap-only update; expired rows are swept now and then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unlogged table rate_limits (
      key bytea primary key,
      count integer not null,
      ends_at timestamptz not null,
      refused boolean not null default false,
      credentials text[] not null default '{}'
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rate_limits;`.execute(db);
}
