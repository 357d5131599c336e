import { serve } from '@hono/node-server';
import { withFrontCache } from './modules/public-site/front-cache.js';
import pino from 'pino';
import { createApp, type AppDeps } from './app.js';
import { listenForWorkshops } from './modules/workshops/workshops.listener.js';
import type { Config } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { withAdvisoryLock } from './db/advisory-lock.js';
import { openDatabase, type OpenDatabase } from './db/open.js';
import { hasAnyData, loadDemoWorld } from './modules/demo/demo.service.js';
import { ensureBuiltInReference } from './modules/reference/reference.service.js';
import { VERSION } from './version.js';
import type { Database } from './db/database.js';
import { adminLoginLink, demoLoginLinks } from './modules/auth/first-start.js';
import { retentionQueue, scheduleRetention } from './modules/retention/retention.job.js';
import { startJobs } from './jobs/jobs.js';
import { jobRuns } from './metrics.js';
import { mailQueue, withOutbox } from './mail/outbox.js';
import { startWebhookDispatch, webhookQueue } from './modules/webhooks/webhooks.job.js';
import { mailDisabledNotice } from './modules/webhooks/webhooks.notice.js';
import { sweepAbandonedRuns } from './modules/imports/owner.js';
import { endAllStreams } from './modules/workshops/workshops.stream.js';
import { withSafeErrors } from './observe.js';
import { closeGracefully } from './shutdown.js';
import { listenForStopSignals, type StopSignals } from './stop-signals.js';
import type { Server } from 'node:http';
import type { MailSettings } from './mail/mailer.js';
import { startScheduledBackups } from './modules/backup/backup.schedule.js';

export type Logger = pino.Logger;

const FIRST_FILL_LOCK = 0x501_0002;

export function createLogger(level: Config['logLevel']) {
  return pino(withSafeErrors({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }));
}

/** Brings the schema and reference data up to date, and loads the demo when the database is empty. */
async function fillDatabase(database: OpenDatabase, config: Config, log: Logger): Promise<void> {
  for (const line of await migrateToLatest(database.db)) log.info(line);
  // Instances starting together fill an empty database once: the others wait, then find it filled.
  await withAdvisoryLock(database.db, FIRST_FILL_LOCK, async () => {
    if (await ensureBuiltInReference(database.db))
      log.info('Loaded built-in regions, municipalities and TOL 2008');
    if (config.loadDemo && !(await hasAnyData(database.db))) {
      await loadDemoWorld(database.db, undefined, { examples: config.demoExamples });
      log.info(
        `Loaded the demo network (seutukaupunkien innovaatioekosysteemiverkosto)${config.demoExamples ? ' with its example data' : ', facts only'}`,
      );
    }
  });
}

