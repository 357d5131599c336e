import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, systemCaller, type Caller } from '../../src/server/auth/caller.js';
import { newestOf, SOURCES } from '../../src/server/modules/changes/changes.repository.js';
import { testApp } from '../db.js';

/**
 * The overview of changes reads each record table newest first. At scale the planner must walk an
 * index on updated_at backwards and stop after `limit` rows, not sort the whole table: checked on the
 * plan, not on timings.
 */
const { db, admin } = await testApp();
const ROWS = 20_000;
const snake = (table: string) => table.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

await sql`
  insert into organisations (kind, name_fi, workspace_id, visibility, created_at, updated_at)
  select 'company', 'Yritys ' || g, ${admin.workspaceId}, case when g % 2 = 0 then 'public' else 'private' end,
    now() - g * interval '1 hour', now() - g * interval '1 minute'
  from generate_series(1, ${ROWS}) g`.execute(db);
await sql`analyze organisations`.execute(db);

async function planFor(caller: Caller) {
  const rows = await newestOf(db, caller, 'organisations', 'name', 20).explain();
  return rows.map((r) => Object.values(r).join('')).join('\n');
}

describe('indexes for the overview of changes', () => {
  it('every table the overview reads has an index on updated_at', async () => {
    const indexed = await sql<{ tablename: string }>`
      select tablename from pg_indexes where indexdef like '%(updated_at)'`.execute(db);
    const tables = indexed.rows.map((r) => r.tablename);
    for (const [, table] of SOURCES) expect(tables).toContain(snake(table));
  });

  it(`with ${ROWS} organisations the newest are read through the index, for the admin and the public`, async () => {
    for (const caller of [systemCaller(), ANONYMOUS]) {
      const plan = await planFor(caller);
      expect(plan).toMatch(/Index Scan Backward using organisations_updated_at/);
      expect(plan).not.toMatch(/Sort/);
    }
  });
});
