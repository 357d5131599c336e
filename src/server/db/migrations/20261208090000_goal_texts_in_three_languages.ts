import { sql, type Kysely } from 'kysely';

/**
 * A goal's indicator and unit are public text like its title: Finnish, Swedish and English. The existing
 * text is Finnish. The search vector reads each language's indicator with its own dictionary.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table strategy_goals rename column indicator to indicator_fi;
    alter table strategy_goals rename column unit to unit_fi;
    alter table strategy_goals
      add column indicator_sv text, add column indicator_en text,
      add column unit_sv text, add column unit_en text,
      drop column search_vector;
    alter table strategy_goals add column search_vector tsvector generated always as (
      to_tsvector('finnish', coalesce(title_fi, '') || ' ' || coalesce(indicator_fi, '')) ||
      to_tsvector('swedish', coalesce(title_sv, '') || ' ' || coalesce(indicator_sv, '')) ||
      to_tsvector('english', coalesce(title_en, '') || ' ' || coalesce(indicator_en, '')) ||
      to_tsvector('simple', coalesce(title_fi, '') || ' ' || coalesce(indicator_fi, ''))) stored;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table strategy_goals
      drop column search_vector,
      drop column indicator_sv, drop column indicator_en,
      drop column unit_sv, drop column unit_en;
    alter table strategy_goals rename column indicator_fi to indicator;
    alter table strategy_goals rename column unit_fi to unit;
    alter table strategy_goals add column search_vector tsvector generated always as (
      to_tsvector('finnish', coalesce(title_fi, '') || ' ' || coalesce(indicator, '')) ||
      to_tsvector('swedish', coalesce(title_sv, '')) ||
      to_tsvector('english', coalesce(title_en, '')) ||
      to_tsvector('simple', coalesce(title_fi, '') || ' ' || coalesce(indicator, ''))) stored;
  `.execute(db);
}
