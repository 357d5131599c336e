import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../src/server/db/database.js';
import { startEmbeddedPostgres } from '../src/server/db/embedded.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { ensureBuiltInReference } from '../src/server/modules/reference/reference.service.js';

export const TEMPLATE = 'solmu_test_template';

async function recreate(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * One PostgreSQL for the whole run: embedded by default, or the server in TEST_DATABASE_URL (CI proves
 * the external mode that way). A migrated template with reference data is copied per test file.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let dir: string | undefined;
  if (!adminUrl) {
    // Under os.tmpdir(), readable by the unprivileged postgres user when the run is root.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-test-pg-'));
    fs.chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: dir, database: 'postgres' });
    adminUrl = server.url;
    stop = server.stop;
  }
  const templateUrl = adminUrl.replace(/\/[^/]*$/, `/${TEMPLATE}`);
  await recreate(adminUrl, TEMPLATE);
  const db = createDatabase(templateUrl, 2);
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  await db.destroy();
  project.provide('adminUrl', adminUrl);
  return async () => {
    await stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
