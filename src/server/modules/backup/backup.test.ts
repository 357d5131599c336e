/**
 * The backup drill: a database of more than 10 MB (the demo world, a YTJ import, generated organisations
 * and relations, municipality borders) backed up while it is in use, restored into a new empty
 * database, and compared table by table; damaged, cut and forged files and a full database refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp, testDatabase } from '../../../../test/db.js';
import { addBorders, backupLines, growDatabase, rewriteBackup } from '../../../../test/support/backup.js';
import { generatedDump, upload } from '../../../../test/support/imports.js';
import { loadDemoWorld } from '../demo/demo.service.js';
import { checkBackup, databaseDigest, restoreBackup, writeBackup } from './backup.service.js';
import { BackupRefused } from './backup.format.js';

const source = await testApp();
const target = await testDatabase();
const spare = await testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'drill.backup.gz');
const other = (name: string) => path.join(dir, name);

/** Rows outside the built-in reference tables: an untouched spare database has none. */
async function ownRows(db: typeof spare.db) {
  const digest = await databaseDigest(db);
  const reference = ['regions', 'municipalities', 'postal_codes', 'industries'];
  return digest.filter((t) => !reference.includes(t.name)).reduce((n, t) => n + t.rows, 0);
}

describe('the backup drill', () => {
  it('restores a database of more than 10 MB with the same counts and checksums in every table', async () => {
    await loadDemoWorld(source.db);
    const ytj = await upload(source.app, source.admin.token, 'entity=organisations', {
      name: 'y.json',
      bytes: await generatedDump(500, 5),
    });
    expect(ytj.status).toBe(201);
    await growDatabase(source.db, 8_000, 16_000);
    await addBorders(source.db);

    // Written while the API goes on writing: the backup is one snapshot, so it restores whole.
    const ws = await source.db
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', 'drill')
      .executeTakeFirstOrThrow();
    let written: Promise<unknown> | undefined;
    let t = performance.now();
    const manifest = await writeBackup(source.db, file, () => {
      written ??= source.db
        .insertInto('organisations')
        .values({ nameFi: 'Kesken varmuuskopion Oy', kind: 'company', workspaceId: ws.id })
        .execute();
    });
    await written;
    const backupSeconds = (performance.now() - t) / 1000;
    const text = gunzipSync(fs.readFileSync(file)).length;
    expect(text).toBeGreaterThan(10 * 1024 * 1024);
    expect(manifest.latestMigration).toMatch(/^\d{14}_/);
    const byName = new Map(manifest.tables.map((s) => [s.name, s]));
    expect(byName.get('organisations')!.rows).toBeGreaterThan(8_500);
    expect(byName.get('municipality_borders')!.rows).toBe(5);

    t = performance.now();
    const restored = await restoreBackup(target.db, file);
    const restoreSeconds = (performance.now() - t) / 1000;
    expect(restored).toEqual(manifest);
    const after = await databaseDigest(target.db);
    expect(after).toEqual(manifest.tables);
    // The source has the organisation written during the backup; the backup and the restore do not.
    const now = new Map((await databaseDigest(source.db)).map((s) => [s.name, s]));
    expect(now.get('organisations')!.rows).toBe(byName.get('organisations')!.rows + 1);
    console.log(
      `backup drill: ${(text / 1024 / 1024).toFixed(1)} MB of rows (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB gzip'd) ` +
        `in ${manifest.tables.length} tables; backup ${backupSeconds.toFixed(1)} s, restore ${restoreSeconds.toFixed(1)} s`,
    );
    // Sequences go on after the restored rows.
    await target.db.insertInto('auditLog').values({ action: 'test', outcome: 'ok' }).execute();
  }, 240_000);

  it('refuses a database that is not empty, and leaves it as it was', { timeout: 120_000 }, async () => {
    const before = await databaseDigest(target.db);
    await expect(restoreBackup(target.db, file)).rejects.toThrow(/not empty \(\w+ has rows\)/);
    await expect(restoreBackup(source.db, file)).rejects.toThrow(BackupRefused);
    expect(await databaseDigest(target.db)).toEqual(before);
  });

  it(
    'refuses a cut, damaged or forged file before or without changing the empty database',
    { timeout: 120_000 },
    async () => {
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(other('cut.gz'), bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expect(restoreBackup(spare.db, other('cut.gz'))).rejects.toThrow(/damaged or cut short/);

      const damaged = Buffer.from(bytes);
      damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
      fs.writeFileSync(other('damaged.gz'), damaged);
      await expect(restoreBackup(spare.db, other('damaged.gz'))).rejects.toThrow(BackupRefused);

      fs.writeFileSync(other('not-gzip.gz'), 'hello');
      await expect(checkBackup(other('not-gzip.gz'))).rejects.toThrow(/damaged or cut short/);

      // Cut at a line: still valid gzip, but without its manifest.
      const lines = backupLines(file);
      rewriteBackup(file, other('whole.gz'), (_t, row) => row);
      expect(await checkBackup(other('whole.gz'))).toEqual(await checkBackup(file));
      fs.writeFileSync(other('no-manifest.gz'), gzipSync(`${lines.slice(0, -2).join('\n')}\n`));
      await expect(checkBackup(other('no-manifest.gz'))).rejects.toThrow(/no manifest/);

      // A row changed in the file but not its checksum.
      const tampered = lines.map((l) => l.replace('Drill Oy 7 ', 'Drill Oy 8 '));
      fs.writeFileSync(other('tampered.gz'), gzipSync(tampered.join('\n')));
      await expect(checkBackup(other('tampered.gz'))).rejects.toThrow(
        /organisations do not match their checksum/,
      );
      expect(await ownRows(spare.db)).toBe(0);
    },
  );

  it(
    'rolls the whole restore back when a table in the database does not match the manifest',
    { timeout: 180_000 },
    async () => {
      // A timestamp written with another offset is the same instant but not the same canonical text, so
      // the file's own checksums agree and only the rows read back from the database differ.
      rewriteBackup(file, other('forged.gz'), (table, row) =>
        table === 'municipality_borders' ? row.replace(/("imported_at":"[^"]+)\+00:00"/, '$1-00:00"') : row,
      );
      await expect(restoreBackup(spare.db, other('forged.gz'))).rejects.toThrow(
        /restored municipality_borders does not match the backup's checksum/,
      );
      expect(await ownRows(spare.db)).toBe(0);
    },
  );
});
