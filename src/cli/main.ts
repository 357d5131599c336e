import { Command, CommanderError } from 'commander';
import { ConfigError } from '../server/config.js';
import { DataDirError } from '../server/db/data-dir-check.js';
import { DataDirInUseError } from '../server/db/lock.js';
import { VERSION } from '../server/version.js';
import { registerBackup } from './backup.js';
import { CliError } from './errors.js';
import { registerExport } from './export.js';
import { registerGenerate } from './generate.js';
import { registerImport } from './import.js';
import { registerMigrate } from './migrate.js';
import { registerPicture } from './picture.js';
import { registerReference } from './reference.js';
import { registerRestore } from './restore.js';
import { registerSeed } from './seed.js';
import { registerServe } from './serve.js';
import { registerYtj } from './ytj.js';

const program = new Command('solmu')
  .description('Solmu: an open platform for regional innovation ecosystem networks')
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride();

registerServe(program);
registerMigrate(program);
registerSeed(program);
registerReference(program);
registerPicture(program);
registerGenerate(program);
registerImport(program);
registerExport(program);
registerYtj(program);
registerBackup(program);
registerRestore(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const known =
    error instanceof ConfigError ||
    error instanceof DataDirInUseError ||
    error instanceof DataDirError ||
    error instanceof CliError;
  console.error(`solmu: ${error instanceof Error ? error.message : String(error)}`);
  if (!known && process.env.LOG_LEVEL === 'debug') console.error(error);
  process.exit(1);
}
