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
import { tablePlans } from './installation.schema.js';

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
    const manifest = await exportInstallation(source.db, dir);
    expect(fs.existsSync(path.join(dir, 'manifest.json'))).toBe(true);
    const restored = await restoreInstallation(target.db, dir);
    const before = await rowCounts(source.db);
    const after = await rowCounts(target.db);
    expect(after).toEqual(before);
    expect(Object.keys(after).length).toBe(manifest.tables.length);
    expect(restored.organisations).toBe(before.organisations);
    expect(before.organisations).toBeGreaterThan(300);
    for (const table of ['organisations', 'workspaces', 'audit_log', 'import_runs', 'relations', 'people'])
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
