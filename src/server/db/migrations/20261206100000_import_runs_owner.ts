import { sql, type Kysely } from 'kysely';

/**
 * The process that runs an import: a run still unfinished when its process died must end as failed,
 * but several Solmu processes (on one host or several) may share the database, and one must never fail
 * another's live run. So a run records its owner (a random id per process, the host and the process id)
 * and the owner refreshes `heartbeat_at` while the run is going (src/server/modules/imports/owner.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table import_runs
      add column owner_id text,
      add column owner_host text,
      add column owner_pid integer,
      add column heartbeat_at timestamptz;
    create index import_runs_unfinished on import_runs(heartbeat_at) where finished_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index import_runs_unfinished;
    alter table import_runs
      drop column owner_id, drop column owner_host, drop column owner_pid, drop column heartbeat_at;
  `.execute(db);
}
