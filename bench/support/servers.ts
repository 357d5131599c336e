import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/** The project's root, where `bin/solmu.js` is run from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A server of a benchmark in a process of its own, its errors shown with its name. */
export function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d.toString()}`));
  return child;
}

export async function waitFor(url: string, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${ms / 1000} s`);
}

/** The first line a child prints (the servers that pick a free port print it). */
export const firstLine = (child: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!.trim());
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before answering`)));
  });

export type Figures = {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time of the server process per answered request (user + system), ms. */
  cpuMs: number;
  load: number;
};

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** User + system CPU time of a process so far, in ms (Linux). */
function cpuTimeMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** autocannon against one address for `seconds`, with the server process's CPU time per request. */
export async function load(url: string, seconds: number, pid: number, connections: number): Promise<Figures> {
  const cpuBefore = cpuTimeMs(pid);
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    cpuMs: (cpuTimeMs(pid) - cpuBefore) / Math.max(1, r.requests.total),
    load: os.loadavg()[0]!,
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Stops the children: the first with SIGINT (Solmu's clean stop), the others with SIGTERM. */
export async function stopAll(children: ChildProcess[]) {
  for (const child of children) {
    if (child.exitCode !== null) continue;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill(child === children[0] ? 'SIGINT' : 'SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
  }
}

/**
 * An embedded PostgreSQL on loopback in a temporary folder with the reference data and the demo
 * network; `stop` removes it all.
 */
export async function startDemoDatabase(name: string) {
  const { createDatabase } = await import('../../src/server/db/database.js');
  const { startEmbeddedPostgres } = await import('../../src/server/db/embedded.js');
  const { migrateToLatest } = await import('../../src/server/db/migrate.js');
  const { loadDemoWorld } = await import('../../src/server/modules/demo/demo.service.js');
  const { ensureBuiltInReference } = await import('../../src/server/modules/reference/reference.service.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `solmu-bench-${name}-`));
  fs.chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: dir });
  const db = createDatabase(database.url);
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  await loadDemoWorld(db);
  await db.destroy();
  return {
    url: database.url,
    dir,
    stop: async () => {
      await database.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
