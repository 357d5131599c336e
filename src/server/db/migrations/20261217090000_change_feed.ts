import { sql, type Kysely } from 'kysely';

/**
 * The record tables the API serves (src/domain/catalogue.ts), each with the path its records are served
 * at and the columns of the records a link row joins, in the catalogue's order of `links`. Written out
 * here so that this migration stays as it was when the catalogue grows: a new record table adds its
 * trigger in a migration of its own.
 */
export const CHANGE_FEED_TABLES: [table: string, resource: string, links: string[]][] = [
  ['organisations', 'organisations', []],
  ['competences', 'competences', []],
  ['organisation_competences', 'organisation-competences', ['organisation_id']],
  ['people', 'people', []],
  ['person_roles', 'person-roles', ['person_id', 'organisation_id']],
  ['relations', 'relations', ['from_organisation_id', 'to_organisation_id']],
  ['ecosystems', 'ecosystems', []],
  ['ecosystem_members', 'ecosystem-members', ['ecosystem_id', 'organisation_id']],
  ['networks', 'networks', []],
  ['network_members', 'network-members', ['network_id', 'organisation_id']],
  ['projects', 'projects', []],
  ['project_roles', 'project-roles', ['project_id', 'organisation_id']],
  ['funding_calls', 'funding-calls', []],
  ['ecosystem_agreements', 'ecosystem-agreements', []],
  ['agreement_parties', 'agreement-parties', ['agreement_id', 'organisation_id']],
  ['events', 'events', []],
  ['event_participants', 'event-participants', ['event_id', 'organisation_id', 'person_id']],
  ['strategies', 'strategies', []],
  ['strategy_goals', 'strategy-goals', []],
  ['goal_actuals', 'goal-actuals', []],
  ['development_actions', 'development-actions', []],
  ['action_projects', 'action-projects', ['action_id', 'project_id']],
  ['action_calls', 'action-calls', ['action_id', 'funding_call_id']],
  ['goal_contributions', 'goal-contributions', ['network_goal_id', 'contributing_goal_id']],
  ['contacts', 'contacts', []],
  ['notes', 'notes', []],
  ['picture_proposals', 'picture-proposals', []],
];

const OPERATIONS = [
  ['insert', 'created', 'new_rows', null],
  ['update', 'updated', 'new_rows', 'old_rows'],
  ['delete', 'deleted', 'old_rows', null],
] as const;

/**
 * The change feed's log (issue 19, decision 024). Every write statement on a record table adds, in its
 * own transaction, one row per record it created, updated or deleted: the record's id and nothing of
 * its content, the placement (workspace and visibility) that decides who may learn of the change (as
 * the record was before an update or a delete), and the ids of the records a link row joins. The feed
 * reads in (txid, position) order and only transactions older than every running one, so that a
 * change committed late is never behind a cursor already handed out. `changes_horizon` holds the
 * newest key pruned (cursors before it are gone) and the log's epoch, which a cursor carries: a
 * database restored from a backup starts a log of its own. Its words are varchar, not text: the log
 * holds no free text, and the erasure's scan of free-text columns has nothing to look for here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table changes (
      position bigint generated always as identity primary key,
      txid xid8 not null default pg_current_xact_id(),
      resource varchar(40) not null,
      record_id uuid not null,
      operation varchar(7) not null check (operation in ('created', 'updated', 'deleted')),
      workspace_id uuid not null,
      visibility varchar(7) not null,
      linked_ids uuid[] not null default '{}',
      occurred_at timestamptz not null default now()
    );
    create index changes_feed on changes (resource, txid, position);
    create index changes_occurred on changes (occurred_at);
    create index changes_deleted on changes (record_id) where operation = 'deleted';

    create table changes_horizon (
      only_row boolean primary key default true check (only_row),
      epoch uuid not null default gen_random_uuid(),
      txid xid8 not null default '0',
      position bigint not null default 0
    );
    insert into changes_horizon default values;

    create function note_record_changes() returns trigger language plpgsql as $$
    declare
      links text := 'array[]::uuid[]';
      placement text := 'r';
    begin
      if tg_nargs > 2 then
        select 'array[' || string_agg('r.' || quote_ident(c), ', ') || ']::uuid[]' into links
        from unnest(tg_argv[2:]) c;
      end if;
      if tg_op = 'UPDATE' then placement := 'o'; end if;
      execute format(
        'insert into changes (resource, record_id, operation, workspace_id, visibility, linked_ids)
         select %L, r.id, %L, %s.workspace_id, %s.visibility, %s from %s r %s',
        tg_argv[0], tg_argv[1], placement, placement, links,
        case when tg_op = 'DELETE' then 'old_rows' else 'new_rows' end,
        case when tg_op = 'UPDATE' then 'join old_rows o on o.id = r.id' else '' end);
      return null;
    end $$;
  `.execute(db);
  for (const [table, resource, links] of CHANGE_FEED_TABLES) {
    for (const [event, operation, rows, old] of OPERATIONS) {
      const referencing = old
        ? sql`referencing new table as new_rows old table as old_rows`
        : sql`referencing ${sql.raw(rows === 'new_rows' ? 'new' : 'old')} table as ${sql.raw(rows)}`;
      const args = [resource, operation, ...links].map((a) => sql.lit(a));
      await sql`
        create trigger ${sql.id(`${table}_changes_${event}`)}
          after ${sql.raw(event)} on ${sql.table(table)} ${referencing}
          for each statement execute function note_record_changes(${sql.join(args)})
      `.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table] of CHANGE_FEED_TABLES)
    for (const [event] of OPERATIONS)
      await sql`drop trigger ${sql.id(`${table}_changes_${event}`)} on ${sql.table(table)}`.execute(db);
  await sql`
    drop function note_record_changes();
    drop table changes_horizon;
    drop table changes;
  `.execute(db);
}
