/**
 * COPY … FROM STDIN through Kysely, for the bulk import. There is no COPY in Kysely and no
 * pg-copy-streams here, but node-postgres runs any "submittable" object given to `client.query` (the
 * extension point pg-cursor and pg-copy-streams use), and Kysely hands the compiled query's `sql` to
 * `client.query` as it is. So the statement below is such an object: it sends the COPY, streams the
 * prepared chunks when the server asks for them, and is awaitable (a thenable) so Kysely waits for it.
 * Tests run it against the real PostgreSQL on every import test; if a future Kysely stopped passing the
 * object through, they would fail at once.
 */
import { CompiledQuery } from 'kysely';
import type { Database } from '../../db/database.js';

type PgConnection = {
  query: (text: string) => void;
  sendCopyFromChunk: (chunk: Buffer) => void;
  endCopyFrom: () => void;
  sendCopyFail: (message: string) => void;
};

type Result = { command: string; rowCount: number; rows: never[] };

class CopyFromStdin {
  private rowCount = 0;
  private settle!: { resolve: (r: Result) => void; reject: (e: Error) => void };
  private readonly done = new Promise<Result>((resolve, reject) => (this.settle = { resolve, reject }));
  /** node-postgres looks for these on a query object. */
  readonly name = undefined;
  callback = undefined;

  constructor(
    readonly text: string,
    private readonly chunks: readonly Buffer[],
  ) {}

  submit(connection: PgConnection) {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection) {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }) {
    this.rowCount = Number(/(\d+)$/.exec(message.text ?? '')?.[1] ?? 0);
  }

  /** node-postgres forgets the query on an error: ReadyForQuery will not reach it, so settle now. */
  handleError(error: Error) {
    this.settle.reject(error);
  }

  handleReadyForQuery() {
    this.settle.resolve({ command: 'COPY', rowCount: this.rowCount, rows: [] });
  }

  // Messages a COPY FROM never gets; present so an unexpected one is ignored rather than fatal.
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyData() {}

  then<A, B>(onFulfilled: (r: Result) => A, onRejected?: (e: Error) => B) {
    return this.done.then(onFulfilled, onRejected);
  }
}

/**
 * Runs `COPY <table> (<columns>) FROM STDIN (FORMAT csv)` with the given CSV text. `copySql` must be
 * built from constants only: it is sent as it is.
 */
export async function copyCsv(db: Database, copySql: string, csv: string): Promise<number> {
  const query = new CopyFromStdin(copySql, [Buffer.from(csv, 'utf8')]);
  const result = await db.executeQuery(CompiledQuery.raw(query as unknown as string));
  return Number(result.numAffectedRows ?? query['rowCount']);
}
