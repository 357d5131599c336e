/**
 * The communities benchmark (issue 14): Solmu's Louvain (the method before) and Leiden (the picture's
 * method now) against igraph's multilevel Louvain, and igraph's own Leiden for reference, on the picture
 * benchmark's seeded graph, for several seeds in the same run.
 *
 *   npx tsx bench/picture/communities.ts [--organisations 100000] [--relations 1000000] [--graph-seed 2027]
 *                                        [--seeds 1,2,3,4,5] [--out file.json]
 *
 * Each tool runs in its own process, one after the other, on the same edge list (edge-list.ts). Prints a
 * Markdown report: each seed, then min / median / max of modularity and time, and the ratios.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEdgeList } from './edge-list.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Run {
  seconds: number;
  /** Processor time of the process (all its threads): steadier than wall time on a loaded machine. */
  cpuSeconds: number;
  modularity: number;
  communities: number;
  disconnected?: number;
}
interface Side {
  runs: ({ seed: number } & Record<'louvain' | 'leiden', Run>)[];
  edges: number;
  version?: string;
  peakRssMb: number;
}

function args() {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    organisations: Number(value('organisations') ?? 100_000),
    relations: Number(value('relations') ?? 1_000_000),
    seed: Number(value('graph-seed') ?? 2027),
    seeds: value('seeds') ?? '1,2,3,4,5',
    out: value('out'),
  };
}

function runJson(command: string, commandArgs: string[]): Side {
  process.stderr.write(`… ${path.basename(command)} ${commandArgs.map((a) => path.basename(a)).join(' ')}\n`);
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 26, cwd: here, env });
  if (run.status !== 0) throw new Error(`${command} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Side;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (xs: number[], format: (x: number) => string) =>
  `${format(Math.min(...xs))} / ${format(median(xs))} / ${format(Math.max(...xs))}`;
const q = (x: number) => x.toFixed(4);
const sec = (x: number) => `${x.toFixed(2)} s`;
const cell = (r: Run) => `${q(r.modularity)} (${r.communities}) · ${sec(r.seconds)} · ${sec(r.cpuSeconds)}`;

function report(
  options: ReturnType<typeof args>,
  solmu: Side,
  igraph: Side | null,
  load: number[][],
): string {
  const columns: [string, Side | null, 'louvain' | 'leiden'][] = [
    ['Solmu Louvain (before)', solmu, 'louvain'],
    ['Solmu Leiden (now)', solmu, 'leiden'],
    ['igraph Louvain', igraph, 'louvain'],
    ['igraph Leiden', igraph, 'leiden'],
  ];
  const present = columns.filter(([, side]) => side !== null) as [string, Side, 'louvain' | 'leiden'][];
  const lines = [
    `## Communities: ${options.organisations.toLocaleString('en')} organisations, ${options.relations.toLocaleString('en')} relations (graph seed ${options.seed})`,
    '',
    `- machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; Node ${process.version}; igraph ${igraph?.version ?? '—'}`,
    `- ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average at start ${load[0]!.map((x) => x.toFixed(1)).join(' ')}, at end ${load[1]!.map((x) => x.toFixed(1)).join(' ')}`,
    `- graph: ${solmu.edges.toLocaleString('en')} merged edges; each seed run once per method, after one untimed run of each`,
    '',
    `| seed | ${present.map(([name]) => name).join(' | ')} |`,
    `|---|${present.map(() => '---').join('|')}|`,
    ...solmu.runs.map(
      (run, i) =>
        `| ${run.seed} | ${present.map(([, side, method]) => cell(side.runs[i]![method])).join(' | ')} |`,
    ),
    '',
    'Cells: modularity (communities) · wall time · processor time. Min / median / max over the seeds:',
    '',
    '| | modularity | wall time | processor time |',
    '|---|---|---|---|',
    ...present.map(([name, side, method]) => {
      const runs = side.runs.map((r) => r[method]);
      return `| ${name} | ${spread(
        runs.map((r) => r.modularity),
        q,
      )} | ${spread(
        runs.map((r) => r.seconds),
        sec,
      )} | ${spread(
        runs.map((r) => r.cpuSeconds),
        sec,
      )} |`;
    }),
    '',
  ];
  const before = solmu.runs.map((r) => r.louvain);
  const now = solmu.runs.map((r) => r.leiden);
  const split = (runs: Run[]) => runs.map((r) => r.disconnected ?? 0).join(', ');
  const med = (runs: Run[], key: 'seconds' | 'cpuSeconds') => median(runs.map((r) => r[key]));
  const ratios = (a: Run[], b: Run[]) =>
    `${(med(a, 'seconds') / med(b, 'seconds')).toFixed(2)} (wall), ${(med(a, 'cpuSeconds') / med(b, 'cpuSeconds')).toFixed(2)} (processor)`;
  const faster = (key: 'seconds' | 'cpuSeconds') => (med(now, key) <= med(before, key) ? 'met' : 'not met');
  lines.push(
    `Communities in several pieces, per seed: Solmu Louvain ${split(before)}; Solmu Leiden ${split(now)}.`,
    `Median time, Solmu Leiden ÷ Solmu Louvain: ${ratios(now, before)}.`,
    `Goal (issue 14), median Leiden time ≤ median Louvain time in the same run: ${faster('seconds')} (wall), ${faster('cpuSeconds')} (processor).`,
  );
  if (igraph) {
    const theirs = igraph.runs.map((r) => r.louvain);
    const lowest = Math.min(...now.map((r) => r.modularity));
    const highest = Math.max(...theirs.map((r) => r.modularity));
    lines.push(
      `Median time, igraph Louvain ÷ Solmu Leiden: ${ratios(theirs, now)}.`,
      `Goal (issue 14), lowest Leiden modularity ≥ highest igraph Louvain modularity: ${lowest >= highest ? 'met' : 'not met'} (${q(lowest)} vs ${q(highest)}).`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function main() {
  const options = args();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-communities-bench-'));
  try {
    const load = [os.loadavg()];
    writeEdgeList(dir, options);
    const solmu = runJson(process.execPath, [
      '--import',
      'tsx',
      path.join(here, 'communities-solmu.ts'),
      dir,
      options.seeds,
    ]);
    const igraph = fs.existsSync('/usr/bin/python3')
      ? runJson('/usr/bin/python3', [path.join(here, 'communities_igraph.py'), dir, options.seeds])
      : null;
    load.push(os.loadavg());
    if (options.out) fs.writeFileSync(options.out, JSON.stringify({ options, solmu, igraph, load }, null, 2));
    process.stdout.write(report(options, solmu, igraph, load));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
