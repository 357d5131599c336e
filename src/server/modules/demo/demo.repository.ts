/**
 * The demo's example data in the database: fictional records with source 'example' (relations,
 * competence records, organisations) and example mapping rounds (their answers are fictional). Marked
 * when the demo loads them; deleted together on request.
 */
import { EXAMPLE_SOURCE } from '../../../domain/enums.js';
import type { Database } from '../../db/database.js';

/**
 * Organisations and funding calls take their source from a column the create schema does not have (the
 * register import's, the example mark's).
 */
export async function markExamples(
  db: Database,
  table: 'organisations' | 'fundingCalls',
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable(table).set({ source: EXAMPLE_SOURCE }).where('id', 'in', ids).execute();
}

/** The 'met at event' relations the demo's events wrote as their participants were added. */
export async function countEventRelations(db: Database): Promise<number> {
  const row = await db
    .selectFrom('relations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('eventId', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Example pipeline cards (their log goes with them when they are removed). */
export async function markExampleContacts(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('contacts').set({ example: true }).where('id', 'in', ids).execute();
}

export const userIdByEmail = async (db: Database, email: string) =>
  (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())?.id;

/**
 * Relations accepted example answers wrote: example data, however the review sourced them. Returns how
 * many: a tie the roster had already was not written again, and stays as it was.
 */
export async function markExampleRelations(db: Database, proposalIds: string[]): Promise<number> {
  if (proposalIds.length === 0) return 0;
  const result = await db
    .updateTable('relations')
    .set({ source: EXAMPLE_SOURCE })
    .where('answerProposalId', 'in', proposalIds)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A round whose answers are fictional: the create schema has no such field, as no editor sets it. */
export async function markExampleRound(db: Database, id: string): Promise<void> {
  await db.updateTable('mappingRounds').set({ example: true }).where('id', '=', id).execute();
}

/** Example town strategies (their goals and actuals go with them) and example goals of real strategies. */
export async function markExampleStrategies(db: Database, strategyIds: string[], goalIds: string[]) {
  if (strategyIds.length > 0)
    await db.updateTable('strategies').set({ example: true }).where('id', 'in', strategyIds).execute();
  if (goalIds.length > 0)
    await db.updateTable('strategyGoals').set({ example: true }).where('id', 'in', goalIds).execute();
}

/** Stories on the public pages that are the demo's fiction. */
export async function markExampleStories(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('publicStories').set({ example: true }).where('id', 'in', ids).execute();
}

/** Upcoming events and picture reports that are the demo's fiction. */
export async function markExampleRows(db: Database, table: 'events' | 'pictureReports', ids: string[]) {
  if (ids.length === 0) return;
  await db.updateTable(table).set({ example: true }).where('id', 'in', ids).execute();
}

/** An actor's fictional consent to be shown on public pages, marked so that it can be taken back. */
export async function markExampleConsents(db: Database, organisationId: string, on: string): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ publicConsentOn: on, publicConsentExample: true })
    .where('id', '=', organisationId)
    .execute();
}

