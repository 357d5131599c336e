import type { Config } from '../config.js';
import { checkDataDir } from './data-dir-check.js';
import { createDatabase, type Database } from './database.js';
import { startEmbeddedPostgres } from './embedded.js';
import { acquireDataDirLock } from './lock.js';

export type OpenDatabase = {
  db: Database;
  /** Where it is, for a connection of its own outside the pool (LISTEN). */
  url: string;
  mode: 'embedded' | 'external';
  close: () => Promise<void>;
  /**
   * Stops at once, for a signal while Solmu starts: the embedded server is shut down (fast, so the
   * statements of the start under way are rolled back) and the data folder released. The pool is left
   * to the process's exit; an external database has nothing of ours to stop.
   */
  abort: () => Promise<void>;
};

/**
 * The embedded server is gone for good (decision 023): exit with a clear message, so that a supervisor
 * (systemd, a container's restart policy) starts Solmu again; the next start recovers the cluster.
 */
function exitDatabaseLost(message: string): never {
  console.error(`solmu: ${message} Stopping; start Solmu again (the database recovers at start).`);
  process.exit(EXIT_DATABASE_LOST);
}

/** The exit code when the embedded database server is lost while Solmu runs (sysexits' EX_UNAVAILABLE). */
export const EXIT_DATABASE_LOST = 69;

/** DATABASE_URL when given; otherwise the embedded server in the data folder, locked to this process. */
export async function openDatabase(config: Config, log: (message: string) => void): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const db = createDatabase(config.databaseUrl);
    return {
      db,
      url: config.databaseUrl,
      mode: 'external',
      close: () => db.destroy(),
      abort: async () => {},
    };
  }
  for (const warning of await checkDataDir(config.dataDir)) log(warning);
  const release = acquireDataDirLock(config.dataDir);
  try {
    const server = await startEmbeddedPostgres({ dataDir: config.dataDir, log, onLost: exitDatabaseLost });
    const db = createDatabase(server.url);
    return {
      db,
      url: server.url,
      mode: 'embedded',
      close: async () => {
        await db.destroy();
        await server.stop();
        release();
      },
      abort: async () => {
        await server.stop();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
