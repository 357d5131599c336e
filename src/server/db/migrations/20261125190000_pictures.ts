import { sql, type Kysely } from 'kysely';

/** Saved, dated situational pictures (for "what changed") and the proposals a town writes for its report. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table picture_snapshots (
      id uuid primary key default gen_random_uuid(),
      scope_kind text not null check (scope_kind in ('ecosystem', 'municipality', 'region', 'network')),
      scope_id text not null,
      taken_on date not null,
      picture jsonb not null,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    create index picture_snapshots_scope on picture_snapshots(scope_kind, scope_id, taken_on);
    create table picture_proposals (
      id uuid primary key default gen_random_uuid(),
      scope_kind text not null check (scope_kind in ('ecosystem', 'municipality', 'region', 'network')),
      scope_id text not null,
      title_fi text collate "fi-x-icu" not null, title_sv text collate "sv-x-icu", title_en text,
      body_fi text, body_sv text, body_en text,
      position smallint not null default 0,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
      search_vector tsvector generated always as (
        to_tsvector('finnish', coalesce(title_fi, '') || ' ' || coalesce(body_fi, '')) ||
        to_tsvector('swedish', coalesce(title_sv, '') || ' ' || coalesce(body_sv, '')) ||
        to_tsvector('english', coalesce(title_en, '') || ' ' || coalesce(body_en, '')) ||
        to_tsvector('simple', coalesce(title_fi, ''))) stored,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    create index picture_proposals_scope on picture_proposals(scope_kind, scope_id, position);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table picture_proposals, picture_snapshots`.execute(db);
}
