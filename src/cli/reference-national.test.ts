/** `solmu reference import --national`: the real command against a test database. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/solmu.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-cli-national-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const { db, url } = await testDatabase();

function solmu(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' };
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function write(name: string, lines: string[]) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\r\n'), 'utf8');
  return file;
}

const HEADING = ['"Työpaikat alueen, toimialan (TOL 2008) mukaan"', '', '"Alue";"Toimiala";"2022 Työpaikat"'];

describe('solmu reference import --national', () => {
  it('lists every bad row and changes nothing, then imports a good file', async () => {
    const bad = write('bad.csv', [
      ...HEADING,
      '"KU740 Savonlinna";"C Teollisuus";"2100"',
      '"KU000 Ei kunta";"C Teollisuus";"5"',
      '"KU740 Savonlinna";"Z Ei toimiala";"5"',
    ]);
    const refused = solmu('reference', 'import', '--national', 'jobs', bad);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('nothing was changed');
    expect(refused.err).toContain('line 5: unknown municipality "KU000 Ei kunta"');
    expect(refused.err).toContain('line 6: unknown TOL 2008 industry "Z Ei toimiala"');
    expect(await db.selectFrom('nationalTables').selectAll().execute()).toEqual([]);

    const good = write('good.csv', [
      ...HEADING,
      '"SSS KOKO MAA";"C Teollisuus";"345000"',
      '"KU740 Savonlinna";"C Teollisuus";"2100"',
      '"KU740 Savonlinna";"J Informaatio ja viestintä";".."',
    ]);
    const done = solmu('reference', 'import', '--national', 'jobs', good);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain(
      'Imported the jobs of 2022: 2 counts in 1 municipalities and the whole country',
    );
    expect(done.err).toContain('1 values not given');
    const table = await db.selectFrom('nationalTables').selectAll().executeTakeFirstOrThrow();
    expect(table).toMatchObject({
      basis: 'jobs',
      year: 2022,
      fileName: 'good.csv',
      source: 'Tilastokeskus: Työpaikat alueen, toimialan (TOL 2008) mukaan',
    });
  });

  it('refuses a basis it does not know', () => {
    const r = solmu('reference', 'import', '--national', 'people', write('x.csv', HEADING));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--national must be establishments or jobs');
  });
});