/** Opens the database, brings its schema and reference data up to date, and loads the demo when empty. */
export async function prepareDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const database = await openDatabase(config, (m) => log.info(m));
  try {
    await fillDatabase(database, config, log);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Printed to the console only: the operator of the machine is the one who may take them. */
async function printLoginLinks(db: Database, base: string) {
  const now = new Date();
  const admin = await adminLoginLink(db, now);
  const lines: string[] = [];
  if (admin) lines.push(`Sign in as the admin (one-time link, 24 h):\n  ${base}${admin}`);
  const demo = await demoLoginLinks(db, now);
  if (demo.length) {
    lines.push('Demo accounts (one-time links, 24 h):');
    for (const d of demo) lines.push(`  ${d.displayName}: ${base}${d.link}`);
  }
  if (lines.length) console.log(`\n${lines.join('\n')}\n`);
}

/**
 * The job queue on the app's database (src/server/jobs): the retention job on its schedule, and
 * outgoing mail when SMTP is configured. Mail settings come back with the outbox that queues mail.
 */
async function startBackgroundJobs(config: Config, database: OpenDatabase, log: Logger) {
  const sent: { mail?: MailSettings } = {};
  const jobs = await startJobs({
    connectionString: database.url,
    queues: [
      retentionQueue(database.db, log),
      ...(config.mail ? [mailQueue(config.mail)] : []),
      // The notice goes through the outbox, made once the queue is up.
      webhookQueue(
        database.db,
        mailDisabledNotice(() => sent.mail),
      ),
    ],
    log,
    onAttempt: (queue, outcome) => jobRuns.inc({ queue, outcome }),
  });
  await scheduleRetention(jobs);
  const mail = config.mail && withOutbox(config.mail, jobs);
  sent.mail = mail;
  // Due webhook deliveries go to the queue from their outbox rows (modules/webhooks/webhooks.job.ts).
  const stopWebhooks = startWebhookDispatch(database.db, jobs, (e) =>
    log.warn({ err: e }, 'webhook dispatch failed; trying again shortly'),
  );
  return { jobs, mail, stopWebhooks };
}

/** What the environment decides about the app: HTTPS, proxies, limits, single sign-on, YTJ, mail. */
export function settingsFromConfig(
  config: Config,
): Pick<AppDeps, 'security' | 'oidc' | 'ytj' | 'mail' | 'openDataLicence' | 'metricsToken' | 'publicUrl'> {
  return {
    security: {
      https: config.https,
      trustProxy: config.trustProxy,
      apiRequestsPerMinute: config.apiRequestsPerMinute,
      openRequestsPerMinute: config.openRequestsPerMinute,
      loginAttemptsPerIp: config.loginAttemptsPerIp,
      loginFailuresPerAccount: config.loginFailuresPerAccount,
    },
    oidc: config.oidc,
    ytj: { baseUrl: config.ytjBaseUrl },
    mail: config.mail,
    openDataLicence: config.openDataLicence,
    metricsToken: config.metricsToken,
    publicUrl: config.publicUrl,
  };
}

export async function startServer(config: Config) {
  const log = createLogger(config.logLevel);
  const signals = listenForStopSignals(log);
  const database = await openDatabase(config, (m) => log.info(m));
  // A signal while starting stops the database opened so far; the start's work is rolled back.
  signals.onStop(async () => {
    await database.abort().catch((e: unknown) => log.warn({ err: e }, 'while stopping the database'));
    log.info('Stopped');
    process.exit(0);
  });
  try {
    return await runServer(config, database, log, signals);
  } catch (error) {
    if (signals.requested) return signals.untilStopped();
    await database.close().catch(() => undefined);
    throw error;
  }
}

async function runServer(config: Config, database: OpenDatabase, log: Logger, signals: StopSignals) {
  await fillDatabase(database, config, log);
  const { jobs, mail, stopWebhooks } = await startBackgroundJobs(config, database, log);
  const app = createApp({
    db: database.db,
    version: VERSION,
    logger: log,
    ...settingsFromConfig(config),
    mail,
  });
  const stopListening = await listenForWorkshops(database.url, (e) =>
    log.warn(
      { err: e },
      'workshop notices interrupted; streams look for changes every few seconds meanwhile',
    ),
  );
  // A public page a visitor just had is sent again as it was, before the app (front-cache.ts).
  const server = serve({ fetch: withFrontCache(app.fetch), port: config.port, hostname: config.host });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://localhost:${port}`;
  const stopBackups = startScheduledBackups(database.db, config, log);
  const runSweep = sweepAbandonedRuns(database.db, (n) =>
    log.warn(`Imports: ${n} runs left unfinished by a stopped process are marked failed`),
  );

  const stop = async () => {
    clearInterval(runSweep);
    const dispatching = stopWebhooks();
    endAllStreams();
    await closeGracefully(server as Server, config.shutdownTimeoutMs, log);
    // A dispatch under way sends to the queue: it ends first. Running jobs get 20 s to finish; the
    // rest go back to the queue for another instance.
    await dispatching;
    await jobs.stop({ timeoutMs: 20_000 }).catch((e: unknown) => log.warn({ err: e }, 'while stopping jobs'));
    await stopListening().catch(() => undefined);
    await stopBackups();
    await database.close().catch((e: unknown) => log.warn({ err: e }, 'while closing the database'));
    log.info('Stopped');
    process.exit(0);
  };
  // A signal that came while starting is the start's to answer (the database is being stopped).
  if (signals.requested) return signals.untilStopped();
  signals.onStop(stop);
  // Announced once a signal would stop it cleanly (the serve tests stop it as soon as they read this).
  log.info(`Solmu ${VERSION} is running at ${base} (database: ${database.mode})`);
  await printLoginLinks(database.db, base).catch((e: unknown) => {
    if (!signals.requested) throw e;
  });
  return { port, stop };
}
