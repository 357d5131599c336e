import { sql, type Kysely } from 'kysely';

/**
 * Webhooks (issue 19): a workspace's endpoints and the log of their deliveries. The delivery row is
 * also the outbox: a change writes it in its own transaction, and the dispatcher hands due rows to the
 * job queue (modules/webhooks). Payloads are minimal (event id, type, the record's id and address), so
 * the log keeps no personal data; it is emptied after 30 days by the retention job.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_endpoints (
      id uuid primary key default gen_random_uuid(),
      workspace_id uuid not null references workspaces(id) on delete cascade,
      url text not null,
      events text[] not null,
      secret text not null,
      allow_private_network boolean not null default false,
      disabled_at timestamptz,
      disabled_reason text check (disabled_reason in ('failing', 'manual')),
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index webhook_endpoints_workspace on webhook_endpoints (workspace_id);

    create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      endpoint_id uuid not null references webhook_endpoints(id) on delete cascade,
      event_id text not null,
      event_type text not null,
      payload jsonb not null,
      status text not null default 'pending'
        check (status in ('pending', 'queued', 'delivered', 'failed', 'dropped')),
      attempts integer not null default 0,
      status_code integer,
      duration_ms integer,
      last_error text,
      next_attempt_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at desc);
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table webhook_deliveries; drop table webhook_endpoints;`.execute(db);
}
