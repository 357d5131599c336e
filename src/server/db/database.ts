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
 * The one open view of the database: the generic resource layer works on table and column names a
 * resource definition gives at run time (resources/repository.ts), and the visibility rule names its
 * columns on any record table (auth/visibility.ts). Nothing else uses it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UntypedDatabase = Kysely<any>;

export const untyped = (db: Database): UntypedDatabase => db as unknown as UntypedDatabase;

/** `log` sees every statement (tests count them; the API benchmark records them). */
export function createDatabase(connectionString: string, max = 10, log?: LogConfig): Database {
  const pool = new pg.Pool({ connectionString, max, application_name: 'solmu' });
  // An idle connection closed by the server (restart, shutdown) is not fatal: the pool reconnects.
  pool.on('error', () => {});
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
