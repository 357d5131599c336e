import { sql, type Kysely } from 'kysely';

/**
 * Strategies that roll up (issue 16): a town's or ecosystem's goal linked to the network goal it
 * contributes to, the network goal's rule for gathering them, where an actual's figure comes from, the
 * funding calls a development action is financed from, and the demo's fictional town strategies marked
 * as examples. The rules are spelt out so this migration stays what it was when the vocabulary grows.
 */
const RULES = "('sum', 'mean', 'on_track_count', 'list')";

const recordColumns = sql.raw(`
  workspace_id uuid not null references workspaces(id) on delete cascade,
  visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  created_by text not null default 'system',
  updated_by text not null default 'system'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table strategy_goals
      add column rollup_rule text constraint strategy_goals_rollup_rule check (rollup_rule in ${sql.raw(RULES)});
    alter table goal_actuals add column source text;
    alter table strategies add column example boolean not null default false;
    alter table strategy_goals add column example boolean not null default false;

    create table goal_contributions (
      id uuid primary key default gen_random_uuid(),
      network_goal_id uuid not null references strategy_goals(id) on delete cascade,
      contributing_goal_id uuid not null references strategy_goals(id) on delete cascade,
      note text,
      unique (network_goal_id, contributing_goal_id),
      check (network_goal_id <> contributing_goal_id),
      ${recordColumns}
    );
    create index goal_contributions_contributing on goal_contributions(contributing_goal_id);

    create table action_calls (
      id uuid primary key default gen_random_uuid(),
      action_id uuid not null references development_actions(id) on delete cascade,
      funding_call_id uuid not null references funding_calls(id) on delete cascade,
      note text,
      unique (action_id, funding_call_id),
      ${recordColumns}
    );
    create index action_calls_call on action_calls(funding_call_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table action_calls;
    drop table goal_contributions;
    alter table strategy_goals drop column example;
    alter table strategies drop column example;
    alter table goal_actuals drop column source;
    alter table strategy_goals drop column rollup_rule;
  `.execute(db);
}
