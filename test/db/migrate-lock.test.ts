/**
 * Instances that start together on one new database (issue 18): migrations run once under an advisory
 * lock, the other instance waits and then finds nothing to do.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/server/db/database.js';
import { MIGRATION_LOCK, migrateToLatest } from '../../src/server/db/migrate.js';
import { emptyDatabase } from '../db.js';

const url = await emptyDatabase();
const [one, two] = [createDatabase(url, 3), createDatabase(url, 3)];
afterAll(() => Promise.all([one.destroy(), two.destroy()]));

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

  it('wait while another holds the lock, and go on when it is released', async () => {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const migrating = migrateToLatest(one);
      // The migrating session is seen waiting for the advisory lock (never, were there no lock).
      for (const until = Date.now() + 20_000; ;) {
        if (Date.now() > until) throw new Error('migrateToLatest did not wait for the lock');
        const waiting = await holder.query(
          `select 1 from pg_stat_activity where datname = current_database() and wait_event = 'advisory'`,
        );
        if (waiting.rowCount) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      expect(await migrating).toEqual([]);
    } finally {
      await holder.end();
    }
  });
});
