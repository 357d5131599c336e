import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createApp } from '../src/server/app.js';
import { createDatabase, type Database } from '../src/server/db/database.js';

const TEMPLATE = 'solmu_test_template';

/** A fresh database for this test file, copied from the migrated template; dropped after the file. */
export async function testDatabase(): Promise<{ db: Database; url: string }> {
  const adminUrl = inject('adminUrl');
  const name = `solmu_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${TEMPLATE}"`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const db = createDatabase(url, 4);
  afterAll(async () => {
    await db.destroy();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.end();
  });
  return { db, url };
}

/** The app on a fresh database, driven in-process with app.request(). */
export async function testApp() {
  const { db, url } = await testDatabase();
  const app = createApp({ db, version: 'test', logError: () => {} });
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = text ? JSON.parse(text) : null;
    return { status: res.status, body: json };
  };
  return { app, db, url, call };
}
