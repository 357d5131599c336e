import { sql, type Kysely } from 'kysely';
import { dropChecksMentioning } from './checks.js';

/**
 * Events in the contact pipeline (issue 15):
 * - a relation of kind 'met_at_event' that an event wrote names the event (`event_id`): removing the
 *   participant, or the event, removes it; an editor's removal of one is remembered in
 *   `event_relation_removals`, so taking part again does not silently bring it back;
 * - a webinar series (`event_series`) with its recurrence, whose sessions are events with `series_id`;
 * - a funding call can be example data (`source = 'example'`), like relations and competence records.
 * The vocabularies are spelt out here, not imported, so that this migration stays what it was when they grow.
 */
const KINDS =
  "('collaboration', 'project_partner', 'supply_chain', 'customer', 'education', 'ownership', 'membership', 'funding', 'met_at_event', 'other')";
const OLD_KINDS =
  "('collaboration', 'project_partner', 'supply_chain', 'customer', 'education', 'ownership', 'membership', 'funding', 'other')";
const SOURCES = "('interview', 'survey', 'project', 'event', 'import', 'manual', 'example')";

export async function up(db: Kysely<unknown>): Promise<void> {
  await dropChecksMentioning('relations', "'collaboration'").execute(db);
  await sql`
    alter table relations add constraint relations_kind check (kind in ${sql.raw(KINDS)});
    alter table relations add column event_id uuid references events(id) on delete cascade;
    alter table relations add constraint relations_event_source check (event_id is null or source = 'event');
    create index relations_event on relations(event_id) where event_id is not null;

    create table event_relation_removals (
      event_id uuid not null references events(id) on delete cascade,
      from_organisation_id uuid not null references organisations(id) on delete cascade,
      to_organisation_id uuid not null references organisations(id) on delete cascade,
      removed_at timestamptz not null default now(),
      removed_by text not null,
      primary key (event_id, from_organisation_id, to_organisation_id)
    );

    create table event_series (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
      title_fi text collate "fi-x-icu" not null, title_sv text collate "sv-x-icu", title_en text,
      frequency text not null check (frequency in ('weekly', 'monthly')),
      session_count smallint check (session_count between 1 and 104),
      until_on date,
      check ((session_count is null) <> (until_on is null)),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    alter table events add column series_id uuid references event_series(id) on delete set null;
    create index events_series on events(series_id, starts_at) where series_id is not null;

    alter table funding_calls
      add column source text constraint funding_calls_source check (source in ${sql.raw(SOURCES)});
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table funding_calls drop column source;
    alter table events drop column series_id;
    drop table event_series;
    drop table event_relation_removals;
    delete from relations where kind = 'met_at_event';
    alter table relations drop column event_id;
    alter table relations drop constraint relations_kind;
    alter table relations add constraint relations_kind check (kind in ${sql.raw(OLD_KINDS)});
  `.execute(db);
}
