import type { Command } from 'commander';
import { BackupRefused, writeBackup } from '../server/modules/backup/backup.service.js';
import { CliError } from './errors.js';
import { tableProgress } from './progress.js';
import { withDatabase } from './with-database.js';

/** A user's mistake (a file that exists, a damaged backup, a full database) is a message, not a trace. */
export async function refusalsAsCliErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupRefused) throw new CliError(error.message);
    throw error;
  }
}

export function registerBackup(program: Command) {
  program
    .command('backup <file>')
    .description(
      'Write a consistent backup of the whole database (embedded or DATABASE_URL) to a new file ' +
        '(gzip, e.g. solmu.backup.gz), read in one snapshot while Solmu may keep running on a server',
    )
    .action(async (file: string) => {
      // As it is: a backup neither migrates nor loads anything first.
      await withDatabase(
        (db) =>
          refusalsAsCliErrors(async () => {
            const bar = tableProgress('Backing up');
            const manifest = await writeBackup(db, file, bar.onTable).finally(bar.stop);
            const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
            console.log(
              `Backed up ${rows} rows of ${manifest.tables.length} tables (migration ${manifest.latestMigration}) to ${file}`,
            );
          }),
        { prepare: false },
      );
    });
}
