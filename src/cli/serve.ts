import type { Command } from 'commander';
import { readConfig } from '../server/config.js';
import { startServer } from '../server/main.js';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description(
      'Start Solmu (embedded PostgreSQL unless DATABASE_URL is set); loads the demo network into an empty database',
    )
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .action(async (options: { port?: string }) => {
      const config = readConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      await startServer(config);
    });
}
