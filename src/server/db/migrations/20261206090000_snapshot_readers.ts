import { sql, type Kysely } from 'kysely';

/**
 * Snapshots are taken as their least reader sees the scope (`taken_for_readers`), so everyone who may
 * read a snapshot may read everything in it. Snapshots saved before held what their creator saw, private
 * records included: they stay readable to their creator (and admins) only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table picture_snapshots add column taken_for_readers boolean not null default false;
    alter table picture_snapshots alter column taken_for_readers set default true;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table picture_snapshots drop column taken_for_readers`.execute(db);
}
