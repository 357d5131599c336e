import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedDataExists, sharedDataPath } from '../support/reference.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-cli-'));
fs.chmodSync(dataDir, 0o755);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function solmu(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, SOLMU_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the solmu command', () => {
  it('lists its commands', () => {
    const help = solmu('--help');
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'reference']) expect(help.out).toContain(command);
  });

  it('migrates, reverts and migrates again', () => {
    expect(solmu('migrate').out).toMatch(/applied 2026/);
    expect(solmu('migrate').out).toMatch(/up to date/);
    expect(solmu('migrate', '--down').out).toMatch(/reverted 2026/);
    expect(solmu('migrate').code).toBe(0);
  }, 120_000);

  it('loads the demo on request, once', () => {
    const first = solmu('seed', '--demo');
    expect(first.code, first.out).toBe(0);
    const second = solmu('seed', '--demo');
    expect(second.code).toBe(1);
    expect(second.out).toMatch(/already has organisations/);
    expect(solmu('seed').code).toBe(1);
  }, 120_000);

  it('writes the situational picture of a town as JSON', () => {
    const out = path.join(dataDir, 'savonlinna.json');
    const r = solmu('picture', '--scope', 'municipality', '--id', '740', '--out', out);
    expect(r.code, r.out).toBe(0);
    const picture = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(picture.scope.name).toBe('Savonlinna');
    expect(picture.network.actors.length).toBeGreaterThan(0);
    expect(solmu('picture', '--scope', 'network', '--id', 'nope').out).toMatch(/No network nope/);
    const docx = path.join(dataDir, 'savonlinna.docx');
    expect(
      solmu(
        'picture',
        '--scope',
        'ecosystem',
        '--id',
        'savonlinnan-metsabiotalous',
        '--format',
        'docx',
        '--out',
        docx,
      ).code,
    ).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const pdf = path.join(dataDir, 'savonlinna.pdf');
    const printed = solmu(
      'picture',
      '--scope',
      'municipality',
      '--id',
      '740',
      '--format',
      'pdf',
      '--lang',
      'sv',
      '--out',
      pdf,
    );
    expect(printed.code, printed.out).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(solmu('picture', '--scope', 'municipality', '--id', '740', '--lang', 'de').out).toMatch(
      /--lang must be one of fi, sv, en/,
    );
  }, 120_000);

  it.skipIf(!sharedDataExists('municipalities.csv'))(
    'imports a classification file and refuses a bad one',
    () => {
      const ok = solmu('reference', 'import', sharedDataPath('municipalities.csv'));
      expect(ok.code, ok.out).toBe(0);
      expect(ok.out).toMatch(/308 municipalities and 19 regions; no longer in the division: 588/);
      const bad = path.join(dataDir, 'kunnat.csv');
      fs.writeFileSync(bad, 'municipality_code,name_fi,region_code\n12,Liian lyhyt,99\n');
      const refused = solmu('reference', 'import', bad);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/nothing was changed/);
      expect(solmu('reference', 'import', path.join(dataDir, 'missing.csv')).out).toMatch(/No such file/);
    },
    120_000,
  );
});
