import type { Command } from 'commander';
import { readConfig } from '../server/config.js';
import { hasAnyData, loadDemoWorld, removeExamples } from '../server/modules/demo/demo.service.js';
import { CliError } from './errors.js';
import { withDatabase } from './with-database.js';

type SeedOptions = { demo?: boolean; facts?: boolean; removeExamples?: boolean };

export function registerSeed(program: Command) {
  program
    .command('seed')
    .description('Load data into the database, or take the demo’s example data out of it')
    .option('--demo', 'the demo network from the seed texts (only into a database without organisations)')
    .option('--facts', 'with --demo: facts only, without the fictional example data (as SOLMU_DEMO=facts)')
    .option(
      '--remove-examples',
      'delete every fictional example record (source "example") and example mapping round in one transaction; facts stay',
    )
    .action(async (options: SeedOptions) => {
      if (options.removeExamples) {
        if (options.demo) throw new CliError('Give either --demo or --remove-examples, not both');
        await withDatabase(async (db) => {
          const removed = await removeExamples(db);
          console.log(`Removed the example data: ${JSON.stringify(removed)}`);
        });
        return;
      }
      if (!options.demo)
        throw new CliError('Say what to do: solmu seed --demo, or solmu seed --remove-examples');
      const examples = !options.facts && readConfig().demoExamples;
      await withDatabase(async (db) => {
        if (await hasAnyData(db))
          throw new CliError('The database already has organisations; the demo loads only into an empty one');
        const counts = await loadDemoWorld(db, undefined, { examples });
        console.log(`Loaded the demo network${examples ? '' : ' (facts only)'}: ${JSON.stringify(counts)}`);
      });
    });
}
