import { readConfig } from '../server/config.js';
import type { Database } from '../server/db/database.js';
import { openDatabase } from '../server/db/open.js';
import { createLogger, prepareDatabase } from '../server/main.js';

/**
 * Runs a command against the configured database (embedded or DATABASE_URL), then closes it. With
 * `prepare: false` the database is opened as it is: not migrated, no reference or demo data loaded.
 */
export async function withDatabase<T>(
  fn: (db: Database) => Promise<T>,
  options: { loadDemo?: boolean; prepare?: boolean } = {},
): Promise<T> {
  const config = { ...readConfig(), loadDemo: options.loadDemo ?? false };
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database =
    options.prepare === false
      ? await openDatabase(config, (m) => log.info(m))
      : await prepareDatabase(config, log);
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}
