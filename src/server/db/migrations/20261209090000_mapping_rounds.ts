import { sql, type Kysely } from 'kysely';

/**
 * Mapping rounds (issue 13, decision 011): questionnaires with their versions, rounds, respondents with
 * personal links, answers, and the proposals that answers make for an editor to accept.
 *
 * Questionnaires and rounds are records of a workspace. Versions, respondents, answers and proposals
 * belong to their questionnaire or round and are read only through it. A respondent's link is stored as a
 * hash. An answer is one row per respondent and question key. A proposal's natural key (answer, kind,
 * target) keeps an answer given twice from proposing a fact twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table questionnaires (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network', 'public')),
      name_fi text collate "fi-x-icu" not null, name_sv text collate "sv-x-icu", name_en text,
      description_fi text, description_sv text, description_en text,
      privacy_notice_fi text, privacy_notice_sv text, privacy_notice_en text,
      latest_version integer not null default 1 check (latest_version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    create index questionnaires_workspace on questionnaires(workspace_id, visibility);
    create index questionnaires_updated on questionnaires(updated_at);

    create table questionnaire_versions (
      questionnaire_id uuid not null references questionnaires(id) on delete cascade,
      version integer not null check (version >= 1),
      content jsonb not null check (jsonb_typeof(content) = 'object'),
      created_at timestamptz not null default now(),
      created_by text not null default 'system',
      primary key (questionnaire_id, version)
    );

    create table mapping_rounds (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility in ('private', 'network')),
      questionnaire_id uuid not null,
      version integer not null,
      name_fi text collate "fi-x-icu" not null, name_sv text collate "sv-x-icu", name_en text,
      scope text not null check (scope in ('ecosystem', 'network', 'municipality')),
      ecosystem_id uuid references ecosystems(id) on delete cascade,
      network_id uuid references networks(id) on delete cascade,
      municipality_code char(3) references municipalities(code),
      opens_on date not null,
      closes_on date not null check (closes_on >= opens_on),
      closed_at timestamptz,
      foreign key (questionnaire_id, version) references questionnaire_versions(questionnaire_id, version),
      check (
        (scope = 'ecosystem' and ecosystem_id is not null and network_id is null and municipality_code is null)
        or (scope = 'network' and network_id is not null and ecosystem_id is null and municipality_code is null)
        or (scope = 'municipality' and municipality_code is not null and ecosystem_id is null and network_id is null)),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system'
    );
    create index mapping_rounds_workspace on mapping_rounds(workspace_id, visibility);
    create index mapping_rounds_updated on mapping_rounds(updated_at);
    create index mapping_rounds_questionnaire on mapping_rounds(questionnaire_id);

    create table round_respondents (
      id uuid primary key default gen_random_uuid(),
      round_id uuid not null references mapping_rounds(id) on delete cascade,
      organisation_id uuid references organisations(id) on delete set null,
      person_id uuid references people(id) on delete set null,
      display_name text not null check (length(display_name) between 1 and 300),
      email text check (email is null or length(email) <= 320),
      mode text not null default 'survey' check (mode in ('survey', 'interview')),
      interviewer text,
      interviewed_on date,
      interview_notes text,
      token_hash text unique,
      token_expires_at timestamptz,
      token_revoked_at timestamptz,
      opened_at timestamptz,
      submitted_at timestamptz,
      reminded_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_by text not null default 'system',
      check (mode = 'interview' or (interviewer is null and interviewed_on is null and interview_notes is null))
    );
    create index round_respondents_round on round_respondents(round_id);
    create index round_respondents_organisation on round_respondents(organisation_id);
    create index round_respondents_person on round_respondents(person_id);

    create table round_answers (
      respondent_id uuid not null references round_respondents(id) on delete cascade,
      question_key text not null check (question_key ~ '^[a-z][a-z0-9_]{0,39}$'),
      value jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (respondent_id, question_key)
    );

    create table answer_proposals (
      id uuid primary key default gen_random_uuid(),
      respondent_id uuid not null references round_respondents(id) on delete cascade,
      question_key text not null,
      kind text not null check (kind in ('relation', 'competence', 'organisation')),
      target text not null,
      payload jsonb not null check (jsonb_typeof(payload) = 'object'),
      status text not null default 'pending'
        check (status in ('pending', 'accepted', 'merged', 'rejected', 'withdrawn')),
      record_id uuid,
      decided_by text,
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (respondent_id, question_key, kind, target),
      -- An accepted or merged proposal names its record; a withdrawn one keeps it, for the review to take back.
      check (status not in ('accepted', 'merged') or record_id is not null),
      check (status not in ('pending', 'rejected') or record_id is null)
    );
    create index answer_proposals_pending on answer_proposals(status) where status = 'pending';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table answer_proposals;
    drop table round_answers;
    drop table round_respondents;
    drop table mapping_rounds;
    drop table questionnaire_versions;
    drop table questionnaires;
  `.execute(db);
}
