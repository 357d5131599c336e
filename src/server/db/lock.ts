import fs from 'node:fs';
import path from 'node:path';

export class DataDirInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When the process started (Linux: clock ticks since boot), to tell it from a later one given its pid. */
function startTime(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/** Whether the lock's holder still runs: its pid alive and, where known, the same process that wrote it. */
function holderRuns(pid: number, started: string | undefined): boolean {
  if (!pid || pid === process.pid || !isAlive(pid)) return false;
  const now = startTime(pid);
  return !started || !now || now === started;
}

/**
 * One Solmu per data folder. The lock file is created exclusively and holds our pid (and when we
 * started: after a crash the pid may be another program's by now); a lock whose process is gone was
 * left by a crash and is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'solmu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const started = startTime(process.pid);
      fs.writeFileSync(lockPath, started ? `${process.pid}\n${started}` : String(process.pid), {
        flag: 'wx',
      });
      const release = () => {
        process.off('exit', release);
        try {
          if (fs.readFileSync(lockPath, 'utf8').split('\n')[0] === String(process.pid))
            fs.rmSync(lockPath, { force: true });
        } catch {
          // already gone
        }
      };
      // Signal handlers elsewhere (the embedded server's) may exit the process before ours finish.
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pid, started] = fs.readFileSync(lockPath, 'utf8').split('\n');
      const holder = Number(pid);
      if (holderRuns(holder, started)) {
        throw new DataDirInUseError(
          `Another Solmu (process ${holder}) is already using the data folder ${dataDir}. ` +
            'Stop it first, or set SOLMU_DATA_DIR to another folder.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the data folder ${dataDir}`);
}

export { isAlive };
