/**
 * Queries are written with Kysely's typed builder, which the compiler checks against the generated
 * schema (src/server/db/schema.ts). A whole statement written as an `sql` template is not checked at all,
 * so it is allowed only where the builder cannot say it, in the files listed here with the reason
 * (decision 009). A new raw statement elsewhere, or more of them in a listed file, fails this test: write
 * it with the builder, or add it here with its reason.
 *
 * `sql` fragments inside a builder query (`sql<boolean>\`…\``, `sql<Date>\`now()\``) are not counted:
 * the query around them is typed, and the fragment states its own type.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** File → at most this many raw statements, and why the builder cannot write them. */
const ALLOWED: Record<string, { max: number; why: string }> = {
  'src/server/modules/demo/demo.service.ts': { max: 1, why: 'an advisory lock' },
  'src/server/db/advisory-lock.ts': { max: 2, why: 'a session-level advisory lock and its release' },
  'src/server/modules/exports/installation.repository.ts': {
    max: 12,
    why: "every table of the database's own catalogue, named at run time; cursors",
  },
  'src/server/modules/backup/backup.repository.ts': {
    max: 2,
    why: 'session settings of the canonical row text; whether the migrator’s table exists',
  },
  'src/server/modules/people/gdpr.repository.ts': {
    max: 5,
    why: "every table with a person or a free-text column, found in the database's catalogue at run time",
  },
  'src/server/modules/graph/graph.repository.ts': {
    max: 1,
    why: 'the map: relations as position columns in one measured statement (unnest with ordinality)',
  },
  'src/server/modules/pictures/relations.repository.ts': {
    max: 3,
    why: "the picture: planner settings and packed binary columns (bench/picture's fast plan)",
  },
  'src/server/modules/imports/imports.repository.ts': { max: 3, why: 'savepoints' },
  'src/server/modules/imports/table.bulk.ts': {
    max: 8,
    why: 'the bulk import: set-based statements over a temporary staging table filled by COPY',
  },
  'src/server/modules/imports/ytj.upsert.ts': {
    max: 6,
    why: 'the YTJ import: COPY into a temporary staging table, savepoints, one upsert statement',
  },
};

/** The `sql` statements a source runs as they are: `sql\`…\`.execute(…)` and `sql.raw(…).execute(…)`. */
export function rawStatements(source: string): number {
  const file = ts.createSourceFile('probe.ts', source, ts.ScriptTarget.Latest, true);
  let count = 0;
  const isSqlTag = (node: ts.Node): boolean =>
    (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') ||
    (ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'sql' &&
      node.expression.name.text === 'raw');
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'execute' &&
      isSqlTag(node.expression.expression)
    )
      count++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count;
}

function serverSources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : serverSources(relative);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

describe('raw SQL statements', () => {
  it('are counted: a template or sql.raw run as it is, not a fragment inside the builder', () => {
    expect(rawStatements('await sql`select 1`.execute(db);')).toBe(1);
    expect(rawStatements('await sql<{ n: number }>`select ${x} as n`.execute(db);')).toBe(1);
    expect(rawStatements("await sql.raw('truncate t').execute(db);")).toBe(1);
    expect(rawStatements("db.selectFrom('t').where(sql<boolean>`a = b`).execute();")).toBe(0);
    expect(rawStatements("db.updateTable('t').set({ at: sql<Date>`now()` }).execute();")).toBe(0);
  });

  const counts = Object.fromEntries(
    serverSources('src/server')
      .map((file) => [file, rawStatements(fs.readFileSync(path.join(root, file), 'utf8'))] as const)
      .filter(([, n]) => n > 0),
  );

  it('appear only where the builder cannot write them, no more than listed', () => {
    const over = Object.entries(counts).filter(([file, n]) => n > (ALLOWED[file]?.max ?? 0));
    expect(over).toEqual([]);
  });

  it('are listed only while they exist, so the list shrinks with them', () => {
    const stale = Object.entries(ALLOWED).filter(([file, { max }]) => (counts[file] ?? 0) < max);
    expect(stale).toEqual([]);
  });
});
