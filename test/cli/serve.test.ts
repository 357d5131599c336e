import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-serve-'));
fs.chmodSync(dataDir, 0o755);
const children: ChildProcess[] = [];

type Started = { child: ChildProcess; port: number; output: () => string };

function run(
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SOLMU_DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function start(): Promise<Started> {
  const { child, output, exited } = run(['serve']);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /running at http:\/\/localhost:(\d+)/.exec(output());
      if (m) {
        clearInterval(timer);
        resolve(Number(m[1]));
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`solmu exited with ${code}:\n${output()}`));
    });
  });
  return { child, port, output };
}

/** How long a stop may take, Node and the embedded PostgreSQL both gone (a loaded CI machine included). */
const STOP_BOUND_MS = 15_000;

const postmasterPid = (folder: string) => {
  const file = path.join(folder, 'pg', 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : 0;
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Signals Solmu and waits for its exit; its database server must be gone by then, within the bound. */
async function stop(s: Pick<Started, 'child'>, signal: NodeJS.Signals = 'SIGINT', folder = dataDir) {
  const server = postmasterPid(folder);
  expect(server).toBeGreaterThan(0);
  const exited = new Promise<number | null>((resolve) => s.child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  s.child.kill(signal);
  const code = await Promise.race([
    exited,
    new Promise((r) => setTimeout(r, STOP_BOUND_MS, 'still running')),
  ]);
  expect(Date.now() - started).toBeLessThan(STOP_BOUND_MS);
  expect(isAlive(server), `the database server (pid ${server}) outlived Solmu`).toBe(false);
  expect(fs.existsSync(path.join(folder, 'pg', 'postmaster.pid'))).toBe(false);
  expect(fs.existsSync(path.join(folder, 'solmu.lock'))).toBe(false);
  return code;
}

const getJson = async (port: number, p: string) => (await fetch(`http://127.0.0.1:${port}${p}`)).json();

const folders = [dataDir];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const folder of folders) {
    const pid = postmasterPid(folder);
    if (pid > 0 && isAlive(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

describe('solmu serve on the embedded database', () => {
  let organisations = 0;

  it('starts with the demo network, refuses a second Solmu on the same folder, stops on SIGINT', async () => {
    const first = await start();
    const network = await getJson(
      first.port,
      '/api/v1/networks/seutukaupunkien-innovaatioekosysteemiverkosto',
    );
    expect(network.coverage.municipalityCount).toBe(10);
    expect(network.coverage.regionCount).toBe(8);
    organisations = (await getJson(first.port, '/api/v1/organisations?limit=1')).total;
    expect(organisations).toBeGreaterThan(10);
    expect((await getJson(first.port, '/api/health')).database.ok).toBe(true);

    const second = run(['serve']);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already using the data folder/);

    expect(await stop(first)).toBe(0);
  }, 120_000);

  it('keeps the data across restarts without loading the demo twice', async () => {
    const again = await start();
    expect((await getJson(again.port, '/api/v1/organisations?limit=1')).total).toBe(organisations);
    const live = await fetch(`http://127.0.0.1:${again.port}/api/health/live`, {
      headers: { 'x-request-id': 'serve-test-1' },
    });
    expect(live.headers.get('x-request-id')).toBe('serve-test-1');
    expect((await fetch(`http://127.0.0.1:${again.port}/api/health/ready`)).status).toBe(200);
    // one JSON line per request, with its id and route
    expect(again.output()).toMatch(/"requestId":"serve-test-1".*"route":"\/api\/health\/live","status":200/);
    expect(await stop(again, 'SIGTERM')).toBe(0);
  }, 60_000);

  it('recovers after a crash that left the database server running', async () => {
    const crashed = await start();
    crashed.child.kill('SIGKILL');
    await new Promise((r) => crashed.child.on('exit', r));
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    expect(fs.existsSync(pidFile)).toBe(true); // the orphaned server still runs

    const recovered = await start();
    expect((await getJson(recovered.port, '/api/v1/organisations?limit=1')).total).toBe(organisations);
    expect(await stop(recovered)).toBe(0);
  }, 60_000);

  it('stops the database it started when a signal comes while it is still starting', async () => {
    // A first start of its own: creating the cluster and migrating it leave seconds to signal in.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-serve-early-'));
    fs.chmodSync(folder, 0o755);
    folders.push(folder);
    const early = run(['serve'], { SOLMU_DATA_DIR: folder, SOLMU_DEMO: 'never' });
    // The pid file of the bootstrap run while the cluster is made holds a negative pid: wait for the server's.
    while (postmasterPid(folder) <= 0) {
      expect(early.child.exitCode, early.output()).toBeNull();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(early.output()).not.toMatch(/running at/);
    expect(await stop(early, 'SIGTERM', folder)).toBe(0);
    expect(early.output()).toMatch(/SIGTERM: stopping/);
  }, 120_000);
});
