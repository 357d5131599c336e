import { sql, type Kysely } from 'kysely';
import { dropChecksMentioning } from './checks.js';

/**
 * A strategy for a town: `scope = 'municipality'` with its municipality code, beside the ecosystems' and
 * the networks' strategies (the pictures have the same three scopes). The scope checks of the first
 * migration are found by what they check, as PostgreSQL named them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await dropChecksMentioning('strategies', 'scope').execute(db);
  await sql`
    alter table strategies add column municipality_code char(3) references municipalities(code);
    create index strategies_municipality on strategies(municipality_code);
    alter table strategies add constraint strategies_scope
      check (scope in ('ecosystem', 'network', 'municipality'));
    alter table strategies add constraint strategies_scope_owner check (
      (scope = 'ecosystem' and ecosystem_id is not null and network_id is null and municipality_code is null)
      or (scope = 'network' and network_id is not null and ecosystem_id is null and municipality_code is null)
      or (scope = 'municipality' and municipality_code is not null and ecosystem_id is null and network_id is null));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from strategies where scope = 'municipality';
    alter table strategies drop constraint strategies_scope_owner;
    alter table strategies drop constraint strategies_scope;
    alter table strategies drop column municipality_code;
    alter table strategies add constraint strategies_scope check (scope in ('ecosystem', 'network'));
    alter table strategies add constraint strategies_scope_owner check (
      (scope = 'ecosystem' and ecosystem_id is not null and network_id is null)
      or (scope = 'network' and network_id is not null and ecosystem_id is null));
  `.execute(db);
}
