/**
 * The backup file: gzip'd text, one line each (docs/backup.md, decision 022):
 *
 *   #solmu-backup {header: version, migrations, every table's columns and key}
 *   #table <name>
 *   {a row, as PostgreSQL's row_to_json writes it}   (in primary-key order)
 *   #end <name> <rows> <sha256 of the rows' lines>
 *   … every table …
 *   #manifest {Solmu version, latest migration, created at, per-table row counts and checksums}
 *
 * A row always starts with `{`, a marker with `#`, so a row can never be read as a marker. The manifest
 * comes last because its checksums are known only when every row is written; a file without it is cut
 * short.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const FORMAT = 'solmu-backup';

const tablePlan = z.object({
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  columns: z.array(z.string().min(1)).min(1),
  deferred: z.array(z.string()),
  primaryKey: z.array(z.string()),
});
export type BackupTable = z.infer<typeof tablePlan>;

const header = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  solmuVersion: z.string(),
  createdAt: z.string(),
  migrations: z.array(z.string()).min(1),
  tables: z.array(tablePlan),
});
export type BackupHeader = z.infer<typeof header>;

const tableSum = z.object({ name: z.string(), rows: z.number().int().min(0), sha256: z.string() });
export type TableSum = z.infer<typeof tableSum>;

const manifest = z.object({
  solmuVersion: z.string(),
  latestMigration: z.string(),
  createdAt: z.string(),
  tables: z.array(tableSum),
});
export type BackupManifest = z.infer<typeof manifest>;

export type BackupLine =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; name: string }
  | { kind: 'row'; line: string }
  | { kind: 'end'; sum: TableSum }
  | { kind: 'manifest'; manifest: BackupManifest };

export class BackupRefused extends Error {}

export const headerLine = (h: BackupHeader) => `#${FORMAT} ${JSON.stringify(h)}`;
export const tableLine = (name: string) => `#table ${name}`;
export const endLine = (s: TableSum) => `#end ${s.name} ${s.rows} ${s.sha256}`;
export const manifestLine = (m: BackupManifest) => `#manifest ${JSON.stringify(m)}`;

function parseJson<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupRefused(`the backup's ${what} is not readable JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BackupRefused(`the backup's ${what} is not as Solmu writes it`);
  return parsed.data;
}

export function parseLine(text: string, lineNumber: number): BackupLine {
  if (text.startsWith('{')) return { kind: 'row', line: text };
  const space = text.indexOf(' ');
  const marker = space < 0 ? text : text.slice(0, space);
  const rest = space < 0 ? '' : text.slice(space + 1);
  if (marker === `#${FORMAT}`) return { kind: 'header', header: parseJson(header, rest, 'header') };
  if (marker === '#manifest') return { kind: 'manifest', manifest: parseJson(manifest, rest, 'manifest') };
  if (marker === '#table' && /^[a-z_][a-z0-9_]*$/.test(rest)) return { kind: 'table', name: rest };
  const end = /^([a-z_][a-z0-9_]*) ([0-9]+) ([0-9a-f]{64})$/.exec(rest);
  if (marker === '#end' && end)
    return { kind: 'end', sum: { name: end[1]!, rows: Number(end[2]), sha256: end[3]! } };
  throw new BackupRefused(`line ${lineNumber} of the backup is damaged`);
}

/** Counts and hashes a table's rows, each row's text and a newline, in the order they come. */
export class TableDigest {
  private readonly hash = createHash('sha256');
  rows = 0;

  constructor(readonly name: string) {}

  add(lines: string[]) {
    for (const line of lines) this.hash.update(`${line}\n`);
    this.rows += lines.length;
  }

  sum(): TableSum {
    return { name: this.name, rows: this.rows, sha256: this.hash.digest('hex') };
  }
}
