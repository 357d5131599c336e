/**
 * Instances that start together on one new database (issue 18): migrations run once under an advisory
 * lock, the other instance waits and then finds nothing to do.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

const adminUrl = inject('adminUrl');
const name = `solmu_test_migrate_${crypto.randomBytes(4).toString('hex')}`;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

await admin(`create database "${name}"`);
const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
const [one, two] = [createDatabase(url, 3), createDatabase(url, 3)];
afterAll(async () => {
  await Promise.all([one.destroy(), two.destroy()]);
  await admin(`drop database if exists "${name}" with (force)`);
});

describe('migrations of instances starting together', () => {
  it('run once: one instance applies every migration, the other waits and applies none', async () => {
    const [a, b] = await Promise.all([migrateToLatest(one), migrateToLatest(two)]);
    const applied = [a, b].sort((x, y) => x.length - y.length);
    expect(applied[0]).toEqual([]);
    expect(applied[1]!.length).toBeGreaterThan(30);
    expect(applied[1]!.every((line) => line.startsWith('applied '))).toBe(true);
    const rows = await one
      .selectFrom('solmuMigrations' as never)
      .select('name' as never)
      .execute();
    expect(rows).toHaveLength(applied[1]!.length);
    expect(await migrateToLatest(two)).toEqual([]);
  });
});
