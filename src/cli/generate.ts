import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { loadBuiltInMunicipalities, loadBuiltInPostalCodes } from '../domain/reference/municipalities.js';
import { generateYtjDump, type GeneratorMunicipality } from '../formats/ytj/index.js';
import { CliError } from './errors.js';
import { startProgress } from './progress.js';

/**
 * The built-in municipalities as generator weights. Population is not built in, so a municipality
 * weighs as many postal codes as it has (Helsinki about a hundred, a small town one or two): a rough
 * stand-in that keeps the cities big and the countryside small.
 */
export function generatorMunicipalities(): GeneratorMunicipality[] {
  const codes = new Map<string, string[]>();
  for (const p of loadBuiltInPostalCodes()) {
    const list = codes.get(p.municipalityCode) ?? [];
    list.push(p.postalCode);
    codes.set(p.municipalityCode, list);
  }
  return loadBuiltInMunicipalities().map((m) => {
    const postalCodes = codes.get(m.code) ?? [];
    return { code: m.code, nameFi: m.nameFi, nameSv: m.nameSv, population: postalCodes.length, postalCodes };
  });
}

/** Writes a generated dump to a file, chunk by chunk, waiting for the disk (never all in memory). */
export async function writeGeneratedDump(
  file: string,
  options: { count: number; seed: number },
  onProgress?: (written: number) => void,
) {
  const out = fs.createWriteStream(file);
  const perChunk = 250;
  let chunks = 0;
  try {
    for await (const chunk of generateYtjDump({
      count: options.count,
      seed: options.seed,
      municipalities: generatorMunicipalities(),
      recordsPerChunk: perChunk,
    })) {
      if (!out.write(chunk)) await once(out, 'drain');
      if (++chunks % 40 === 0) onProgress?.(Math.min(chunks * perChunk, options.count));
    }
    if (chunks % 40 !== 0) onProgress?.(options.count);
  } finally {
    out.end();
    await once(out, 'close');
  }
}

const whole = (value: string, name: string, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new CliError(`${name} must be a whole number up to ${max}`);
  return n;
};

export function registerGenerate(program: Command) {
  program
    .command('generate')
    .description(
      'Write a synthetic YTJ-shaped dump (v3 all_companies) for tests and benchmarks; never mix it with real data',
    )
    .requiredOption('--companies <n>', 'how many companies')
    .requiredOption('--out <file>', 'the JSON file to write')
    .option('--seed <n>', 'the same seed gives the same file', '1')
    .action(async (options: { companies: string; out: string; seed: string }) => {
      const count = whole(options.companies, '--companies', 8_000_000);
      const seed = whole(options.seed, '--seed', 2 ** 31);
      const started = Date.now();
      const bar = startProgress({
        label: 'Generating',
        unit: 'companies',
        total: count,
        plain: (n) => (n % 100_000 === 0 ? `generated ${n.toLocaleString('en')} companies` : null),
      });
      await writeGeneratedDump(options.out, { count, seed }, (n) => bar.update(n)).finally(bar.stop);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`Wrote ${count} generated companies to ${options.out} in ${seconds} s`);
    });
}
