import { sql, type Kysely } from 'kysely';

/**
 * A consortium's ticks on its call's free-text rules (issue 15): the editors tick a rule the checker
 * cannot judge once they have seen to it, and the tick stays with the consortium, with who and when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table consortium_rule_ticks (
      consortium_id uuid not null references consortia(id) on delete cascade,
      rule_index integer not null check (rule_index >= 0),
      ticked_at timestamptz not null default now(),
      ticked_by text not null default 'system',
      ticked_by_user_id uuid references users(id) on delete set null,
      primary key (consortium_id, rule_index)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table consortium_rule_ticks;`.execute(db);
}
