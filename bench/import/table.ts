/**
 * The table import benchmark (issue 10): the same companies imported from a CSV sheet and from the YTJ
 * dump, in the same run and database, as `solmu import` processes. `solmu generate` writes N companies;
 * they are also written as a CSV of organisations (name, business ID, kind, industry, municipality by
 * name, website: bench/import/table-csv.ts). Then --repeat times, alternating, each into an empty table:
 *   (a) `solmu import dump.json` (the YTJ path);
 *   (b) `solmu import organisations.csv` (the table path);
 * and once each: (c) the CSV as a dry run, (d) the CSV again over the imported rows (every row an
 * update). Time per row = the process's wall time (and the import run's own time) / rows; the ratio is
 * the CSV's per-row time over YTJ's. Peak RSS of each process by /usr/bin/time.
 *
 *   npx tsx bench/import/table.ts [--rows 100000] [--seed 1] [--repeat 1] [--keep]
 *
 * Prints JSON and a Markdown row for BENCHMARKS.md. Needs /usr/bin/time.
 */
import path from 'node:path';
import { sql } from 'kysely';
import { writeOrganisationCsv } from './table-csv.js';
import { arg, load, round, say, startBench, type ImportMeasure } from './support.js';

const rows = arg('rows', 100_000);
const seed = arg('seed', 1);
const repeat = arg('repeat', 1);

const bench = await startBench(rows, seed);
const { db } = bench;
const csv = path.join(bench.dir, 'organisations.csv');

async function fresh() {
  await sql`truncate organisations, workspaces cascade`.execute(db);
  await bench.newWorkspace();
}

type Round = ImportMeasure & { load: string };
const perRow = (m: ImportMeasure) => ({
  processMs: round((m.processSeconds * 1000) / m.rows, 3),
  runMs: round((m.runSeconds * 1000) / m.rows, 3),
});
const shown = (m: ImportMeasure) => ({
  ...m,
  processSeconds: round(m.processSeconds, 2),
  runSeconds: round(m.runSeconds, 2),
  perRow: perRow(m),
});

try {
  await bench.newWorkspace();
  say('writing the companies as a CSV sheet (not timed)');
  const written = await writeOrganisationCsv(db, bench.dump, csv);
  const ytj: Round[] = [];
  const table: Round[] = [];
  for (let i = 0; i < repeat; i++) {
    await fresh();
    say(`(a) YTJ import, round ${i + 1} (load ${load()})`);
    ytj.push({ ...(await bench.importFile(bench.dump)), load: load() });
    await fresh();
    say(`(b) CSV import, round ${i + 1} (load ${load()})`);
    table.push({ ...(await bench.importFile(csv)), load: load() });
  }
  say(`(c) CSV dry run (load ${load()})`);
  await fresh();
  const dry = await bench.importFile(csv, ['--dry-run']);
  say(`(d) CSV import over the imported rows (load ${load()})`);
  await bench.importFile(csv);
  const again = await bench.importFile(csv);

  const best = (runs: Round[]) => runs.reduce((a, b) => (b.processSeconds < a.processSeconds ? b : a));
  const y = best(ytj);
  const t = best(table);
  const results = {
    date: new Date().toISOString(),
    machine: await bench.machine(),
    rows,
    csvRows: written,
    ytj: { ...shown(y), all: ytj },
    csv: { ...shown(t), all: table },
    csvDryRun: shown(dry),
    csvReimport: shown(again),
    ratio: round(perRow(t).processMs / perRow(y).processMs, 2),
    ratioOfRun: round(perRow(t).runMs / perRow(y).runMs, 2),
  };
  const ok =
    y.state === 'done' &&
    t.state === 'done' &&
    t.created === written &&
    dry.state === 'dry_run' &&
    dry.created === written &&
    again.updated === written;
  console.log(JSON.stringify(results, null, 2));
  if (!ok) throw new Error(`unexpected outcome (CSV rows ${written})`);
  const ms = (m: ImportMeasure) => `${perRow(m).processMs} ms (${perRow(m).runMs} ms)`;
  console.log(
    `\n| ${rows.toLocaleString('en')} | ${results.ytj.processSeconds} s (${results.ytj.runSeconds} s), ${ms(y)}, ${y.peakRssMB} MB | ` +
      `${results.csv.processSeconds} s (${results.csv.runSeconds} s), ${ms(t)}, ${t.peakRssMB} MB | ` +
      `**${results.ratio}** (${results.ratioOfRun}) | ${results.csvDryRun.processSeconds} s, ${dry.peakRssMB} MB | ` +
      `${results.csvReimport.processSeconds} s, ${again.peakRssMB} MB |`,
  );
} finally {
  await bench.close();
}
