import pg from 'pg';
import { Kysely, PostgresDialect, type LogConfig } from 'kysely';
import { RowShapeCamelCasePlugin } from './camel-case.js';
import type { DB } from './schema.js';

// Dates stay 'YYYY-MM-DD' strings: a JS Date would shift them across time zones.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// numeric (budgets) as JS numbers; the schema caps them far below 2^53.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Every query is checked against the tables as the migrations leave them (schema.ts, generated). */
export type Database = Kysely<DB>;

/**
 * A database that cannot be reached fails a request within this time (503 `database_unavailable`)
 * instead of leaving it waiting for a connection.
 */
export const CONNECT_TIMEOUT_MS = 5000;

const pools = new WeakMap<Database, pg.Pool>();

/** The connection pool behind a database made by `createDatabase` (its gauges are metrics). */
export const poolOf = (db: Database): pg.Pool | undefined => pools.get(db);

/** `log` sees every statement (tests count them; the API benchmark records them). */
export function createDatabase(connectionString: string, max = 10, log?: LogConfig): Database {
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: 'solmu',
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A server that vanished without closing the socket is noticed instead of waited on forever.
    keepAlive: true,
  });
  // An idle connection closed by the server (restart, shutdown) is not fatal: the pool reconnects.
  pool.on('error', () => {});
  // Nor is one lost while checked out: its query fails with the error (a 503), and without a listener of
  // its own the client's 'error' event would be an uncaught exception; the pool then discards it.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new RowShapeCamelCasePlugin()],
    log,
  });
  pools.set(db, pool);
  return db;
}

/** Runs fn in a transaction, or inside the caller's when db already is one (writes compose). */
export function inTransaction<T>(db: Database, fn: (trx: Database) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
