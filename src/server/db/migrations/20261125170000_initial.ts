import { sql, type Kysely } from 'kysely';
import {
  ACTION_STATUSES,
  COMPETENCE_DIRECTIONS,
  ECOSYSTEM_MEMBER_ROLES,
  EVENT_KINDS,
  EVENT_PARTICIPANT_ROLES,
  LAWFUL_BASES,
  NETWORK_KINDS,
  NETWORK_MEMBER_ROLES,
  ORGANISATION_KINDS,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  RELATION_KINDS,
  RELATION_SOURCES,
  SIZE_CLASSES,
  STRATEGY_SCOPES,
} from '../../../domain/enums.js';

/** A CHECK that keeps a text column inside one of the domain's vocabularies. */
const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`check (${column} in (${values.map((v) => `'${v}'`).join(', ')}))`);

const audit = sql.raw(`
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  created_by text not null default 'system',
  updated_by text not null default 'system'`);

// Sorting follows each language's alphabet (å, ä, ö after z in Finnish), also for keyset paging.
const names = sql.raw(
  `name_fi text collate "fi-x-icu" not null, name_sv text collate "sv-x-icu", name_en text`,
);
const titles = sql.raw(
  `title_fi text collate "fi-x-icu" not null, title_sv text collate "sv-x-icu", title_en text`,
);
const descriptions = sql.raw(`description_fi text, description_sv text, description_en text`);

/** Finnish, Swedish and English stemming plus an unstemmed copy for names and codes. */
const searchVector = (fi: string, sv: string, en: string, plain: string) =>
  sql.raw(`search_vector tsvector generated always as (
    to_tsvector('finnish', ${fi}) || to_tsvector('swedish', ${sv}) ||
    to_tsvector('english', ${en}) || to_tsvector('simple', ${plain})) stored`);

