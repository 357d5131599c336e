import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.js';
import type { Database } from '../server/db/database.js';
import { loadDemoWorld } from '../server/modules/demo/demo.service.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-cli-io-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const fresh = await testDatabase();
const source = await testDatabase();
const target = await testDatabase();
const file = (name: string) => path.join(dir, name);

/** The real command against a test database (DATABASE_URL: no embedded server per call). */
function solmu(url: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' };
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const count = async (db: Database, table: string) =>
  Number(
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db)).rows[0]!.n,
  );

describe('solmu generate, import and export', () => {
  it('generates a seeded YTJ dump and imports it, with progress, into a new workspace "import"', () => {
    const gen = solmu(
      fresh.url,
      'generate',
      '--companies',
      '12000',
      '--out',
      file('ytj.json'),
      '--seed',
      '4',
    );
    expect(gen.code, gen.err).toBe(0);
    const again = solmu(
      fresh.url,
      'generate',
      '--companies',
      '12000',
      '--out',
      file('ytj2.json'),
      '--seed',
      '4',
    );
    expect(again.code).toBe(0);
    expect(fs.readFileSync(file('ytj2.json')).equals(fs.readFileSync(file('ytj.json')))).toBe(true);
    const companies = JSON.parse(fs.readFileSync(file('ytj.json'), 'utf8')) as unknown[];
    expect(companies.length).toBe(12000);

    const first = solmu(fresh.url, 'import', file('ytj.json'));
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/Imported \S*ytj\.json \(ytj, organisations\): 12000 rows: 12000 created/);
    expect(first.err).toMatch(/… 10,000 rows read/);
    const second = solmu(fresh.url, 'import', file('ytj.json'), '--workspace', 'import');
    expect(second.out).toMatch(/12000 rows: 0 created, 0 updated, 12000 unchanged/);
  }, 240_000);

  it('dry-runs and refuses a bad spreadsheet, naming each bad row', async () => {
    fs.writeFileSync(file('bad.csv'), 'Nimi;Y-tunnus\nHyvä Oy;\nHuono Oy;1234567-2\n');
    const dry = solmu(fresh.url, 'import', file('bad.csv'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.err).toMatch(/line 3: Y-tunnus: /);
    const before = await count(fresh.db, 'organisations');
    const real = solmu(fresh.url, 'import', file('bad.csv'));
    expect(real.code).toBe(1);
    expect(real.err).toMatch(/Nothing was imported: 1 bad rows/);
    expect(await count(fresh.db, 'organisations')).toBe(before);
  }, 120_000);

  it('exports tables, networks and calendars', async () => {
    await loadDemoWorld(source.db);
    const which = solmu(source.url, 'import', file('ytj.json'));
    expect(which.code).toBe(1);
    expect(which.err).toMatch(/Say which workspace with --workspace: .*iisalmi/);
    const csv = solmu(
      source.url,
      'export',
      'organisations',
      '--format',
      'csv',
      '--delimiter',
      'semicolon',
      '--out',
      file('o.csv'),
    );
    expect(csv.code, csv.err).toBe(0);
    const text = fs.readFileSync(file('o.csv'), 'utf8');
    expect(text.startsWith('\uFEFFid;kind;nameFi')).toBe(true);
    expect(text.trimEnd().split('\r\n').length - 1).toBe(await count(source.db, 'organisations'));
    const gexf = solmu(
      source.url,
      'export',
      'network',
      '--scope',
      'municipality',
      '--id',
      '740',
      '--format',
      'gexf',
      '--out',
      file('n.gexf'),
    );
    expect(gexf.code, gexf.err).toBe(0);
    expect(fs.readFileSync(file('n.gexf'), 'utf8')).toMatch(/<gexf [^>]*version="1\.3"/);
    const ics = solmu(source.url, 'export', 'events', '--format', 'ics', '--out', file('e.ics'));
    expect(ics.code, ics.err).toBe(0);
    expect(fs.readFileSync(file('e.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    expect(solmu(source.url, 'export', 'nothing', '--format', 'csv', '--out', file('x.csv')).err).toMatch(
      /Nothing called nothing/,
    );
  }, 120_000);

  it('moves the whole installation into an empty database, and only into an empty one', async () => {
    const out = solmu(source.url, 'export', '--all', '--out', file('all'));
    expect(out.code, out.err).toBe(0);
    const restored = solmu(target.url, 'import', '--all', file('all'));
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/^Restored \d+ rows in \d+ tables/);
    for (const table of ['organisations', 'relations', 'workspaces', 'import_runs', 'people', 'events'])
      expect(await count(target.db, table), table).toBe(await count(source.db, table));
    const twice = solmu(target.url, 'import', '--all', file('all'));
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/not empty/);
  }, 240_000);
});
