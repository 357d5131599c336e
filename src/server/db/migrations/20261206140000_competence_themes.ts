import { sql, type Kysely } from 'kysely';

/**
 * A competence of the vocabulary may stand under a theme (a competence marked as a theme), so a new
 * term added from a form ("vetytalous") finds its place in the vocabulary.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table competences add column theme_id uuid references competences(id) on delete set null;
    create index competences_theme on competences(theme_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table competences drop column theme_id`.execute(db);
}
