/**
 * The picture benchmark: one seeded ecosystem, measured in the same run by Solmu, networkx and igraph.
 *
 *   npx tsx bench/picture/run.ts [--organisations 100000] [--relations 1000000] [--seed 2027]
 *                                [--networkx-sources 3] [--repeat 3] [--skip-networkx] [--skip-igraph]
 *                                [--out file.json]
 *
 * Solmu's and igraph's steps keep the best of --repeat runs; networkx's run once (minutes at full size).
 * Each tool runs in its own process, one after the other (so none competes for the CPU or shares memory
 * with another), on the same edge list: run.ts writes it as raw arrays into a temporary folder. igraph is
 * Debian's python3-igraph for /usr/bin/python3; the script installs it with apt-get when it is missing.
 * Prints a Markdown report (machine, figures, ratios) for bench/picture/RESULTS.md.
 *
 * Hook for the database benchmark: `copyRows` in generate.ts writes the same ecosystem as COPY rows.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEdgeList } from './edge-list.js';
import { report, type Results } from './report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const solmuScript = path.join(here, 'solmu.ts');

function args() {
  const argv = process.argv.slice(2);
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const outIndex = argv.indexOf('--out');
  return {
    organisations: value('organisations', 100_000),
    relations: value('relations', 1_000_000),
    seed: value('seed', 2027),
    networkxSources: value('networkx-sources', 3),
    repeat: value('repeat', 3),
    skipNetworkx: argv.includes('--skip-networkx'),
    skipIgraph: argv.includes('--skip-igraph'),
    out: outIndex >= 0 ? argv[outIndex + 1] : undefined,
  };
}

function runJson(command: string, commandArgs: string[]): Record<string, unknown> {
  process.stderr.write(`… ${path.basename(command)} ${commandArgs.map((a) => path.basename(a)).join(' ')}\n`);
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }; // no __pycache__ left in bench/picture
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 26, cwd: here, env });
  if (run.status !== 0) throw new Error(`${command} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const canImport = (python: string, module: string) =>
  spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0;

/** Installs python3-igraph with apt-get (once: apt-get update first) unless /usr/bin/python3 has it. */
function ensureIgraph(): boolean {
  if (canImport('/usr/bin/python3', 'igraph')) return true;
  process.stderr.write('python3-igraph is missing: apt-get update && apt-get install -y python3-igraph\n');
  for (const step of [['update'], ['install', '-y', 'python3-igraph']]) {
    const run = spawnSync('apt-get', step, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) return false;
  }
  return canImport('/usr/bin/python3', 'igraph');
}

function readScores(dir: string, name: string): Float64Array | null {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return null;
  const bytes = fs.readFileSync(file);
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function maxDifference(a: Float64Array | null, b: Float64Array | null): number | null {
  if (!a || !b || a.length !== b.length) return null;
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

type Options = ReturnType<typeof args>;

/** Runs every tool on the edge list in `dir`, one process after another. */
function measureAll(dir: string, options: Options): Results {
  const solmuArgs = (mode: string) =>
    [solmuScript, options.organisations, options.relations, options.seed, mode, dir, options.repeat].map(
      String,
    );
  const results: Results = {
    options,
    solmu: runJson(process.execPath, ['--import', 'tsx', ...solmuArgs('measures')]),
    picture: runJson(process.execPath, ['--import', 'tsx', ...solmuArgs('picture')]),
    networkx: null,
    igraph: null,
    agreement: {},
  };
  if (!options.skipNetworkx && canImport('python3', 'networkx')) {
    const nxArgs = [path.join(here, 'networkx_bench.py'), dir, options.seed, options.networkxSources];
    results.networkx = runJson('python3', nxArgs.map(String));
  }
  if (!options.skipIgraph && ensureIgraph()) {
    // exact betweenness stands in for the missing sampled one only where all n sources stay affordable
    const exact = options.organisations <= 20_000 ? ['exact'] : [];
    const igArgs = [path.join(here, 'igraph_bench.py'), dir, options.seed, options.repeat, ...exact];
    results.igraph = runJson('/usr/bin/python3', igArgs.map(String));
  }
  results.agreement = {
    pagerankDefaultVsNetworkx: maxDifference(
      readScores(dir, 'pr-solmu-default.f64'),
      readScores(dir, 'pr-networkx.f64'),
    ),
    pagerankTightVsIgraph: maxDifference(readScores(dir, 'pr-solmu.f64'), readScores(dir, 'pr-igraph.f64')),
  };
  return results;
}

function main() {
  const options = args();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-picture-bench-'));
  try {
    writeEdgeList(dir, options);
    const results = measureAll(dir, options);
    if (options.out) fs.writeFileSync(options.out, JSON.stringify(results, null, 2));
    process.stdout.write(report(results));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