/** The example consents taken back: the organisations (facts) stay, without a consent. */
async function withdrawExampleConsents(db: Database) {
  const result = await db
    .updateTable('organisations')
    .set({ publicConsentOn: null, publicConsentExample: false })
    .where('publicConsentExample', '=', true)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

type SourcedTable = 'relations' | 'organisationCompetences' | 'organisations' | 'fundingCalls';
/** Tables whose example rows carry an example flag rather than a source. */
type FlaggedTable =
  | 'mappingRounds'
  | 'contacts'
  | 'strategies'
  | 'strategyGoals'
  | 'workshops'
  | 'publicStories'
  | 'events'
  | 'pictureReports'
  | 'webhookEndpoints';

/** How many rows of each kind are example data. */
export async function countExamples(db: Database): Promise<ExampleCounts> {
  const count = async (table: SourcedTable) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('source', '=', EXAMPLE_SOURCE)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const flagged = async (table: FlaggedTable) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('example', '=', true)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const [relations, organisationCompetences, organisations, mappingRounds, contacts, fundingCalls] =
    await Promise.all([
      count('relations'),
      count('organisationCompetences'),
      count('organisations'),
      flagged('mappingRounds'),
      flagged('contacts'),
      count('fundingCalls'),
    ]);
  const [strategies, strategyGoals, workshops, publicStories, events, pictureReports] = await Promise.all([
    flagged('strategies'),
    flagged('strategyGoals'),
    flagged('workshops'),
    flagged('publicStories'),
    flagged('events'),
    flagged('pictureReports'),
  ]);
  const webhookEndpoints = await flagged('webhookEndpoints');
  const consents = await db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('publicConsentExample', '=', true)
    .executeTakeFirstOrThrow();
  return {
    relations,
    organisationCompetences,
    organisations,
    mappingRounds,
    contacts,
    fundingCalls,
    strategies,
    strategyGoals,
    workshops,
    publicStories,
    publicConsents: Number(consents.n),
    events,
    pictureReports,
    webhookEndpoints,
  };
}

export type ExampleCounts = {
  relations: number;
  organisationCompetences: number;
  organisations: number;
  mappingRounds: number;
  /** Example cards of the contact pipeline, with their log. */
  contacts: number;
  fundingCalls: number;
  /** Example town strategies, with their goals and actuals. */
  strategies: number;
  /** Example goals of a real strategy (the network goal the example towns roll up into). */
  strategyGoals: number;
  /** The example workshop, with its participants, ideas and votes. */
  workshops: number;
  /** Example stories on the public pages. */
  publicStories: number;
  /** Actors' example consents to be shown on public pages (taken back; the actors stay). */
  publicConsents: number;
  /** Example upcoming events on the public pages. */
  events: number;
  /** Example published picture reports (their versions go with them). */
  pictureReports: number;
  /** The example webhook endpoint, kept off (its delivery log goes with it). */
  webhookEndpoints: number;
};

/**
 * Deletes every example row: pipeline cards (their log by cascade), the example workshop (all in it by
 * cascade), the example stories, events and picture reports (their versions by cascade), relations and competence records first, then the example rounds (their
 * respondents, answers, proposals, codes and quotes go with them by cascade), then the example
 * organisations (whose remaining links go with them by the foreign keys' cascade). Facts are never
 * touched: a fact has another source or none, and a round of facts is not an example round.
 */
export async function deleteExamples(db: Database): Promise<ExampleCounts> {
  const removed = async (table: SourcedTable) =>
    (await db.deleteFrom(table).where('source', '=', EXAMPLE_SOURCE).executeTakeFirst()).numDeletedRows;
  const contacts = await db.deleteFrom('contacts').where('example', '=', true).executeTakeFirst();
  const strategies = await db.deleteFrom('strategies').where('example', '=', true).executeTakeFirst();
  const strategyGoals = await db.deleteFrom('strategyGoals').where('example', '=', true).executeTakeFirst();
  const workshops = await db.deleteFrom('workshops').where('example', '=', true).executeTakeFirst();
  const publicStories = await db.deleteFrom('publicStories').where('example', '=', true).executeTakeFirst();
  const publicConsents = await withdrawExampleConsents(db);
  const events = await db.deleteFrom('events').where('example', '=', true).executeTakeFirst();
  const reports = await db.deleteFrom('pictureReports').where('example', '=', true).executeTakeFirst();
  // Its delivery log goes with it (on delete cascade).
  const webhooks = await db.deleteFrom('webhookEndpoints').where('example', '=', true).executeTakeFirst();
  const relations = await removed('relations');
  const organisationCompetences = await removed('organisationCompetences');
  const rounds = await db.deleteFrom('mappingRounds').where('example', '=', true).executeTakeFirst();
  const organisations = await removed('organisations');
  const fundingCalls = await removed('fundingCalls');
  return {
    relations: Number(relations),
    organisationCompetences: Number(organisationCompetences),
    organisations: Number(organisations),
    mappingRounds: Number(rounds.numDeletedRows),
    contacts: Number(contacts.numDeletedRows),
    fundingCalls: Number(fundingCalls),
    strategies: Number(strategies.numDeletedRows),
    strategyGoals: Number(strategyGoals.numDeletedRows),
    workshops: Number(workshops.numDeletedRows),
    publicStories: Number(publicStories.numDeletedRows),
    publicConsents,
    events: Number(events.numDeletedRows),
    pictureReports: Number(reports.numDeletedRows),
    webhookEndpoints: Number(webhooks.numDeletedRows),
  };
}
