import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp, testDatabase } from '../../../../test/db.js';
import type { Database } from '../../db/database.js';
import { loadDemoWorld } from '../demo/demo.service.js';
import { generatedDump, upload } from '../../../../test/support/imports.js';
import { exportInstallation, restoreInstallation, RestoreRefused } from './installation.service.js';
import { BOOKKEEPING_TABLES, tablePlans } from './installation.schema.js';
import { addBorders } from '../../../../test/support/backup.js';

const source = await testApp();
const target = await testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-installation-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function rowCounts(db: Database) {
  const counts: Record<string, number> = {};
  for (const { name } of await tablePlans(db)) {
    counts[name] = Number(
      (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db)).rows[0]!.n,
    );
  }
  return counts;
}
const rowsOf = async (db: Database, table: string) =>
  (
    await sql<{ r: string }>`select row_to_json(t)::text as r from ${sql.table(table)} t order by 1`.execute(
      db,
    )
  ).rows.map((x) => x.r);

describe('whole-installation export and restore', () => {
  it('orders tables so every foreign key points back, breaking the workspace ↔ organisation cycle', async () => {
    const plans = await tablePlans(source.db);
    const order = plans.map((p) => p.name);
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('municipalities'));
    expect(order.indexOf('organisations')).toBeLessThan(order.indexOf('relations'));
    expect(order.indexOf('import_runs')).toBeLessThan(order.indexOf('organisations'));
    expect(plans.find((p) => p.name === 'workspaces')?.deferred).toEqual(['organisation_id']);
    expect(order).not.toContain('solmu_migrations');
  });

  it('restores the demo world (and imports) into an empty database with the same ids and rows', async () => {
    await loadDemoWorld(source.db);
    const dump = await generatedDump(300, 5);
    const ytj = await upload(source.app, source.admin.token, 'entity=organisations', {
      name: 'y.json',
      bytes: dump,
    });
    expect(ytj.status).toBe(201);
    await addBorders(source.db);
    const manifest = await exportInstallation(source.db, dir);
    expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(true);
    const restored = await restoreInstallation(target.db, dir);
    const before = await rowCounts(source.db);
    const after = await rowCounts(target.db);
    expect(after).toEqual(before);
    expect(Object.keys(after).length).toBe(manifest.tables.length);
    expect(restored.organisations).toBe(before.organisations);
    expect(before.organisations).toBeGreaterThan(300);
    expect(after.municipality_borders).toBe(5);
    const tables = ['organisations', 'workspaces', 'audit_log', 'import_runs', 'relations', 'people'];
    for (const table of [...tables, 'municipality_borders'])
      expect(await rowsOf(target.db, table), table).toEqual(await rowsOf(source.db, table));
    // The audit log goes on from where it was.
    await target.db.insertInto('auditLog').values({ action: 'test', outcome: 'ok' }).execute();
    expect(await rowCounts(target.db)).toMatchObject({ audit_log: before.audit_log! + 1 });
  });

  it('refuses a database that is not empty, and a folder that is not empty', async () => {
    await expect(restoreInstallation(target.db, dir)).rejects.toThrow(RestoreRefused);
    await expect(exportInstallation(source.db, dir)).rejects.toThrow(/not empty/);
    await expect(restoreInstallation(target.db, os.tmpdir())).rejects.toThrow(/manifest/);
  });
});

/** Every base table of the schema, from PostgreSQL's own list, not from the export's query. */
async function schemaTables(db: Database) {
  const r = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = current_schema() order by 1`.execute(db);
  return r.rows.map((t) => t.tablename);
}

describe('the whole-installation export leaves no table out', () => {
  it('exports every table of the schema but the bookkeeping it names', async () => {
    const exported = (await tablePlans(source.db)).map((p) => p.name).sort();
    const all = await schemaTables(source.db);
    expect(exported).toEqual(all.filter((t) => !BOOKKEEPING_TABLES.has(t)));
    expect(exported).toContain('municipality_borders');
    expect([...BOOKKEEPING_TABLES].filter((t) => !all.includes(t) && !t.endsWith('_lock'))).toEqual([]);
  });

  it('takes in a table a later migration adds, without a change to the export', async () => {
    const later = await testDatabase();
    await sql`create table later_feature (id int primary key, note text not null)`.execute(later.db);
    const plans = await tablePlans(later.db);
    expect(plans.find((p) => p.name === 'later_feature')).toEqual({
      name: 'later_feature',
      columns: ['id', 'note'],
      deferred: [],
      primaryKey: ['id'],
    });
  });
});
