import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import { readConfig } from '../../config.js';
import { backupFileName, scheduledBackups, startScheduledBackups } from './backup.schedule.js';
import { checkBackup } from './backup.service.js';

const { db } = await testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-scheduled-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const names = () => fs.readdirSync(dir).sort();

describe('scheduled backups', () => {
  it('are off unless SOLMU_BACKUP_DIR is set; every 24 hours and the newest 7 kept by default', () => {
    expect(readConfig({}).backup).toBeUndefined();
    expect(readConfig({ SOLMU_BACKUP_DIR: dir }).backup).toEqual({ dir, everyHours: 24, keep: 7 });
    expect(
      readConfig({ SOLMU_BACKUP_DIR: dir, SOLMU_BACKUP_EVERY_HOURS: '0.5', SOLMU_BACKUP_KEEP: '2' }).backup,
    ).toEqual({ dir, everyHours: 0.5, keep: 2 });
    expect(() => readConfig({ SOLMU_BACKUP_DIR: dir, SOLMU_BACKUP_KEEP: '0' })).toThrow(/SOLMU_BACKUP_KEEP/);
  });

  it('writes a backup when one is due, keeps the newest and removes what a crash left', async () => {
    const start = new Date('2026-12-07T10:00:00Z');
    for (const days of [3, 2, 1])
      fs.writeFileSync(path.join(dir, backupFileName(new Date(start.getTime() - days * 86400_000))), '');
    fs.writeFileSync(path.join(dir, `.${backupFileName(start)}.partial`), 'cut');
    let now = start;
    const config = { databaseUrl: undefined, backup: { dir, everyHours: 24, keep: 2 } };
    const stop = startScheduledBackups(db, config, log, { now: () => now, checkEveryMs: 50 });
    await vi.waitFor(() => expect(names()).toContain(backupFileName(start)), { timeout: 20_000 });
    await vi.waitFor(() =>
      expect(names()).toEqual([backupFileName(new Date(start.getTime() - 86400_000)), backupFileName(start)]),
    );
    expect((await checkBackup(path.join(dir, backupFileName(start)))).latestMigration).toMatch(/^\d{14}_/);

    // Not due again within the day, however often it looks.
    now = new Date(start.getTime() + 23 * 3600_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(scheduledBackups(dir)).toHaveLength(2);
    now = new Date(start.getTime() + 24 * 3600_000);
    await vi.waitFor(() => expect(names()).toEqual([backupFileName(start), backupFileName(now)]), {
      timeout: 20_000,
    });
    await stop();
    expect(log.error).not.toHaveBeenCalled();
  });

  it('schedules nothing for a PostgreSQL server of its own (DATABASE_URL)', async () => {
    const before = names();
    const stop = startScheduledBackups(
      db,
      { databaseUrl: 'postgres://x/y', backup: { dir, everyHours: 1, keep: 1 } },
      log,
    );
    await stop();
    expect(names()).toEqual(before);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('SOLMU_BACKUP_DIR'));
  });
});
