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

function run(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = { ...process.env, SOLMU_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' };
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

async function stop(s: Started, signal: NodeJS.Signals = 'SIGINT') {
  const exited = new Promise<number | null>((resolve) => s.child.on('exit', (code) => resolve(code)));
  s.child.kill(signal);
  return exited;
}

const getJson = async (port: number, p: string) => (await fetch(`http://127.0.0.1:${port}${p}`)).json();

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
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
    expect(fs.existsSync(path.join(dataDir, 'solmu.lock'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
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
});
