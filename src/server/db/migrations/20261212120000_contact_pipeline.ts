import { sql, type Kysely } from 'kysely';
import { ACTIVITY_KINDS, CONTACT_STAGES } from '../../../domain/enums.js';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The contact pipeline (issue 15): a contact has an owner (a user of its workspace) and the competence
 * need it serves; its next action (`next_step`) falls due on `next_step_on`. The last stage is "not now"
 * rather than "declined": a company that says no today may say yes to the next call. The demo's example
 * contacts are marked (`example`) so they can be removed in one go. A contact's notes
 * are its activity log: each has a kind and the time it happened, and a stage change records from → to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table contacts drop constraint contacts_stage_check;
    update contacts set stage = 'not_now' where stage = 'declined';
    alter table contacts add constraint contacts_stage_check
      check (stage in (${sql.raw(list(CONTACT_STAGES))}));
    alter table contacts
      add column owner_id uuid references users(id) on delete set null,
      add column competence_id uuid references competences(id) on delete set null,
      add column example boolean not null default false;
    create index contacts_pipeline on contacts(workspace_id, stage);
    create index contacts_due on contacts(owner_id, next_step_on) where next_step_on is not null;

    alter table notes
      add column kind text not null default 'note' check (kind in (${sql.raw(list(ACTIVITY_KINDS))})),
      add column occurred_at timestamptz not null default now(),
      add column from_stage text check (from_stage in (${sql.raw(list(CONTACT_STAGES))})),
      add column to_stage text check (to_stage in (${sql.raw(list(CONTACT_STAGES))})),
      add constraint notes_stage_change check ((kind = 'stage_change') = (to_stage is not null));
    create index notes_contact_log on notes(contact_id, occurred_at) where contact_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index notes_contact_log;
    alter table notes drop column to_stage, drop column from_stage, drop column occurred_at, drop column kind;
    drop index contacts_due;
    drop index contacts_pipeline;
    alter table contacts drop column example, drop column competence_id, drop column owner_id;
    alter table contacts drop constraint contacts_stage_check;
    update contacts set stage = 'declined' where stage = 'not_now';
    alter table contacts add constraint contacts_stage_check
      check (stage in ('to_contact', 'contacted', 'meeting', 'partner', 'declined'));
  `.execute(db);
}
