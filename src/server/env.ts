import type { Database } from './db/database.js';

/** What every request handler can reach through the context. */
export type AppEnv = { Variables: { db: Database; actor: string } };
