/**
 * The Chromium Solmu runs: the browser tests, the map benchmark and the PDF reports (a runtime
 * dependency since the PDF report, decision 012) launch the same build (decision 010).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import chromium from '@sparticuz/chromium';
import type { LaunchOptions } from 'playwright-core';

// Flags of @sparticuz/chromium that do not suit a test run or a server: one process (closing a page would end the
// browser), no same-origin policy, and its own headless flag (Playwright sets one). And the GPU in the
// browser's process: the network page's first load then hung now and then for good (about one CI run in
// two), its main thread blocked outside JavaScript right as the map created its WebGL contexts, while the
// next page of the same browser drew. In its own process, as Chromium normally runs it, the GPU (software
// WebGL, SwiftShader) answers; were it ever stuck, Chromium restarts it and the page gets a lost context
// instead of a frozen thread.
const DROPPED = new Set(['--single-process', '--disable-web-security', '--no-zygote', '--in-process-gpu']);

const runs = (binary: string) => {
  try {
    execFileSync(binary, ['--version'], { stdio: 'pipe', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
};

const packageDir = path.dirname(path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * The package unpacks its browser into the temporary folder and reuses any `chromium` already there, even
 * another version's. Chromium 143 hung now and then when a network page created its WebGL contexts (the
 * renderer's main thread waited for good; about one browser in six within 40 loads, none in 153), so an
 * old binary left behind must not be picked up: each version gets its own folder.
 */
async function unpackedChromium() {
  const dir = path.join(os.tmpdir(), `solmu-chromium-${version}`);
  fs.mkdirSync(dir, { recursive: true });
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    return await chromium.executablePath();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

/**
 * Chromium from the npm package @sparticuz/chromium, so installing Solmu's packages alone brings the browser; Debian's
 * /usr/bin/chromium only when that binary cannot run on this machine.
 */
export async function launchOptions(): Promise<LaunchOptions> {
  const extra = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];
  if (process.getuid?.() === 0) extra.push('--no-sandbox');
  let executablePath = await unpackedChromium();
  let args = chromium.args.filter((a) => !DROPPED.has(a) && !a.startsWith('--headless'));
  if (!runs(executablePath) && fs.existsSync('/usr/bin/chromium')) {
    executablePath = '/usr/bin/chromium';
    args = ['--disable-gpu', '--disable-quic', '--disable-sync'];
  }
  return { executablePath, args: [...args, ...extra], env: { ...process.env, HOME: os.tmpdir() } };
}
