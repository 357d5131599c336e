/**
 * The floor of the API benchmark: a minimal node:http server that answers each benchmarked path by
 * running the SQL Solmu ran for it (recorded by run.ts) through a bare `pg` pool of Solmu's size, one
 * statement after the other, and sending the rows back as JSON. No framework, no validation, no
 * presenter: what the database and the driver cost, and nothing else.
 *
 *   DATABASE_URL=… FLOOR_QUERIES=<file.json> FLOOR_POOL=10 node --import tsx bench/api/floor.ts
 *
 * Prints the port it listens on (loopback, free port) as its first line.
 */
import fs from 'node:fs';
import http from 'node:http';
import pg from 'pg';

export type RecordedQuery = { sql: string; parameters: unknown[] };

const queries = JSON.parse(fs.readFileSync(process.env.FLOOR_QUERIES!, 'utf8')) as Record<
  string,
  RecordedQuery[]
>;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.FLOOR_POOL ?? 10),
  application_name: 'bench-floor',
});

const server = http.createServer((req, res) => {
  const recorded = queries[req.url ?? ''];
  if (!recorded) {
    res.writeHead(404).end();
    return;
  }
  void (async () => {
    try {
      const results: unknown[] = [];
      for (const q of recorded) results.push((await pool.query(q.sql, q.parameters)).rows);
      const body = JSON.stringify(results);
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  })();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log((server.address() as { port: number }).port);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
