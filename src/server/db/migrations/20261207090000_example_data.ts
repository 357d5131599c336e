import { sql, type Kysely } from 'kysely';
import { dropChecksMentioning } from './checks.js';

/**
 * Example data: fictional records that only show what the analysis does carry `source = 'example'`.
 * Relations learn the value; competence records get a source column with the relations' vocabulary
 * (organisations already have one, written by the register import). The values are spelt out here, not
 * imported, so that this migration stays what it was when the vocabulary grows.
 */
const SOURCES = "('interview', 'survey', 'project', 'event', 'import', 'manual', 'example')";

export async function up(db: Kysely<unknown>): Promise<void> {
  await dropChecksMentioning('relations', 'source').execute(db);
  await sql`
    alter table relations add constraint relations_source check (source in ${sql.raw(SOURCES)});
    alter table organisation_competences
      add column source text constraint organisation_competences_source check (source in ${sql.raw(SOURCES)});
    create index relations_example on relations(source) where source = 'example';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index relations_example;
    alter table organisation_competences drop column source;
    delete from relations where source = 'example';
    alter table relations drop constraint relations_source;
    alter table relations add constraint relations_source
      check (source in ('interview', 'survey', 'project', 'event', 'import', 'manual'));
  `.execute(db);
}
