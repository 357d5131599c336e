import { sql, type Kysely } from 'kysely';
import { PHASE_KINDS, PHASE_STATUSES, WORKSHOP_STATUSES } from '../../../domain/workshops.js';

/**
 * Strategy workshops (issue 16): phases a facilitator runs, participants who join by a code without an
 * account (only a hash of their secret kept), their ideas, the facilitator's groups and the dot votes.
 * `workshop_stream` is the durable log of changes the live stream replays after a reconnect. Goals and
 * actions made from a workshop name it, and each is linked to the ideas or groups it came from.
 */
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workshops (
      id uuid primary key default gen_random_uuid(),
      strategy_id uuid not null references strategies(id) on delete cascade,
      event_id uuid references events(id) on delete set null,
      title_fi text not null,
      title_sv text,
      title_en text,
      join_code text not null unique check (join_code ~ '^[A-HJKMNP-Z2-9]{6}$'),
      status text not null default 'draft' check (status in (${list(WORKSHOP_STATUSES)})),
      vote_budget smallint not null default 5 check (vote_budget between 1 and 20),
      current_phase_id uuid,
      -- the demo's fictional example workshop (removed with the other examples)
      example boolean not null default false,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    create index workshops_strategy on workshops(strategy_id);
    create index workshops_event on workshops(event_id);

    create table workshop_phases (
      id uuid primary key default gen_random_uuid(),
      workshop_id uuid not null references workshops(id) on delete cascade,
      position smallint not null,
      kind text not null check (kind in (${list(PHASE_KINDS)})),
      title_fi text not null,
      title_sv text,
      title_en text,
      prompt_fi text,
      prompt_sv text,
      prompt_en text,
      status text not null default 'pending' check (status in (${list(PHASE_STATUSES)})),
      unique (workshop_id, position)
    );
    alter table workshops add foreign key (current_phase_id) references workshop_phases(id) on delete set null;

    create table workshop_participants (
      id uuid primary key default gen_random_uuid(),
      workshop_id uuid not null references workshops(id) on delete cascade,
      token_hash text not null unique,
      display_name text not null check (char_length(display_name) between 1 and 80),
      organisation_name text not null default '' check (char_length(organisation_name) <= 120),
      user_id uuid references users(id) on delete set null,
      consented_at timestamptz not null,
      created_at timestamptz not null default now()
    );
    create index workshop_participants_workshop on workshop_participants(workshop_id);

    create table workshop_groups (
      id uuid primary key default gen_random_uuid(),
      workshop_id uuid not null references workshops(id) on delete cascade,
      title text not null check (char_length(title) between 1 and 200),
      position integer not null default 0
    );
    create index workshop_groups_workshop on workshop_groups(workshop_id);

    create table workshop_ideas (
      id uuid primary key default gen_random_uuid(),
      workshop_id uuid not null references workshops(id) on delete cascade,
      phase_id uuid not null references workshop_phases(id) on delete cascade,
      participant_id uuid references workshop_participants(id) on delete cascade,
      text text not null check (char_length(text) between 1 and 500),
      group_id uuid references workshop_groups(id) on delete set null,
      position integer not null default 0,
      -- the moment of the insert, not of its transaction: ideas keep the order they came in
      created_at timestamptz not null default clock_timestamp()
    );
    create index workshop_ideas_workshop on workshop_ideas(workshop_id);
    create index workshop_ideas_participant on workshop_ideas(participant_id);

    create table workshop_votes (
      workshop_id uuid not null references workshops(id) on delete cascade,
      participant_id uuid not null references workshop_participants(id) on delete cascade,
      idea_id uuid not null references workshop_ideas(id) on delete cascade,
      dots smallint not null check (dots > 0),
      primary key (participant_id, idea_id)
    );
    create index workshop_votes_idea on workshop_votes(idea_id);

    create table workshop_stream (
      id bigserial primary key,
      workshop_id uuid not null references workshops(id) on delete cascade,
      type text not null,
      payload jsonb not null,
      -- the participant whose input the row carries: erasing them removes it from the log too
      participant_id uuid references workshop_participants(id) on delete cascade,
      created_at timestamptz not null default now()
    );
    create index workshop_stream_workshop on workshop_stream(workshop_id, id);

    alter table strategy_goals add column workshop_id uuid references workshops(id) on delete set null;
    alter table development_actions add column workshop_id uuid references workshops(id) on delete set null;

    create table workshop_outcome_sources (
      id uuid primary key default gen_random_uuid(),
      workshop_id uuid not null references workshops(id) on delete cascade,
      goal_id uuid references strategy_goals(id) on delete cascade,
      action_id uuid references development_actions(id) on delete cascade,
      idea_id uuid references workshop_ideas(id) on delete set null,
      group_id uuid references workshop_groups(id) on delete set null,
      dots integer not null default 0,
      created_at timestamptz not null default now(),
      check ((goal_id is null) <> (action_id is null)),
      check (idea_id is not null or group_id is not null)
    );
    create index workshop_outcome_sources_workshop on workshop_outcome_sources(workshop_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table workshop_outcome_sources;
    alter table development_actions drop column workshop_id;
    alter table strategy_goals drop column workshop_id;
    drop table workshop_stream;
    drop table workshop_votes;
    drop table workshop_ideas;
    drop table workshop_groups;
    drop table workshop_participants;
    alter table workshops drop column current_phase_id;
    drop table workshop_phases;
    drop table workshops;
  `.execute(db);
}
