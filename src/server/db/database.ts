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

/** `log` sees every statement (tests count them; the API benchmark records them). */
export function createDatabase(connectionString: string, max = 10, log?: LogConfig): Database {
  const pool = new pg.Pool({ connectionString, max, application_name: 'solmu' });
  // An idle connection closed by the server (restart, shutdown) is not fatal: the pool reconnects.
  pool.on('error', () => {});
  // A connection lost while checked out (the server killed between two statements of a transaction) has
  // no listener of the pool's: unheard, its error would end the process. The next statement fails instead.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new RowShapeCamelCasePlugin()],
    log,
  });
}

/** Runs fn in a transaction, or inside the caller's when db already is one (writes compose). */
export function inTransaction<T>(db: Database, fn: (trx: Database) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
