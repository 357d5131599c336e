/**
 * The demo's example data in the database: fictional records with source 'example' (relations,
 * competence records, organisations). Marked when the demo loads them; deleted together on request.
 */
import { EXAMPLE_SOURCE } from '../../../domain/enums.js';
import type { Database } from '../../db/database.js';

/** Organisations take their source from the register import's column: the create schema has none. */
export async function markExampleOrganisations(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('organisations').set({ source: EXAMPLE_SOURCE }).where('id', 'in', ids).execute();
}

/** How many rows of each kind are example data. */
export async function countExamples(db: Database): Promise<ExampleCounts> {
  const count = async (table: 'relations' | 'organisationCompetences' | 'organisations') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('source', '=', EXAMPLE_SOURCE)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const [relations, organisationCompetences, organisations] = await Promise.all([
    count('relations'),
    count('organisationCompetences'),
    count('organisations'),
  ]);
  return { relations, organisationCompetences, organisations };
}

export type ExampleCounts = { relations: number; organisationCompetences: number; organisations: number };

/**
 * Deletes every example row: relations and competence records first, then the example organisations
 * (whose remaining links go with them by the foreign keys' cascade). Facts are never touched: a fact
 * has another source or none.
 */
export async function deleteExamples(db: Database): Promise<ExampleCounts> {
  const removed = async (table: 'relations' | 'organisationCompetences' | 'organisations') =>
    (await db.deleteFrom(table).where('source', '=', EXAMPLE_SOURCE).executeTakeFirst()).numDeletedRows;
  const relations = await removed('relations');
  const organisationCompetences = await removed('organisationCompetences');
  const organisations = await removed('organisations');
  return {
    relations: Number(relations),
    organisationCompetences: Number(organisationCompetences),
    organisations: Number(organisations),
  };
}
