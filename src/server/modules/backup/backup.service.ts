/**
 * `solmu backup` and `solmu restore` (docs/backup.md): a consistent logical backup of the whole database
 * read in ONE read-only REPEATABLE READ transaction (one snapshot, whatever is written meanwhile), and
 * its restore into an empty database in ONE transaction that ends by recomputing every table's count and
 * checksum from the database and rolls back when one differs from the backup's manifest.
 *
 * The tables, their insertion order and the columns of foreign-key cycles filled in afterwards are the
 * whole-installation export's (exports/installation.schema.ts): every table of the database's own
 * schema but the migration and data-version bookkeeping. pg-boss's schema `pgboss` (job queues) is not
 * read: queued jobs are not data, and a restored installation starts its queues anew.
 */
import type { Database } from '../../db/database.js';
import { KNOWN_MIGRATIONS, migrateTo } from '../../db/migrate.js';
import { VERSION } from '../../version.js';
import {
  appliedMigrations,
  deleteAllRows,
  hasRows,
  insertLines,
  resetSequences,
  tableLines,
  updateFromLines,
} from '../exports/installation.repository.js';
import { REFERENCE_TABLES, tablePlans } from '../exports/installation.schema.js';
import { readBackupFile, writeBackupFile } from './backup.file.js';
import {
  BackupRefused,
  endLine,
  FORMAT,
  headerLine,
  manifestLine,
  TableDigest,
  tableLine,
  type BackupHeader,
  type BackupManifest,
  type BackupTable,
  type TableSum,
} from './backup.format.js';
import { fixCanonicalText, hasMigrationTable } from './backup.repository.js';

export { BackupRefused, type BackupManifest };

/** Runs `read` in one read-only snapshot of the whole database, with the canonical text settings fixed. */
function inSnapshot<T>(db: Database, read: (trx: Database) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await fixCanonicalText(trx);
      return read(trx);
    });
}

/** After each table, with how many tables are done of how many. */
export type OnTable = (table: string, rows: number, done: number, total: number) => void;

/** Writes a backup of the whole database to `file` (which must not exist) and returns its manifest. */
export async function writeBackup(db: Database, file: string, onTable?: OnTable): Promise<BackupManifest> {
  if (!(await hasMigrationTable(db))) throw new BackupRefused('this database has no Solmu schema to back up');
  return inSnapshot(db, async (trx) => {
    const migrations = await appliedMigrations(trx);
    const header: BackupHeader = {
      format: FORMAT,
      version: 1,
      solmuVersion: VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables: await tablePlans(trx),
    };
    const sums: TableSum[] = [];
    async function* lines() {
      yield headerLine(header);
      for (const table of header.tables) {
        yield tableLine(table.name);
        const digest = new TableDigest(table.name);
        for await (const batch of tableLines(trx, table.name, table.columns, table.primaryKey)) {
          digest.add(batch);
          yield batch.join('\n');
        }
        const sum = digest.sum();
        sums.push(sum);
        yield endLine(sum);
        onTable?.(table.name, digest.rows, sums.length, header.tables.length);
      }
      yield manifestLine(manifestOf(header, sums));
    }
    await writeBackupFile(file, lines());
    return manifestOf(header, sums);
  });
}

function manifestOf(header: BackupHeader, tables: TableSum[]): BackupManifest {
  return {
    solmuVersion: header.solmuVersion,
    latestMigration: header.migrations.at(-1)!,
    createdAt: header.createdAt,
    tables,
  };
}

/** Reads a backup through and checks it (counts, checksums, manifest) without touching a database. */
export async function checkBackup(file: string): Promise<BackupManifest> {
  return (await readBackupFile(file, async () => {})).manifest;
}

/**
 * Restores a backup into an EMPTY database: the file is checked first, the database migrated to the
 * backup's own latest migration, every row loaded in one transaction, sequences set after the rows, and
 * every table's count and checksum recomputed from the database before the commit.
 */
export async function restoreBackup(db: Database, file: string, onTable?: OnTable): Promise<BackupManifest> {
  const { header, manifest } = await readBackupFile(file, async () => {});
  const unknown = header.migrations.filter((m) => !KNOWN_MIGRATIONS.includes(m));
  if (unknown.length)
    throw new BackupRefused(
      `the backup was made by Solmu ${manifest.solmuVersion}, whose migration ${unknown[0]} this version ` +
        `(${VERSION}) does not have: restore it with Solmu ${manifest.solmuVersion} or later`,
    );
  await refuseNonEmpty(db, header);
  await migrateTo(db, manifest.latestMigration);
  return db.transaction().execute(async (trx) => {
    await fixCanonicalText(trx);
    await refuseNonEmpty(trx, header);
    await emptyReferenceTables(trx, header);
    await loadRows(trx, file, header, onTable);
    await resetSequences(
      trx,
      header.tables.map((t) => t.name),
    );
    await verifyRestored(trx, header, manifest);
    return manifest;
  });
}

