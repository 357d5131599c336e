/** A real Solmu process (`solmu serve`) on an external database, for the tests of several instances. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type Instance = { base: string; output: () => string; stop: () => Promise<void> };

/** Asks `/api/health` until it answers 200 (the instance's database is reachable), at most `ms`. */
async function healthy(base: string, ms: number, output: () => string) {
  const until = Date.now() + ms;
  for (;;) {
    const res = await fetch(`${base}/api/health`).catch((e: unknown) => String(e));
    if (typeof res !== 'string' && res.status === 200) return;
    const last = typeof res === 'string' ? res : `${res.status} ${await res.text()}`;
    if (Date.now() > until)
      throw new Error(`${base}/api/health did not answer 200 (last: ${last}):\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts `node bin/solmu.js serve` on loopback and a free port, against `databaseUrl`, and waits until
 * it listens and its health check answers. `stop` ends it (SIGTERM, then SIGKILL) and may be called
 * more than once, also when the start failed.
 */
export async function startInstance(databaseUrl: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['bin/solmu.js', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Solmu did not start:\n${output}`)), 90_000);
      child.stdout.on('data', () => {
        const m = /running at http:\/\/localhost:(\d+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      void exited.then(() => reject(new Error(`Solmu exited:\n${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    await healthy(base, 90_000, () => output);
    return { base, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
