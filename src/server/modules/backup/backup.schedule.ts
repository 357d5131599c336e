/**
 * Scheduled backups of the embedded database: every SOLMU_BACKUP_EVERY_HOURS a `solmu backup` file in
 * SOLMU_BACKUP_DIR, the newest SOLMU_BACKUP_KEEP kept. Whether one is due is read from the newest file's
 * name, so a restart neither doubles a backup nor postpones one. With DATABASE_URL the server's own
 * backups (pg_dump, the provider's snapshots) are the tool, and several instances would each write one:
 * nothing is scheduled.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { writeBackup } from './backup.service.js';

const NAME = /^solmu-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.backup\.gz$/;
const LEFT_BEHIND = /^\.solmu-.*\.backup\.gz\.partial$/;

export function backupFileName(at: Date): string {
  return `solmu-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}.backup.gz`;
}

/** The scheduled backups in the folder, newest first, with when each was made. */
export function scheduledBackups(dir: string): { file: string; at: Date }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x) => x.m)
    .map(({ name, m }) => ({
      file: path.join(dir, name),
      at: new Date(Date.UTC(+m![1]!, +m![2]! - 1, +m![3]!, +m![4]!, +m![5]!, +m![6]!)),
    }))
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

function prune(dir: string, keep: number): number {
  const old = scheduledBackups(dir).slice(keep);
  for (const b of old) fs.rmSync(b.file, { force: true });
  return old.length;
}

/** A backup cut off by a stop or crash leaves its partial file; none is being written now. */
function removeLeftBehind(dir: string) {
  for (const name of fs.readdirSync(dir))
    if (LEFT_BEHIND.test(name)) fs.rmSync(path.join(dir, name), { force: true });
}

export type ScheduleOptions = { now?: () => Date; checkEveryMs?: number };

/** Starts the schedule (a first check at once); the returned function stops it after a backup under way. */
export function startScheduledBackups(
  db: Database,
  config: Pick<Config, 'backup' | 'databaseUrl'>,
  log: Pick<Logger, 'info' | 'warn' | 'error'>,
  options: ScheduleOptions = {},
): () => Promise<void> {
  const settings = config.backup;
  if (!settings) return async () => {};
  if (config.databaseUrl) {
    log.warn('SOLMU_BACKUP_DIR is for the embedded database; back up a PostgreSQL server with its own tools');
    return async () => {};
  }
  const now = options.now ?? (() => new Date());
  const everyMs = settings.everyHours * 3600_000;
  let running: Promise<void> | undefined;
  const due = () => {
    const newest = scheduledBackups(settings.dir)[0];
    return !newest || now().getTime() - newest.at.getTime() >= everyMs;
  };
  const backup = async () => {
    fs.mkdirSync(settings.dir, { recursive: true });
    removeLeftBehind(settings.dir);
    const file = path.join(settings.dir, backupFileName(now()));
    const manifest = await writeBackup(db, file);
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    const removed = prune(settings.dir, settings.keep);
    log.info(`Backup: ${rows} rows to ${file}${removed ? `; removed ${removed} older` : ''}`);
  };
  const check = () => {
    if (running) return;
    try {
      if (!due()) return;
    } catch (e) {
      log.error({ err: e }, 'scheduled backup: the backup folder cannot be read');
      return;
    }
    running = backup()
      .catch((e: unknown) => log.error({ err: e }, 'scheduled backup failed'))
      .finally(() => (running = undefined));
  };
  check();
  const timer = setInterval(check, options.checkEveryMs ?? Math.min(everyMs, 10 * 60_000)).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
