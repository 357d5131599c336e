/**
 * What the map benchmarks share: their command-line numbers, the web build they serve, and Solmu serving
 * the seeded bench network from an embedded PostgreSQL of its own on 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createDatabase, type Database } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { writeBenchNetwork } from './load.js';

/** `--name <number>` from the command line, or the fallback. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The web build Solmu serves (SOLMU_WEB_DIST, else `fallback`); it must have been built first. */
export function requireWebBuild(fallback: string) {
  process.env.SOLMU_WEB_DIST ??= fallback;
  if (!fs.existsSync(path.join(process.env.SOLMU_WEB_DIST, 'index.html')))
    throw new Error(`Build the web app into ${process.env.SOLMU_WEB_DIST} first (npm run build:web)`);
}

export type BenchServer = { base: string; organisations: number; relations: number; db: Database };

/**
 * Runs `work` against Solmu serving a network of `organisations` and `relations` (the picture
 * benchmark's seeded generator, load.ts), then stops the server and the database and removes its files.
 */
export async function withBenchServer<T>(
  organisations: number,
  relations: number,
  work: (server: BenchServer) => Promise<T>,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-map-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir });
  const db = createDatabase(pg.url);
  try {
    await migrateToLatest(db);
    await ensureBuiltInReference(db);
    const seeding = performance.now();
    const written = await writeBenchNetwork(db, organisations, relations);
    const seconds = ((performance.now() - seeding) / 1000).toFixed(1);
    console.log(
      `network: ${written.organisations} organisations, ${written.relations} relations (written in ${seconds} s, load ${os.loadavg()[0]!.toFixed(1)})`,
    );
    // Imported after SOLMU_WEB_DIST is set: the web routes read it when loaded.
    const { createApp } = await import('../../src/server/app.js');
    const app = createApp({
      db,
      version: 'bench',
      logError: (e) => console.error(e),
      security: { apiRequestsPerMinute: 1e6 },
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    try {
      await new Promise((r) => server.once('listening', r));
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      return await work({ base, db, ...written });
    } finally {
      server.close();
    }
  } finally {
    await db.destroy();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
