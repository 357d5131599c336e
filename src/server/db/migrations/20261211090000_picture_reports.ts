import { sql, type Kysely } from 'kysely';

/**
 * Report documents of a situational picture (issue 14): the written picture of a scope in one language,
 * owned by a workspace and edited by its editors. The document is kept whole (jsonb) with its version
 * number; every save adds a row to picture_report_versions holding the document as saved, who saved it,
 * when and what changed, so the history can be read back version by version.
 *
 * A goal or a development action accepted from a report's proposal names the report and the proposal's
 * key, so the strategy leads back to the evidence the proposal rests on. A report that goes away leaves
 * the goal in place and only loses the link.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table picture_reports (
      id uuid primary key default gen_random_uuid(),
      scope_kind text not null check (scope_kind in ('ecosystem', 'municipality', 'region', 'network')),
      scope_id text not null,
      scope_name text not null,
      language text not null check (language in ('fi', 'sv', 'en')),
      version integer not null default 1 check (version >= 1),
      content jsonb not null,
      generated_at timestamptz not null default now(),
      published_at timestamptz,
      published_by text,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system',
      unique (workspace_id, scope_kind, scope_id, language),
      check ((published_at is null) = (published_by is null))
    );
    create index picture_reports_scope on picture_reports(scope_kind, scope_id);

    create table picture_report_versions (
      report_id uuid not null references picture_reports(id) on delete cascade,
      version integer not null,
      content jsonb not null,
      change jsonb not null,
      created_at timestamptz not null default now(),
      created_by text not null default 'system',
      primary key (report_id, version)
    );

    alter table strategy_goals
      add column picture_report_id uuid references picture_reports(id) on delete set null,
      add column report_proposal_key text,
      add check ((picture_report_id is null) or (report_proposal_key is not null));
    alter table development_actions
      add column picture_report_id uuid references picture_reports(id) on delete set null,
      add column report_proposal_key text,
      add check ((picture_report_id is null) or (report_proposal_key is not null));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table development_actions drop column picture_report_id, drop column report_proposal_key;
    alter table strategy_goals drop column picture_report_id, drop column report_proposal_key;
    drop table picture_report_versions;
    drop table picture_reports;
  `.execute(db);
}
