/**
 * The YTJ import benchmark (issue 6). `solmu generate` writes N synthetic companies; then, in the same
 * run and the same database:
 *   (a) a raw COPY of the same rows — the organisation columns exactly as Solmu's import maps them
 *       (mapped beforehand, not timed) — into an empty copy of the organisations table
 *       (`like organisations including all`: the same indexes, generated search vector and defaults),
 *       with psql's \copy (COPY … FROM STDIN, as a client sends it);
 *   (b) Solmu's YTJ bulk import of the dump: `solmu import dump.json` as its own process (reading and
 *       parsing the JSON, mapping, validating, upserting by business ID in one transaction), its wall
 *       time and peak RSS measured from outside with /usr/bin/time;
 *   (c) the same import again (every company already there and unchanged: the re-import path).
 * (a) and (b) alternate --repeat times (default 1) and the best of each counts.
 *
 *   npx tsx bench/import/run.ts [--companies 100000] [--seed 1] [--repeat 1] [--keep]
 *
 * Prints JSON and a Markdown row for bench/import/RESULTS.md. Needs psql and /usr/bin/time.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import fs from 'node:fs';
import { sql } from 'kysely';
import { COPY_COLUMNS, writeCopyRows } from './rows-csv.js';
import { arg, count, load, round, run, say, startBench } from './support.js';

const companies = arg('companies', 100_000);
const seed = arg('seed', 1);
const repeat = arg('repeat', 1);

const bench = await startBench(companies, seed);
const { db, dump, dir } = bench;
const rowsCsv = path.join(dir, 'rows.csv');

async function copyOnce() {
  await sql`create table bench_copy (like organisations including all)`.execute(db);
  await sql`checkpoint`.execute(db);
  const columns = COPY_COLUMNS.join(', ');
  const copy = run('psql', [
    bench.url,
    '-X',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `\\copy bench_copy (${columns}) from '${rowsCsv}' with (format csv)`,
  ]);
  const rows = await count(db, 'bench_copy');
  await sql`drop table bench_copy`.execute(db);
  return { seconds: copy.seconds, rows };
}

async function importOnce(fresh: boolean) {
  if (fresh) {
    await sql`truncate organisations, workspaces cascade`.execute(db);
    await bench.newWorkspace();
  }
  return bench.importFile(dump);
}

try {
  const workspaceId = await bench.newWorkspace();
  say('mapping the rows for COPY (not timed)');
  const mapped = await writeCopyRows(db, dump, rowsCsv, { runId: crypto.randomUUID(), workspaceId });

  const copies: { seconds: number; rows: number; load: string }[] = [];
  const imports: (Awaited<ReturnType<typeof importOnce>> & { load: string })[] = [];
  for (let i = 0; i < repeat; i++) {
    say(`(a) COPY, round ${i + 1} (load ${load()})`);
    copies.push({ ...(await copyOnce()), load: load() });
    say(`(b) solmu import, round ${i + 1} (load ${load()})`);
    imports.push({ ...(await importOnce(i > 0)), load: load() });
  }
  const imported = await count(db, 'organisations', sql`source = 'ytj'`);
  say(`(c) solmu import of the same dump again (load ${load()})`);
  const again = await importOnce(false);
  const copy = copies.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const best = imports.reduce((a, b) => (b.processSeconds < a.processSeconds ? b : a));
  const results = {
    date: new Date().toISOString(),
    machine: await bench.machine(),
    companies,
    seed,
    dumpMB: round(fs.statSync(dump).size / 1e6),
    generateSeconds: round(bench.generateSeconds),
    copy: { seconds: round(copy.seconds, 2), rows: copy.rows, all: copies },
    solmu: {
      ...best,
      processSeconds: round(best.processSeconds, 2),
      runSeconds: round(best.runSeconds, 2),
      all: imports,
    },
    reimport: {
      ...again,
      processSeconds: round(again.processSeconds, 2),
      runSeconds: round(again.runSeconds, 2),
    },
    ratio: round(best.processSeconds / copy.seconds, 2),
    ratioOfRun: round(best.runSeconds / copy.seconds, 2),
  };
  if (copy.rows !== mapped || imported !== mapped || again.unchanged !== mapped)
    throw new Error(`row counts differ (mapped ${mapped}): ${JSON.stringify(results)}`);
  console.log(JSON.stringify(results, null, 2));
  console.log(
    `\n| ${companies.toLocaleString('en')} | ${results.dumpMB} MB | ${results.generateSeconds} s | ${results.copy.seconds} s | ` +
      `${results.solmu.processSeconds} s (${results.solmu.runSeconds} s) | **${results.ratio}** (${results.ratioOfRun}) | ` +
      `${results.solmu.peakRssMB} MB | ${results.reimport.processSeconds} s, ${results.reimport.peakRssMB} MB |`,
  );
} finally {
  await bench.close();
}
