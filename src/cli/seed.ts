import type { Command } from 'commander';
import { hasAnyData, loadDemoWorld } from '../server/modules/demo/demo.service.js';
import { CliError } from './errors.js';
import { withDatabase } from './with-database.js';

export function registerSeed(program: Command) {
  program
    .command('seed')
    .description('Load data into the database')
    .option('--demo', 'the demo network from the seed texts (only into a database without organisations)')
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) throw new CliError('Say what to load: solmu seed --demo');
      await withDatabase(async (db) => {
        if (await hasAnyData(db))
          throw new CliError('The database already has organisations; the demo loads only into an empty one');
        const counts = await loadDemoWorld(db);
        console.log(`Loaded the demo network: ${JSON.stringify(counts)}`);
      });
    });
}
