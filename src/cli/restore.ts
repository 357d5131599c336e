import type { Command } from 'commander';
import { checkBackup, restoreBackup } from '../server/modules/backup/backup.service.js';
import { refusalsAsCliErrors } from './backup.js';
import { tableProgress } from './progress.js';
import { withDatabase } from './with-database.js';

export function registerRestore(program: Command) {
  program
    .command('restore <file>')
    .description(
      'Restore a `solmu backup` file into a new, empty database (embedded or DATABASE_URL): all or ' +
        'nothing, checked table by table against the backup’s counts and checksums',
    )
    .option('--check', 'only read the file through and check it; touch no database')
    .action(async (file: string, options: { check?: boolean }) => {
      await refusalsAsCliErrors(async () => {
        if (options.check) {
          const m = await checkBackup(file);
          const rows = m.tables.reduce((n, t) => n + t.rows, 0);
          console.log(
            `${file} is whole: Solmu ${m.solmuVersion}, migration ${m.latestMigration}, made ${m.createdAt}, ${rows} rows of ${m.tables.length} tables`,
          );
          return;
        }
        // Opened as it is: the restore migrates the empty database to the backup's own migration.
        await withDatabase(
          async (db) => {
            const bar = tableProgress('Restoring');
            const m = await restoreBackup(db, file, bar.onTable).finally(bar.stop);
            const rows = m.tables.reduce((n, t) => n + t.rows, 0);
            console.log(
              `Restored ${rows} rows of ${m.tables.length} tables from ${file} (made ${m.createdAt}); ` +
                'every table matches its count and checksum',
            );
          },
          { prepare: false },
        );
      });
    });
}
