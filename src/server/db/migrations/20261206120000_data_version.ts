import { sql, type Kysely } from 'kysely';

/**
 * The tables a situational picture is computed from (src/server/modules/pictures/picture.repository.ts and
 * what it calls). A picture cached for one data version is served until a write to one of them commits;
 * a table the loader starts to read must be added here by a new migration.
 */
export const PICTURE_INPUT_TABLES = (
  'regions municipalities organisations competences organisation_competences relations ecosystems ' +
  'ecosystem_members networks network_members projects project_roles picture_snapshots'
).split(' ');

/**
 * A data version for caches (docs/decisions/006-picture-cache.md). Every write statement on an input
 * table marks its transaction once (`data_changes`, one row per transaction); at commit a deferred
 * trigger adds one to `data_version` and removes the mark. The counter's row is thus locked only while
 * a transaction commits, never while it runs: a long import does not hold up other writers, and no
 * writer waits for it while holding locks of its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table data_version (
      only_row boolean primary key default true check (only_row),
      version bigint not null default 0
    );
    insert into data_version default values;
    create table data_changes (txid bigint primary key);

    create function note_data_change() returns trigger language plpgsql as $$
    begin
      insert into data_changes (txid) values (txid_current()) on conflict do nothing;
      return null;
    end $$;

    create function bump_data_version() returns trigger language plpgsql as $$
    begin
      update data_version set version = version + 1;
      delete from data_changes where txid = new.txid;
      return null;
    end $$;

    create constraint trigger data_changes_commit after insert on data_changes
      deferrable initially deferred for each row execute function bump_data_version();
  `.execute(db);
  for (const table of PICTURE_INPUT_TABLES) {
    await sql`
      create trigger ${sql.id(`${table}_data_version`)}
        after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function note_data_change()
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of PICTURE_INPUT_TABLES) {
    await sql`drop trigger ${sql.id(`${table}_data_version`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`
    drop table data_changes;
    drop table data_version;
    drop function bump_data_version();
    drop function note_data_change();
  `.execute(db);
}
