import fs from 'node:fs';
import path from 'node:path';

/** A data folder Solmu cannot keep its database in: said in one sentence, without a stack trace. */
export class DataDirError extends Error {}

/** Below this much free space Solmu does not start: PostgreSQL would stop at its first checkpoint. */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;
/** Below this it starts, with a warning. */
export const LOW_FREE_BYTES = 1024 * 1024 * 1024;

export type DiskProbe = {
  statfs: (dir: string) => Promise<{ bavail: number; bsize: number }>;
  /** Creates, syncs and removes a small file in the folder. */
  writeFile: (dir: string) => void;
};

const realProbe: DiskProbe = {
  statfs: (dir) => fs.promises.statfs(dir),
  writeFile: (dir) => {
    const probe = path.join(dir, '.solmu-write-check');
    const fd = fs.openSync(probe, 'w');
    try {
      fs.writeSync(fd, 'ok');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
      fs.rmSync(probe, { force: true });
    }
  },
};

const mb = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

function explain(error: unknown, dir: string, doing: string): DataDirError {
  const code = (error as NodeJS.ErrnoException).code;
  const fix = 'Set SOLMU_DATA_DIR to a writable folder, or make this one writable.';
  switch (code) {
    case 'EROFS':
      return new DataDirError(`The data folder ${dir} is on a read-only file system. ${fix}`);
    case 'EACCES':
    case 'EPERM':
      return new DataDirError(`The data folder ${dir} is not writable by this user. ${fix}`);
    case 'ENOTDIR':
    case 'EEXIST':
      return new DataDirError(`The data folder ${dir} cannot be made: a file is in its way. ${fix}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new DataDirError(`The disk of the data folder ${dir} is full. Free some space and start again.`);
    default:
      return new DataDirError(`Could not ${doing} the data folder ${dir}: ${(error as Error).message}`);
  }
}

/**
 * Before the embedded database starts: the data folder exists or can be made, is a folder, takes a
 * write, and its disk has room. Otherwise a DataDirError says what to do. Returns warnings to log.
 */
export async function checkDataDir(dataDir: string, probe: DiskProbe = realProbe): Promise<string[]> {
  const dir = path.resolve(dataDir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw explain(error, dir, 'create');
  }
  if (!fs.statSync(dir).isDirectory())
    throw explain(Object.assign(new Error(), { code: 'ENOTDIR' }), dir, '');
  try {
    probe.writeFile(dir);
  } catch (error) {
    throw explain(error, dir, 'write to');
  }
  const { bavail, bsize } = await probe.statfs(dir);
  const free = bavail * bsize;
  if (free < MIN_FREE_BYTES)
    throw new DataDirError(
      `Only ${mb(free)} free on the disk of the data folder ${dir}; Solmu needs at least ${mb(MIN_FREE_BYTES)} ` +
        'to start its database. Free some space and start again.',
    );
  return free < LOW_FREE_BYTES ? [`Only ${mb(free)} free on the disk of the data folder ${dir}`] : [];
}
