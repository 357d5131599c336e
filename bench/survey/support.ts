/** What the survey benchmarks share: Solmu in a process of its own, and percentiles. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '../../src/server/db/embedded.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One save by a personal link: the token and the body of `PUT /api/v1/answers/{token}`. */
export type Save = {
  token: string;
  body: { answers: Record<string, unknown>; submit: boolean; consent: boolean };
};

/** The p-th percentile (nearest rank) of some times; p 100 is the largest. */
export function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/**
 * `solmu serve` on this database, demo loading off and the API limit raised; resolves once it answers.
 * With a profile folder, the server runs under `node --cpu-prof` and leaves its profile there when stopped.
 */
export async function startSolmu(databaseUrl: string, profileDir?: string) {
  const port = await freeLoopbackPort();
  const child = spawn(
    process.execPath,
    [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []),
      'bin/solmu.js',
      'serve',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        SOLMU_DEMO: 'never',
        SOLMU_API_REQUESTS_PER_MINUTE: '1000000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = new URL(`http://127.0.0.1:${port}`);
  const until = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(new URL('/api/health', base)).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > until) throw new Error('Solmu did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop: () => child.kill('SIGINT') };
}
