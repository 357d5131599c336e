import { sql, type Kysely } from 'kysely';

/**
 * Show (issue 17): a town's, ecosystem's or network's public "Invest in" page, its stories, the actors
 * who agreed to be shown on such pages, investors' enquiries and feedback on the pages' accessibility.
 * A page is public only once published; what it shows is read as an anonymous visitor reads it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table public_pages (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      municipality_code text references municipalities(code),
      ecosystem_id uuid references ecosystems(id) on delete cascade,
      network_id uuid references networks(id) on delete cascade,
      path text not null unique check (path ~ '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$'),
      intro_fi text,
      intro_sv text,
      intro_en text,
      contacts jsonb not null default '[]'::jsonb check (jsonb_typeof(contacts) = 'array'),
      published_at timestamptz,
      published_by text,
      created_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_at timestamptz not null default now(),
      updated_by text not null default 'system',
      check (num_nonnulls(municipality_code, ecosystem_id, network_id) = 1)
    );
    create unique index public_pages_municipality on public_pages (municipality_code) where municipality_code is not null;
    create unique index public_pages_ecosystem on public_pages (ecosystem_id) where ecosystem_id is not null;
    create unique index public_pages_network on public_pages (network_id) where network_id is not null;
    create index public_pages_workspace on public_pages (workspace_id);

    create table public_stories (
      id uuid primary key default gen_random_uuid(),
      public_page_id uuid not null references public_pages(id) on delete cascade,
      title_fi text not null check (length(title_fi) between 1 and 200),
      title_sv text check (length(title_sv) <= 200),
      title_en text check (length(title_en) <= 200),
      body_fi text not null check (length(body_fi) between 1 and 20000),
      body_sv text check (length(body_sv) <= 20000),
      body_en text check (length(body_en) <= 20000),
      image bytea check (octet_length(image) <= 2097152),
      image_type text check (image_type in ('image/jpeg', 'image/png', 'image/webp')),
      image_alt_fi text,
      image_alt_sv text,
      image_alt_en text,
      published_on date,
      created_at timestamptz not null default now(),
      created_by text not null default 'system',
      updated_at timestamptz not null default now(),
      updated_by text not null default 'system',
      check ((image is null) = (image_type is null)),
      check (image is null or image_alt_fi is not null)
    );
    create index public_stories_page on public_stories (public_page_id, published_on desc);

    alter table organisations add column public_consent_on date;

    create table enquiries (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      visibility text not null default 'private' check (visibility = 'private'),
      public_page_id uuid references public_pages(id) on delete set null,
      page_url text not null check (length(page_url) <= 500),
      lang text not null check (lang in ('fi', 'sv', 'en')),
      looking_for text not null check (length(looking_for) between 1 and 2000),
      investment_size text not null check (investment_size in ('under_1m', '1m_10m', 'over_10m', 'not_known')),
      timeline text not null check (timeline in ('within_6_months', 'within_year', 'later', 'not_known')),
      organisation_name text check (length(organisation_name) <= 200),
      contact_name text not null check (length(contact_name) between 1 and 200),
      email text not null check (length(email) <= 254),
      phone text check (length(phone) <= 40),
      consent_at timestamptz not null,
      contact_id uuid references contacts(id) on delete set null,
      received_at timestamptz not null default now()
    );
    create index enquiries_workspace on enquiries (workspace_id, received_at desc);
    create index enquiries_email on enquiries (lower(email));

    create table accessibility_feedback (
      id uuid primary key default gen_random_uuid(),
      page_url text not null check (length(page_url) <= 500),
      lang text not null check (lang in ('fi', 'sv', 'en')),
      message text not null check (length(message) between 1 and 5000),
      email text check (length(email) <= 254),
      received_at timestamptz not null default now(),
      handled_at timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table accessibility_feedback;
    drop table enquiries;
    alter table organisations drop column public_consent_on;
    drop table public_stories;
    drop table public_pages;
  `.execute(db);
}