const c = (col: string) => `coalesce(${col}, '')`;
const join = (...cols: string[]) => cols.map(c).join(` || ' ' || `);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table regions (
      code char(2) primary key,
      nuts3 text, nuts3_v2024 text,
      ${names},
      updated_at timestamptz not null default now()
    );
    create table municipalities (
      code char(3) primary key,
      ${names},
      region_code char(2) references regions(code),
      is_active boolean not null default true,
      updated_at timestamptz not null default now()
    );
    create table postal_codes (
      postal_code char(5) primary key,
      municipality_code char(3) not null references municipalities(code),
      name_fi text, name_sv text
    );
    create index postal_codes_municipality on postal_codes(municipality_code);
    create table industries (
      classification text not null check (classification in ('TOL2008', 'TOL2025')),
      code text not null,
      level smallint not null check (level between 1 and 5),
      parent_code text,
      ${names},
      primary key (classification, code)
    );

    create table organisations (
      id uuid primary key default gen_random_uuid(),
      kind text not null ${oneOf('kind', ORGANISATION_KINDS)},
      ${names},
      business_id text unique,
      tol_code text check (tol_code ~ '^[0-9]{2,5}$'),
      municipality_code char(3) references municipalities(code),
      website text,
      ${descriptions},
      size_class text not null default 'unknown' ${oneOf('size_class', SIZE_CLASSES)},
      is_public boolean not null default false,
      last_verified_on date,
      ${searchVector(join('name_fi', 'description_fi'), join('name_sv', 'description_sv'), join('name_en', 'description_en'), join('name_fi', 'name_sv', 'name_en', 'business_id'))},
      ${audit}
    );
    create index organisations_search on organisations using gin(search_vector);
    create index organisations_municipality on organisations(municipality_code);
    create index organisations_kind on organisations(kind);
    create index organisations_name on organisations(name_fi, id);

    create table competences (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      ${names}, ${descriptions},
      is_theme boolean not null default false,
      ${searchVector(join('name_fi', 'description_fi'), join('name_sv', 'description_sv'), join('name_en', 'description_en'), join('name_fi', 'name_sv', 'name_en', 'slug'))},
      ${audit}
    );
    create table organisation_competences (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      direction text not null ${oneOf('direction', COMPETENCE_DIRECTIONS)},
      competence_id uuid references competences(id) on delete cascade,
      tag text,
      description text,
      check (competence_id is not null or tag is not null),
      ${searchVector(join('tag', 'description'), join('tag', 'description'), join('tag', 'description'), join('tag'))},
      ${audit}
    );
    create index organisation_competences_org on organisation_competences(organisation_id);
    create index organisation_competences_competence on organisation_competences(competence_id);

    create table people (
      id uuid primary key default gen_random_uuid(),
      full_name text, title text, email text, phone text,
      lawful_basis text not null ${oneOf('lawful_basis', LAWFUL_BASES)},
      purpose text not null,
      source text not null,
      collected_on date not null,
      informed_on date,
      retain_until date,
      check (retain_until is null or retain_until >= collected_on),
      ${searchVector(join('full_name', 'title'), join('full_name', 'title'), join('full_name', 'title'), join('full_name', 'title', 'email'))},
      ${audit}
    );
    create table person_roles (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references people(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      title text not null,
      start_on date, end_on date,
      is_contact boolean not null default false,
      check (end_on is null or start_on is null or end_on >= start_on),
      ${audit}
    );
    create index person_roles_person on person_roles(person_id);
    create index person_roles_org on person_roles(organisation_id);

    create table relations (
      id uuid primary key default gen_random_uuid(),
      from_organisation_id uuid not null references organisations(id) on delete cascade,
      to_organisation_id uuid not null references organisations(id) on delete cascade,
      kind text not null ${oneOf('kind', RELATION_KINDS)},
      weight double precision not null default 1 check (weight > 0),
      start_on date, end_on date,
      source text not null default 'manual' ${oneOf('source', RELATION_SOURCES)},
      description text,
      check (from_organisation_id <> to_organisation_id),
      check (end_on is null or start_on is null or end_on >= start_on),
      ${searchVector(join('description'), join('description'), join('description'), join('kind'))},
      ${audit}
    );
    create index relations_from on relations(from_organisation_id);
    create index relations_to on relations(to_organisation_id);

    create table ecosystems (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      ${names}, ${descriptions},
      themes text[] not null default '{}',
      municipality_codes text[] not null default '{}',
      is_public boolean not null default false,
      ${searchVector(join('name_fi', 'description_fi'), join('name_sv', 'description_sv'), join('name_en', 'description_en'), join('name_fi', 'name_sv', 'name_en', 'slug'))},
      ${audit}
    );
    create table ecosystem_members (
      id uuid primary key default gen_random_uuid(),
      ecosystem_id uuid not null references ecosystems(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      role text not null ${oneOf('role', ECOSYSTEM_MEMBER_ROLES)},
      unique (ecosystem_id, organisation_id),
      ${audit}
    );

    create table networks (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique,
      kind text not null ${oneOf('kind', NETWORK_KINDS)},
      ${names}, ${descriptions},
      start_on date, end_on date,
      check (end_on is null or start_on is null or end_on >= start_on),
      ${searchVector(join('name_fi', 'description_fi'), join('name_sv', 'description_sv'), join('name_en', 'description_en'), join('name_fi', 'name_sv', 'name_en', 'slug'))},
      ${audit}
    );
    create table network_members (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      role text not null ${oneOf('role', NETWORK_MEMBER_ROLES)},
      municipality_codes text[] not null default '{}',
      unique (network_id, organisation_id),
      ${audit}
    );

    create table projects (
      id uuid primary key default gen_random_uuid(),
      slug text unique,
      ${names}, ${descriptions},
      programme text,
      start_on date, end_on date,
      budget_eur numeric(14, 2) check (budget_eur >= 0),
      status text not null default 'planned' ${oneOf('status', PROJECT_STATUSES)},
      themes text[] not null default '{}',
      is_lead_project boolean not null default false,
      network_id uuid references networks(id) on delete set null,
      ecosystem_id uuid references ecosystems(id) on delete set null,
      check (end_on is null or start_on is null or end_on >= start_on),
      ${searchVector(join('name_fi', 'description_fi', 'programme'), join('name_sv', 'description_sv'), join('name_en', 'description_en'), join('name_fi', 'name_sv', 'name_en', 'slug'))},
      ${audit}
    );
    create table project_roles (
      id uuid primary key default gen_random_uuid(),
      project_id uuid not null references projects(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      role text not null ${oneOf('role', PROJECT_ROLES)},
      note text,
      unique (project_id, organisation_id, role),
      ${audit}
    );

    create table funding_calls (
      id uuid primary key default gen_random_uuid(),
      ${titles}, ${descriptions},
      opener_organisation_id uuid references organisations(id) on delete set null,
      programme text,
      themes text[] not null default '{}',
      opens_on date,
      deadline_at timestamptz not null,
      url text,
      rules jsonb not null default '[]',
      ${searchVector(join('title_fi', 'description_fi', 'programme'), join('title_sv', 'description_sv'), join('title_en', 'description_en'), join('title_fi', 'title_sv', 'title_en'))},
      ${audit}
    );

    create table ecosystem_agreements (
      id uuid primary key default gen_random_uuid(),
      ${names}, ${descriptions},
      city_region_fi text not null, city_region_sv text, city_region_en text,
      municipality_codes text[] not null default '{}',
      themes text[] not null default '{}',
      signed_on date, start_on date, end_on date,
      network_id uuid references networks(id) on delete set null,
      check (end_on is null or start_on is null or end_on >= start_on),
      ${searchVector(join('name_fi', 'description_fi', 'city_region_fi'), join('name_sv', 'description_sv', 'city_region_sv'), join('name_en', 'description_en', 'city_region_en'), join('name_fi', 'city_region_fi'))},
      ${audit}
    );
    create table agreement_parties (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references ecosystem_agreements(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      note text,
      unique (agreement_id, organisation_id),
      ${audit}
    );

    create table events (
      id uuid primary key default gen_random_uuid(),
      kind text not null ${oneOf('kind', EVENT_KINDS)},
      ${titles}, ${descriptions},
      starts_at timestamptz not null,
      ends_at timestamptz,
      location text,
      municipality_code char(3) references municipalities(code),
      is_online boolean not null default false,
      online_url text,
      project_id uuid references projects(id) on delete set null,
      network_id uuid references networks(id) on delete set null,
      ecosystem_id uuid references ecosystems(id) on delete set null,
      check (ends_at is null or ends_at >= starts_at),
      ${searchVector(join('title_fi', 'description_fi', 'location'), join('title_sv', 'description_sv'), join('title_en', 'description_en'), join('title_fi', 'title_sv', 'title_en', 'location'))},
      ${audit}
    );
    create index events_starts on events(starts_at);
    create table event_participants (
      id uuid primary key default gen_random_uuid(),
      event_id uuid not null references events(id) on delete cascade,
      organisation_id uuid references organisations(id) on delete cascade,
      person_id uuid references people(id) on delete cascade,
      role text not null ${oneOf('role', EVENT_PARTICIPANT_ROLES)},
      check (organisation_id is not null or person_id is not null),
      ${audit}
    );
    create index event_participants_event on event_participants(event_id);

    create table strategies (
      id uuid primary key default gen_random_uuid(),
      scope text not null ${oneOf('scope', STRATEGY_SCOPES)},
      ecosystem_id uuid references ecosystems(id) on delete cascade,
      network_id uuid references networks(id) on delete cascade,
      ${titles},
      vision_fi text, vision_sv text, vision_en text,
      start_year smallint not null, end_year smallint not null,
      check (end_year >= start_year),
      check ((scope = 'ecosystem' and ecosystem_id is not null and network_id is null)
          or (scope = 'network' and network_id is not null and ecosystem_id is null)),
      ${searchVector(join('title_fi', 'vision_fi'), join('title_sv', 'vision_sv'), join('title_en', 'vision_en'), join('title_fi'))},
      ${audit}
    );
    create table strategy_goals (
      id uuid primary key default gen_random_uuid(),
      strategy_id uuid not null references strategies(id) on delete cascade,
      ${titles},
      indicator text not null,
      unit text,
      baseline_value double precision, baseline_year smallint,
      target_value double precision, target_year smallint,
      ${searchVector(join('title_fi', 'indicator'), join('title_sv'), join('title_en'), join('title_fi', 'indicator'))},
      ${audit}
    );
    create table goal_actuals (
      id uuid primary key default gen_random_uuid(),
      goal_id uuid not null references strategy_goals(id) on delete cascade,
      measured_on date not null,
      value double precision not null,
      note text,
      unique (goal_id, measured_on),
      ${audit}
    );
    create table development_actions (
      id uuid primary key default gen_random_uuid(),
      strategy_id uuid not null references strategies(id) on delete cascade,
      goal_id uuid references strategy_goals(id) on delete set null,
      ${titles}, ${descriptions},
      owner_organisation_id uuid references organisations(id) on delete set null,
      start_on date, end_on date,
      status text not null default 'planned' ${oneOf('status', ACTION_STATUSES)},
      check (end_on is null or start_on is null or end_on >= start_on),
      ${searchVector(join('title_fi', 'description_fi'), join('title_sv', 'description_sv'), join('title_en', 'description_en'), join('title_fi'))},
      ${audit}
    );
    create table action_projects (
      id uuid primary key default gen_random_uuid(),
      action_id uuid not null references development_actions(id) on delete cascade,
      project_id uuid not null references projects(id) on delete cascade,
      note text,
      unique (action_id, project_id),
      ${audit}
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists action_projects, development_actions, goal_actuals, strategy_goals, strategies,
      event_participants, events, agreement_parties, ecosystem_agreements, funding_calls, project_roles,
      projects, network_members, networks, ecosystem_members, ecosystems, relations, person_roles, people,
      organisation_competences, competences, organisations, industries, postal_codes, municipalities, regions
      cascade;
  `.execute(db);
}
