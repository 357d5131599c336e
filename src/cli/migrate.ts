import type { Command } from 'commander';
import { readConfig } from '../server/config.js';
import { migrateDown, migrateToLatest } from '../server/db/migrate.js';
import { openDatabase } from '../server/db/open.js';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('Apply all pending database migrations (or revert the latest with --down)')
    .option('--down', 'revert the most recent migration')
    .action(async (options: { down?: boolean }) => {
      const database = await openDatabase(readConfig(), () => {});
      try {
        const done = options.down ? await migrateDown(database.db) : await migrateToLatest(database.db);
        console.log(done.length ? done.join('\n') : 'The database is up to date');
      } finally {
        await database.close();
      }
    });
}
