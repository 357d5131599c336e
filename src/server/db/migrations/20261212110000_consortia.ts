import { sql, type Kysely } from 'kysely';
import { PROJECT_ROLES } from '../../../domain/enums.js';

/**
 * Consortia (issue 15): the partners a workspace gathers for a funding call, each with a role, a budget
 * and a contact person, checked against the call's rules before they become a project's roles. A project
 * names the call it applies to.
 */
const roles = sql.raw(PROJECT_ROLES.map((r) => `'${r}'`).join(', '));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table consortia (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      funding_call_id uuid not null references funding_calls(id) on delete cascade,
      project_id uuid references projects(id) on delete set null,
      notes text,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    create index consortia_funding_call on consortia(funding_call_id);

    create table consortium_partners (
      id uuid primary key default gen_random_uuid(),
      consortium_id uuid not null references consortia(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      role text not null check (role in (${roles})),
      budget_eur numeric check (budget_eur >= 0),
      contact_person_id uuid references people(id) on delete set null,
      created_at timestamptz not null default now(),
      created_by text not null default 'system',
      unique (consortium_id, organisation_id)
    );

    alter table projects add column funding_call_id uuid references funding_calls(id) on delete set null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table projects drop column funding_call_id;
    drop table consortium_partners;
    drop table consortia;
  `.execute(db);
}
