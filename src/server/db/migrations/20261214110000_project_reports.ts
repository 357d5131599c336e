import { sql, type Kysely } from 'kysely';

/**
 * Project reports (issue 16): a draft report of a project for a period, kept per project, template,
 * period and language. The figures come from the data each time it is read; the draft keeps the
 * editors' texts per section and what they left out (sections and rows).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table project_reports (
      id uuid primary key default gen_random_uuid(),
      project_id uuid not null references projects(id) on delete cascade,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
      template text not null check (template in ('erdf_progress', 'steering_group')),
      period_start date not null,
      period_end date not null,
      lang text not null check (lang in ('fi', 'sv', 'en')),
      texts jsonb not null default '{}'::jsonb,
      omitted jsonb not null default '[]'::jsonb,
      created_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_at timestamptz not null default now(),
      updated_by text not null default 'system',
      check (period_end >= period_start)
    );
    create index project_reports_project on project_reports (project_id, period_start);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table project_reports;`.execute(db);
}
