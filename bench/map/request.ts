/**
 * The graph request alone (issue 20: ≤ 0.5 s at 10,000 members / 50,000 relations): GET /api/v1/graph in
 * its binary form, as the map asks for it, timed from this process on 127.0.0.1 until the last byte:
 * - cold: the first request after the server started (nothing kept: the map's queries and its measures);
 * - after a change elsewhere: a write that bumps the data version but leaves the ties as they were (one
 *   member's name), so the map is read again and its measures come from the cache kept by the ties' hash;
 * - after a change of the ties: one relation's weight, so the measures are computed again too;
 * - kept: the same version again, answered 200 from the cache, and 304 to the browser's ETag.
 * Not a test: it prints figures.
 *
 *   SOLMU_WEB_DIST=dist/web npx tsx bench/map/request.ts [--organisations 10000] [--relations 50000] [--rounds 3]
 */
import os from 'node:os';
import { sql } from 'kysely';
import { numberArg as arg, requireWebBuild, withBenchServer } from './bench-server.js';

requireWebBuild('dist/web');

type Timed = { ms: number; status: number; bytes: number; etag: string | null };

async function timed(url: string, etag?: string): Promise<Timed> {
  const started = performance.now();
  const res = await fetch(url, {
    headers: { accept: 'application/vnd.solmu.graph+binary', ...(etag ? { 'if-none-match': etag } : {}) },
  });
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, status: res.status, bytes, etag: res.headers.get('etag') };
}

const n = arg('organisations', 10_000);
const m = arg('relations', 50_000);
const rounds = arg('rounds', 3);
await withBenchServer(n, m, async ({ base, db }) => {
  const url = `${base}/api/v1/graph?scope=network&id=bench&format=binary`;
  const rows: Record<string, Timed[]> = {};
  const note = (kind: string, t: Timed) => {
    (rows[kind] ??= []).push(t);
    console.log(
      kind.padEnd(28),
      `${t.ms.toFixed(0)} ms`,
      t.status,
      `${t.bytes} bytes`,
      `load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    return t;
  };
  note('cold (server just started)', await timed(url));
  for (let round = 0; round < rounds; round++) {
    await sql`update organisations set name_fi = name_fi || ${round % 2 ? '' : ' '}
      where id = (select id from organisations order by id limit 1)`.execute(db);
    note('after a change elsewhere', await timed(url));
    await sql`update relations set weight = weight + 1
      where id = (select id from relations order by id limit 1)`.execute(db);
    const fresh = note('after a change of the ties', await timed(url));
    note('kept: 200 from the cache', await timed(url));
    note('kept: 304 to the ETag', await timed(url, fresh.etag ?? undefined));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `\ngraph request, ${n} organisations / ${m} relations, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}:`,
  );
  for (const [kind, ts] of Object.entries(rows)) {
    const ms = ts.map((t) => t.ms);
    console.log(
      `- ${kind}: median ${median(ms).toFixed(0)} ms (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} ms), status ${ts[0]!.status}, ${ts[0]!.bytes} bytes`,
    );
  }
});
