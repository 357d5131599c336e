/**
 * The change feed (decision 024) is written by statement-level triggers that migrations list by hand.
 * A record table added later without its triggers would leave a hole in every integration's mirror
 * that nothing else notices, so this guard reads the real database's catalogue and names each table
 * that should feed the log and does not.
 *
 * Which tables should: every resource the feed offers (its registry, src/server/modules/index.ts),
 * with a trigger per operation whose arguments are the resource's path and its link columns in the
 * registry's order (the feed reads `linked_ids[i]` as `links[i]`); and every other table whose rows
 * carry a placement (`workspace_id` and `visibility`, what the trigger records to decide who may learn
 * of a change) unless it is in NOT_IN_FEED below with the reason. A table without a placement cannot
 * be fed by this trigger at all, so it is out of the guard's reach by construction.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.js';
import { RESOURCES } from '../../src/server/modules/index.js';
import { testDatabase } from '../db.js';

/** Tables with a placement that are deliberately not in the feed, and why. */
const NOT_IN_FEED: Record<string, string> = {
  changes: 'the log itself',
  // Served by modules of their own, not by the generic resources the feed offers; a feed resource for
  // any of them needs its place in the registry first, and then the first check asks for its triggers.
  consortia: 'partner-search consortia, a working set of their own routes',
  enquiries: 'enquiries reach integrations as the "enquiry received" webhook event',
  event_series: 'a series is expanded into events, which are in the feed',
  import_runs: 'bookkeeping of an import; its records are in the feed',
  mapping_rounds: 'questionnaire rounds, read through their own routes',
  picture_reports: 'reports rendered from the picture, not records',
  picture_snapshots: 'frozen copies of the picture for reports',
  project_reports: 'reports rendered from projects, not records',
  questionnaires: 'questionnaire templates of mapping rounds',
  workshops: 'workshop sessions, read through their own routes',
};

const OPERATIONS = { INSERT: 'created', UPDATE: 'updated', DELETE: 'deleted' } as const;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type FeedTrigger = { table: string; event: keyof typeof OPERATIONS; statement: boolean; args: string[] };

/** Every trigger that runs the change feed's function, with its table, event, level and arguments. */
async function feedTriggers(db: Database): Promise<FeedTrigger[]> {
  const { rows } = await sql<{ table: string; type: number; args: Buffer }>`
    select c.relname as table, t.tgtype as type, t.tgargs as args
    from pg_trigger t
    join pg_proc p on p.oid = t.tgfoid
    join pg_class c on c.oid = t.tgrelid
    join pg_namespace n on n.oid = c.relnamespace
    where p.proname = 'note_record_changes' and n.nspname = 'public' and not t.tgisinternal`.execute(db);
  // tgtype's bits (PostgreSQL's trigger.h): 1 row-level, 4 insert, 8 delete, 16 update.
  const events = [
    [4, 'INSERT'],
    [8, 'DELETE'],
    [16, 'UPDATE'],
  ] as const;
  // tgargs: each argument followed by a NUL byte.
  const argsOf = (raw: Buffer) => raw.toString('utf8').split('\0').slice(0, -1);
  return rows.flatMap((r) =>
    events
      .filter(([bit]) => (r.type & bit) !== 0)
      .map(([, event]) => ({ table: r.table, event, statement: (r.type & 1) === 0, args: argsOf(r.args) })),
  );
}

/** Tables of the public schema whose rows carry a workspace and a visibility. */
async function placedTables(db: Database): Promise<string[]> {
  const { rows } = await sql<{ table: string }>`
    select c.relname as table
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    group by c.relname
    having bool_or(a.attname = 'workspace_id') and bool_or(a.attname = 'visibility')`.execute(db);
  return rows.map((r) => r.table);
}

const has = (triggers: FeedTrigger[], table: string, event: keyof typeof OPERATIONS, args: string[]) =>
  triggers.some(
    (t) => t.table === table && t.event === event && t.statement && t.args.join(',') === args.join(','),
  );

/** What is wrong with the feed's triggers, one line per table; empty when every table is fed. */
async function feedGaps(db: Database): Promise<string[]> {
  const triggers = await feedTriggers(db);
  const gaps: string[] = [];
  const fed = new Set<string>();
  for (const def of RESOURCES) {
    const table = snake(def.table);
    fed.add(table);
    const links = (def.links ?? []).map(snake);
    const missing = Object.entries(OPERATIONS)
      .filter(
        ([event, operation]) =>
          !has(triggers, table, event as keyof typeof OPERATIONS, [def.path, operation, ...links]),
      )
      .map(([event]) => event.toLowerCase());
    if (missing.length)
      gaps.push(`${table} (resource ${def.path}): no statement trigger for ${missing.join(', ')}`);
  }
  for (const table of await placedTables(db))
    if (!fed.has(table) && !(table in NOT_IN_FEED))
      gaps.push(`${table}: has a placement but is neither a feed resource nor listed as left out`);
  const paths = new Set(RESOURCES.map((r) => r.path));
  for (const t of triggers)
    if (!paths.has(t.args[0] ?? ''))
      gaps.push(`${t.table}: its trigger writes resource "${t.args[0]}", which the feed does not offer`);
  return [...new Set(gaps)];
}

const { db } = await testDatabase();

describe('change feed triggers', () => {
  it('exist on every table that should feed the log', async () => {
    expect(await feedGaps(db)).toEqual([]);
    // The exclusions name tables that exist, so a renamed one cannot hide behind a stale entry.
    const placed = await placedTables(db);
    for (const table of Object.keys(NOT_IN_FEED)) expect(placed).toContain(table);
  });

  it('name a new table with a placement and no triggers, or a trigger for a resource the feed lacks', async () => {
    await sql`create table guard_probe (id uuid primary key, workspace_id uuid not null, visibility text not null)`.execute(
      db,
    );
    try {
      expect(await feedGaps(db)).toEqual([
        'guard_probe: has a placement but is neither a feed resource nor listed as left out',
      ]);
      await sql`create trigger guard_probe_insert after insert on guard_probe referencing new table as new_rows
        for each statement execute function note_record_changes('guard-probes', 'created')`.execute(db);
      // A trigger alone does not make it fed: the feed serves only the resources of its registry.
      expect(await feedGaps(db)).toEqual([
        'guard_probe: has a placement but is neither a feed resource nor listed as left out',
        'guard_probe: its trigger writes resource "guard-probes", which the feed does not offer',
      ]);
    } finally {
      await sql`drop table guard_probe`.execute(db);
    }
  });

  it("name a resource's table that lost a trigger or whose links are out of order", async () => {
    await db
      .transaction()
      .execute(async (trx) => {
        await sql`drop trigger organisations_changes_update on organisations`.execute(trx);
        await sql`drop trigger relations_changes_delete on relations`.execute(trx);
        await sql`create trigger relations_changes_delete after delete on relations referencing old table as old_rows
        for each statement execute function
        note_record_changes('relations', 'deleted', 'to_organisation_id', 'from_organisation_id')`.execute(
          trx,
        );
        expect(await feedGaps(trx)).toEqual([
          'organisations (resource organisations): no statement trigger for update',
          'relations (resource relations): no statement trigger for delete',
        ]);
        throw new Rollback();
      })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    expect(await feedGaps(db)).toEqual([]);
  });
});

class Rollback extends Error {}
