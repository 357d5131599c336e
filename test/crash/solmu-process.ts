import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');

/** How long a start may take before the test fails saying so (a first start creates the cluster). */
const START_TIMEOUT_MS = 60_000;

export type Solmu = {
  child: ChildProcess;
  /** Everything it printed so far. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export type Started = Solmu & { port: number; base: string };

/** Every process a crash test started or found, killed at the end whatever happened. */
const spawned: ChildProcess[] = [];
const foundPids = new Set<number>();

export function newDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-crash-'));
  // The embedded PostgreSQL runs as its own user when the tests run as root.
  fs.chmodSync(dataDir, 0o755);
  return dataDir;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `ok()` or fails with `what` after `ms`. */
export async function waitFor(what: string, ms: number, ok: () => boolean | Promise<boolean>) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await ok()) return;
    await sleep(100);
  }
  throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
}

/** `solmu serve` as a real process on a free loopback port, as `npm start` runs it. */
export function spawnSolmu(dataDir: string, extraEnv: NodeJS.ProcessEnv = {}): Solmu {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    SOLMU_DATA_DIR: dataDir,
    SOLMU_DEMO: 'never',
    LOG_LEVEL: 'info',
    SOLMU_API_REQUESTS_PER_MINUTE: '1000000',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  spawned.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

/** Polls /api/health until the database answers; fails clearly on exit or timeout. */
export async function healthy(base: string, ms: number, exited?: Promise<unknown>) {
  let gone = false;
  void exited?.then(() => (gone = true));
  await waitFor(`${base}/api/health to answer 200`, ms, async () => {
    if (gone) throw new Error('Solmu exited while we waited for it to be healthy');
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      return res.status === 200 && ((await res.json()) as { status: string }).status === 'ok';
    } catch {
      return false;
    }
  });
}

/** Starts Solmu and waits until it listens and its database answers. */
export async function startSolmu(dataDir: string, extraEnv?: NodeJS.ProcessEnv): Promise<Started> {
  const solmu = spawnSolmu(dataDir, extraEnv);
  let exitedEarly: string | undefined;
  void solmu.exited.then((e) => (exitedEarly = `exited (code ${e.code}, signal ${e.signal})`));
  try {
    await waitFor('Solmu to listen', START_TIMEOUT_MS, () => {
      if (exitedEarly) throw new Error(`Solmu ${exitedEarly} while starting`);
      return /running at http:\/\/localhost:\d+/.test(solmu.output());
    });
    const port = Number(/running at http:\/\/localhost:(\d+)/.exec(solmu.output())![1]);
    const base = `http://127.0.0.1:${port}`;
    await healthy(base, 10_000, solmu.exited);
    return { ...solmu, port, base };
  } catch (error) {
    solmu.child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- its output ---\n${solmu.output()}`);
  }
}

/** kill -9 and wait until the process is gone. */
export async function killHard(solmu: Solmu) {
  if (solmu.child.exitCode === null && solmu.child.signalCode === null) solmu.child.kill('SIGKILL');
  await solmu.exited;
}

/** The running postmaster's pid and port from its lock file, if there is one. */
export function postmaster(dataDir: string): { pid: number; port: number } | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(file)) return undefined;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!pid) return undefined;
  foundPids.add(pid);
  return { pid, port: Number(lines[3]) };
}

/** Whether anything accepts connections on the loopback port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(2000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** Kills every Solmu and database server the test started or found, then removes the data folder. */
export async function cleanUp(dataDir: string) {
  for (const child of spawned)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  postmaster(dataDir);
  for (const pid of foundPids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  await waitFor('every started process to be gone', 10_000, () =>
    [...spawned.map((c) => c.pid ?? 0), ...foundPids].every((pid) => !pid || !isAlive(pid)),
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
}