/** Refuses a database with rows of its own or migrated past the backup; built-in reference data is not "rows". */
async function refuseNonEmpty(db: Database, header: BackupHeader) {
  if (!(await hasMigrationTable(db))) return;
  const applied = await appliedMigrations(db);
  const past = applied.find((m, i) => header.migrations[i] !== m);
  if (past)
    throw new BackupRefused(
      `this database is already migrated past the backup (${past}): restore into a new, empty database`,
    );
  for (const plan of await tablePlans(db)) {
    if (REFERENCE_TABLES.has(plan.name) || !(await hasRows(db, plan.name))) continue;
    throw new BackupRefused(
      `the database is not empty (${plan.name} has rows): restore only into a new, empty database`,
    );
  }
}

/** The built-in reference rows a start may have loaded are replaced by the backup's own. */
async function emptyReferenceTables(trx: Database, header: BackupHeader) {
  const here = new Map((await tablePlans(trx)).map((p) => [p.name, p]));
  for (const table of header.tables) {
    const target = here.get(table.name);
    const missing = table.columns.filter((c) => !target?.columns.includes(c));
    if (!target || missing.length)
      throw new BackupRefused(`this database's ${table.name} does not have the backup's columns`);
  }
  for (const plan of [...here.values()].reverse())
    if (REFERENCE_TABLES.has(plan.name)) await deleteAllRows(trx, plan.name);
}

async function loadRows(trx: Database, file: string, header: BackupHeader, onTable?: OnTable) {
  const tables = new Map(header.tables.map((t) => [t.name, t]));
  const loaded = progress(header, onTable);
  await readBackupFile(file, async (name, lines) => {
    const table = tables.get(name)!;
    const columns = table.columns.filter((c) => !table.deferred.includes(c));
    await insertLines(trx, name, columns, lines);
    loaded(name, lines.length);
  });
  loaded(undefined, 0);
  // The columns of foreign-key cycles, inserted empty, are set once every table is in.
  if (!header.tables.some((t) => t.deferred.length)) return;
  await readBackupFile(file, async (name, lines) => {
    const table = tables.get(name)!;
    if (!table.deferred.length) return;
    await updateFromLines(trx, name, { columns: table.deferred, primaryKey: table.primaryKey }, lines);
  });
}

/** Calls onTable as each table's rows are all in (a table without rows too). */
function progress(header: BackupHeader, onTable?: OnTable) {
  let done = 0;
  let rows = 0;
  return (name: string | undefined, count: number) => {
    while (done < header.tables.length && header.tables[done]!.name !== name) {
      onTable?.(header.tables[done]!.name, rows, done + 1, header.tables.length);
      done += 1;
      rows = 0;
    }
    rows += count;
  };
}

async function digestOf(trx: Database, table: BackupTable): Promise<TableSum> {
  const digest = new TableDigest(table.name);
  for await (const batch of tableLines(trx, table.name, table.columns, table.primaryKey)) digest.add(batch);
  return digest.sum();
}

/** Every table's count and checksum, recomputed from the database, must be the manifest's. */
async function verifyRestored(trx: Database, header: BackupHeader, manifest: BackupManifest) {
  for (const [i, table] of header.tables.entries()) {
    const expected = manifest.tables[i]!;
    const actual = await digestOf(trx, table);
    if (actual.rows !== expected.rows)
      throw new BackupRefused(`restored ${table.name} has ${actual.rows} rows, the backup ${expected.rows}`);
    if (actual.sha256 !== expected.sha256)
      throw new BackupRefused(`restored ${table.name} does not match the backup's checksum`);
  }
}

/** Every table's count and checksum as a backup would record them now (the drill compares two databases). */
export async function databaseDigest(db: Database): Promise<TableSum[]> {
  return inSnapshot(db, async (trx) => {
    const sums: TableSum[] = [];
    for (const table of await tablePlans(trx)) sums.push(await digestOf(trx, table));
    return sums;
  });
}
