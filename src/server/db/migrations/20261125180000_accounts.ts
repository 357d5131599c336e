import { sql, type Kysely } from 'kysely';
import { CONTACT_STAGES, VISIBILITIES, WORKSPACE_ROLES } from '../../../domain/enums.js';

/** Every table of domain records: each row belongs to one workspace and has a visibility. */
export const RECORD_TABLES = [
  'organisations',
  'competences',
  'organisation_competences',
  'people',
  'person_roles',
  'relations',
  'ecosystems',
  'ecosystem_members',
  'networks',
  'network_members',
  'projects',
  'project_roles',
  'funding_calls',
  'ecosystem_agreements',
  'agreement_parties',
  'events',
  'event_participants',
  'strategies',
  'strategy_goals',
  'goal_actuals',
  'development_actions',
  'action_projects',
  'contacts',
  'notes',
];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const audit = sql.raw(`
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  created_by text not null default 'system',
  updated_by text not null default 'system'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workspaces (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      name_fi text collate "fi-x-icu" not null, name_sv text collate "sv-x-icu", name_en text,
      organisation_id uuid references organisations(id) on delete set null,
      ${audit}
    );
    create table workspace_networks (
      workspace_id uuid not null references workspaces(id) on delete cascade,
      network_id uuid not null references networks(id) on delete cascade,
      primary key (workspace_id, network_id)
    );
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      display_name text,
      password_hash text,
      is_admin boolean not null default false,
      totp_secret text,
      totp_enabled_at timestamptz,
      oidc_issuer text, oidc_subject text,
      disabled_at timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (oidc_issuer, oidc_subject)
    );
    create unique index users_email on users (lower(email));
    create table memberships (
      user_id uuid not null references users(id) on delete cascade,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      role text not null check (role in (${sql.raw(list(WORKSPACE_ROLES))})),
      primary key (user_id, workspace_id)
    );
    create table network_coordinators (
      user_id uuid not null references users(id) on delete cascade,
      network_id uuid not null references networks(id) on delete cascade,
      primary key (user_id, network_id)
    );
    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user on sessions(user_id);
    create table login_links (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      scopes text[] not null,
      workspace_id uuid references workspaces(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz
    );
    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      user_id uuid,
      token_id uuid,
      action text not null,
      entity text,
      entity_id text,
      workspace_id uuid,
      outcome text not null check (outcome in ('ok', 'denied', 'failed')),
      detail jsonb not null default '{}'
    );
    create index audit_log_entity on audit_log(entity_id);
    create index audit_log_at on audit_log(at);

    create table contacts (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      person_id uuid references people(id) on delete set null,
      network_id uuid references networks(id) on delete set null,
      stage text not null default 'to_contact' check (stage in (${sql.raw(list(CONTACT_STAGES))})),
      reason text,
      next_step text,
      next_step_on date,
      search_vector tsvector generated always as (
        to_tsvector('finnish', coalesce(reason, '') || ' ' || coalesce(next_step, '')) ||
        to_tsvector('simple', coalesce(reason, '') || ' ' || coalesce(next_step, ''))) stored,
      ${audit}
    );
    create table notes (
      id uuid primary key default gen_random_uuid(),
      body text not null,
      organisation_id uuid references organisations(id) on delete cascade,
      person_id uuid references people(id) on delete cascade,
      contact_id uuid references contacts(id) on delete cascade,
      event_id uuid references events(id) on delete cascade,
      check (organisation_id is not null or person_id is not null or contact_id is not null or event_id is not null),
      search_vector tsvector generated always as (
        to_tsvector('finnish', body) || to_tsvector('swedish', body) || to_tsvector('simple', body)) stored,
      ${audit}
    );
    alter table relations add column person_id uuid references people(id) on delete set null;
    alter table people add column anonymised_at timestamptz;
  `.execute(db);

  // Records made before accounts existed go to one workspace, so nothing is lost or left ownerless.
  const existing = await sql<{ n: number }>`select count(*)::int as n from organisations`.execute(db);
  if ((existing.rows[0]?.n ?? 0) > 0) {
    await sql`insert into workspaces (slug, name_fi) values ('solmu', 'Solmu')`.execute(db);
  }
  for (const table of RECORD_TABLES) {
    await sql`
      alter table ${sql.table(table)}
        add column workspace_id uuid references workspaces(id) on delete cascade,
        add column visibility text not null default 'private'
          check (visibility in (${sql.raw(list(VISIBILITIES))}));
      update ${sql.table(table)} set workspace_id = (select id from workspaces where slug = 'solmu');
      alter table ${sql.table(table)} alter column workspace_id set not null;
      create index ${sql.raw(`${table}_workspace`)} on ${sql.table(table)}(workspace_id, visibility);
    `.execute(db);
  }
  // Personal data is never public.
  await sql`alter table people add constraint people_not_public check (visibility <> 'public')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of RECORD_TABLES.filter((t) => t !== 'contacts' && t !== 'notes')) {
    await sql`alter table ${sql.table(table)} drop column workspace_id, drop column visibility`.execute(db);
  }
  await sql`
    alter table people drop column anonymised_at;
    alter table relations drop column person_id;
    drop table notes, contacts, audit_log, api_tokens, login_links, sessions, network_coordinators,
      memberships, users, workspace_networks, workspaces cascade;
  `.execute(db);
}
