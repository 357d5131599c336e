import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { launchOptions } from '../../src/server/pdf/chromium.js';

const run = promisify(execFile);

/**
 * Lighthouse's performance and accessibility scores of one page, in the project's Chromium. Lighthouse
 * is not one of Solmu's packages (a hundred of its own): npx fetches the pinned version from the npm
 * registry the first time.
 */
export async function lighthouseScores(url: string): Promise<{ performance: number; accessibility: number }> {
  const { executablePath } = await launchOptions();
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-lighthouse-')), 'report.json');
  await run(
    'npx',
    [
      '--yes',
      'lighthouse@13.5.0',
      url,
      '--quiet',
      '--only-categories=performance,accessibility',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--output=json',
      `--output-path=${out}`,
    ],
    { env: { ...process.env, CHROME_PATH: executablePath }, timeout: 180_000 },
  );
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>;
  };
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
  };
}
