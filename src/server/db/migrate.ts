import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import { withAdvisoryLock } from './advisory-lock.js';
import type { Database } from './database.js';
import * as initial from './migrations/20261125170000_initial.js';
import * as accounts from './migrations/20261125180000_accounts.js';
import * as pictures from './migrations/20261125190000_pictures.js';
import * as imports from './migrations/20261125200000_imports.js';
import * as borders from './migrations/20261125213000_municipality_borders.js';
import * as totpSteps from './migrations/20261125214000_totp_steps_and_change_indexes.js';
import * as snapshotReaders from './migrations/20261206090000_snapshot_readers.js';
import * as importRunsOwner from './migrations/20261206100000_import_runs_owner.js';
import * as importRunsEncoding from './migrations/20261206110000_import_runs_encoding.js';
import * as dataVersion from './migrations/20261206120000_data_version.js';
import * as townStrategies from './migrations/20261206130000_town_strategies.js';
import * as competenceThemes from './migrations/20261206140000_competence_themes.js';
import * as exampleData from './migrations/20261207090000_example_data.js';
import * as goalTexts from './migrations/20261208090000_goal_texts_in_three_languages.js';
import * as mappingRounds from './migrations/20261209090000_mapping_rounds.js';
import * as roundManagement from './migrations/20261210090000_round_management.js';
import * as answerFacts from './migrations/20261210100000_answer_facts.js';
import * as answerCodes from './migrations/20261210110000_answer_codes.js';
import * as exampleRounds from './migrations/20261210120000_example_rounds.js';
import * as pictureReports from './migrations/20261211090000_picture_reports.js';
import * as roundRetention from './migrations/20261211100000_round_retention.js';
import * as nationalTables from './migrations/20261211150000_national_tables.js';
import * as partnerSearch from './migrations/20261212100000_partner_search.js';
import * as consortia from './migrations/20261212110000_consortia.js';
import * as contactPipeline from './migrations/20261212120000_contact_pipeline.js';
import * as eventRelations from './migrations/20261212130000_event_relations.js';
import * as relationEndsCovering from './migrations/20261212140000_relation_ends_covering.js';
import * as consortiumRuleTicks from './migrations/20261213100000_consortium_rule_ticks.js';
import * as organisationTownCovering from './migrations/20261213110000_organisation_town_covering.js';
import * as workshops from './migrations/20261214090000_workshops.js';
import * as strategyRollup from './migrations/20261214100000_strategy_rollup.js';
import * as projectReports from './migrations/20261214110000_project_reports.js';
import * as publicPages from './migrations/20261215090000_public_pages.js';
import * as publicPageExamples from './migrations/20261215110000_public_page_examples.js';
import * as serverSecrets from './migrations/20261215120000_server_secrets.js';
import * as eventExamples from './migrations/20261215150000_event_examples.js';
import * as rateLimits from './migrations/20261216090000_rate_limits.js';
import * as changeFeed from './migrations/20261217090000_change_feed.js';
import * as webhooks from './migrations/20261217100000_webhooks.js';
import * as webhookExamples from './migrations/20261218090000_webhook_examples.js';

/** Listed by hand so migrations work the same from source, from a bundle and in tests. */
const MIGRATIONS: Record<string, Migration> = {
  '20261125170000_initial': initial,
  '20261125180000_accounts': accounts,
  '20261125190000_pictures': pictures,
  '20261125200000_imports': imports,
  '20261125213000_municipality_borders': borders,
  '20261125214000_totp_steps_and_change_indexes': totpSteps,
  '20261206090000_snapshot_readers': snapshotReaders,
  '20261206100000_import_runs_owner': importRunsOwner,
  '20261206110000_import_runs_encoding': importRunsEncoding,
  '20261206120000_data_version': dataVersion,
  '20261206130000_town_strategies': townStrategies,
  '20261206140000_competence_themes': competenceThemes,
  '20261207090000_example_data': exampleData,
  '20261208090000_goal_texts_in_three_languages': goalTexts,
  '20261209090000_mapping_rounds': mappingRounds,
  '20261210090000_round_management': roundManagement,
  '20261210100000_answer_facts': answerFacts,
  '20261210110000_answer_codes': answerCodes,
  '20261210120000_example_rounds': exampleRounds,
  '20261211090000_picture_reports': pictureReports,
  '20261211100000_round_retention': roundRetention,
  '20261211150000_national_tables': nationalTables,
  '20261212100000_partner_search': partnerSearch,
  '20261212110000_consortia': consortia,
  '20261212120000_contact_pipeline': contactPipeline,
  '20261212130000_event_relations': eventRelations,
  '20261212140000_relation_ends_covering': relationEndsCovering,
  '20261213100000_consortium_rule_ticks': consortiumRuleTicks,
  '20261213110000_organisation_town_covering': organisationTownCovering,
  '20261214090000_workshops': workshops,
  '20261214100000_strategy_rollup': strategyRollup,
  '20261214110000_project_reports': projectReports,
  '20261215090000_public_pages': publicPages,
  '20261215110000_public_page_examples': publicPageExamples,
  '20261215120000_server_secrets': serverSecrets,
  '20261215150000_event_examples': eventExamples,
  '20261216090000_rate_limits': rateLimits,
  '20261217090000_change_feed': changeFeed,
  '20261217100000_webhooks': webhooks,
  '20261218090000_webhook_examples': webhookExamples,
};

/** The names of every migration this version of Solmu knows, in order (names sort by their time stamp). */
export const KNOWN_MIGRATIONS: readonly string[] = Object.keys(MIGRATIONS).sort();

/** The newest migration this version of Solmu knows. */
export const LATEST_MIGRATION = KNOWN_MIGRATIONS.at(-1)!;

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

export function migrator(db: Database) {
  return new Migrator({ db, provider: new StaticProvider(), migrationTableName: 'solmu_migrations' });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(result.error)}`);
  }
  return (result.results ?? []).map(
    (r) => `${r.direction === 'Up' ? 'applied' : 'reverted'} ${r.migrationName}`,
  );
}

/** One fixed key: instances starting together migrate one at a time, and the later ones find nothing to do. */
export const MIGRATION_LOCK = 0x501_0001;

export async function migrateToLatest(db: Database): Promise<string[]> {
  return withAdvisoryLock(db, MIGRATION_LOCK, async (one) => check(await migrator(one).migrateToLatest()));
}

export async function migrateDown(db: Database): Promise<string[]> {
  return withAdvisoryLock(db, MIGRATION_LOCK, async (one) => check(await migrator(one).migrateDown()));
}

/** Brings the database up to (not past) the named migration: a backup is restored at its own schema. */
export async function migrateTo(db: Database, name: string): Promise<string[]> {
  return withAdvisoryLock(db, MIGRATION_LOCK, async (one) => check(await migrator(one).migrateTo(name)));
}
