import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemCaller } from '../server/auth/caller.js';
import type { Database } from '../server/db/database.js';
import { AppError } from '../server/errors.js';
import { RestoreRefused, restoreInstallation } from '../server/modules/exports/installation.service.js';
import {
  checkEntity,
  cleanDefaults,
  importBytes,
  importYtjItems,
  type ImportRequest,
} from '../server/modules/imports/imports.service.js';
import type { ImportCounts, ImportRun } from '../server/modules/imports/runs.js';
import { failAbandonedRuns } from '../server/modules/imports/owner.js';
import { ytjItemsFromFile } from '../server/modules/imports/ytj.source.js';
import { ENCODING_CHOICES, type EncodingChoice } from '../formats/encoding.js';
import { CliError } from './errors.js';
import { startProgress, tableProgress } from './progress.js';
import { withDatabase } from './with-database.js';

type Options = {
  entity: string;
  dryRun?: boolean;
  workspace?: string;
  visibility?: 'private' | 'network' | 'public';
  sheet?: string;
  mapping?: string;
  defaults?: string;
  skip?: string;
  encoding?: string;
  all?: boolean;
};

/** YTJ files up to this size are read whole (any v3/v1 shape); larger ones are streamed as a dump. */
const IN_MEMORY_YTJ = 20 * 1024 * 1024;

/**
 * The workspace imported records go to: --workspace (slug or id); else the only workspace there is;
 * else a new workspace 'import' is created (an installation without any). Several: say which.
 */
export async function cliWorkspace(db: Database, key?: string): Promise<string> {
  const all = await db.selectFrom('workspaces').select(['id', 'slug']).orderBy('slug').execute();
  if (key) {
    const found = all.find((w) => w.slug === key || w.id === key);
    if (!found)
      throw new CliError(`No workspace ${key}; there are: ${all.map((w) => w.slug).join(', ') || 'none'}`);
    return String(found.id);
  }
  if (all.length === 1) return String(all[0]!.id);
  if (all.length > 1)
    throw new CliError(`Say which workspace with --workspace: ${all.map((w) => w.slug).join(', ')}`);
  const created = await db
    .insertInto('workspaces')
    .values({ slug: 'import', nameFi: 'Tuonti', nameSv: 'Import', nameEn: 'Import' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(created.id);
}

const json = (value: string | undefined, name: string): unknown => {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new CliError(`${name} is not valid JSON`);
  }
};

/** `--skip 3,7` or `--skip [3,7]`: the lines (records of a YTJ file) the dry run named, to leave out. */
export function skipOption(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const lines = value
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (!lines.every((v) => /^[0-9]{1,8}$/.test(v)))
    throw new CliError('--skip takes line numbers separated by commas, e.g. --skip 3,7');
  return lines.map(Number);
}

function encodingOption(value: string | undefined): EncodingChoice | undefined {
  if (value === undefined) return undefined;
  const choice = ENCODING_CHOICES.find((c) => c === value.toLowerCase());
  if (!choice) throw new CliError(`--encoding must be ${ENCODING_CHOICES.join(' or ')}`);
  return choice;
}

function report(run: ImportRun, file: string) {
  const c = run.counts;
  const summary = `${c.rows} rows: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} bad`;
  for (const e of run.errors.slice(0, 20))
    console.error(
      `  ${e.line === null ? '' : `line ${e.line}: `}${e.column ? `${e.column}: ` : ''}${e.message}`,
    );
  if (run.errors.length > 20) console.error(`  … and ${run.errors.length - 20} more (import run ${run.id})`);
  if (run.state === 'failed') {
    const lines = [...new Set(run.errors.flatMap((e) => (e.line === null ? [] : [e.line])))];
    const skippable = lines.length > 0 && run.errors.every((e) => e.line !== null);
    const hint = !skippable
      ? ''
      : lines.length <= 20
        ? `; to import the rest, leave them out with --skip ${lines.join(',')}`
        : `; to import the rest, leave out the lines import run ${run.id} lists with --skip`;
    throw new CliError(`${file}: ${run.message ?? 'nothing was imported'} (${summary})${hint}`);
  }
  const what = run.state === 'dry_run' ? 'Dry run of' : 'Imported';
  const read = [run.kind, run.entity, run.encoding].filter(Boolean).join(', ');
  console.log(`${what} ${file} (${read}): ${summary}; import run ${run.id}`);
}

async function importFile(db: Database, file: string, options: Options): Promise<ImportRun> {
  const entity = checkEntity(options.entity);
  const bar = startProgress({
    label: options.dryRun ? 'Checking' : 'Importing',
    unit: 'rows',
    plain: (rows, detail) => `… ${rows.toLocaleString('en')} rows read ${detail}`,
  });
  const progress = (c: ImportCounts) => bar.update(c.rows, `(${c.created} created, ${c.updated} updated)`);
  const request: ImportRequest = {
    caller: systemCaller('system:cli'),
    workspaceId: await cliWorkspace(db, options.workspace),
    entity,
    dryRun: Boolean(options.dryRun),
    fileName: path.basename(file),
    mapping: json(options.mapping, '--mapping'),
    defaults: cleanDefaults(entity, json(options.defaults, '--defaults')),
    sheet: options.sheet,
    skipLines: skipOption(options.skip),
    encoding: encodingOption(options.encoding),
    visibility: options.visibility,
    onProgress: progress,
  };
  // A run left unfinished by an earlier process that stopped (killed, crashed) ends as failed first.
  await failAbandonedRuns(db);
  try {
    return await importFrom(db, file, request);
  } finally {
    bar.stop();
  }
}

async function importFrom(db: Database, file: string, request: ImportRequest): Promise<ImportRun> {
  const ext = path.extname(file).toLowerCase();
  // A terminal's bar moves every 2 000 companies; logs get a line every 10 000.
  const every = process.stderr.isTTY ? 2000 : 10_000;
  if (ext === '.zip' || (ext === '.json' && fs.statSync(file).size > IN_MEMORY_YTJ))
    return importYtjItems(db, ytjItemsFromFile(file), { ...request, progressEvery: every });
  // Read by content: a workbook named .json is refused with a reason, not parsed as JSON.
  return importBytes(db, fs.readFileSync(file), { ...request, progressEvery: every });
}

export function registerImport(program: Command) {
  program
    .command('import <file>')
    .description(
      'Import a YTJ file (v3/v1 JSON, or the all_companies dump as JSON or ZIP), a .csv or an .xlsx; ' +
        'with --all, restore a whole-installation export folder into an empty database',
    )
    .option('--entity <entity>', 'organisations | people | relations | competences | events', 'organisations')
    .option('--dry-run', 'check every row and say what would happen; write nothing')
    .option('--workspace <slug>', 'workspace for the records (default: the only one, or a new "import")')
    .option('--visibility <visibility>', 'private | network | public (YTJ default public)')
    .option('--sheet <sheet>', 'Excel sheet by name or number')
    .option('--mapping <json>', 'column mapping as a JSON array of field names (or null)')
    .option('--defaults <json>', 'values for fields the file lacks, as a JSON object')
    .option('--encoding <encoding>', 'CSV: utf-8 | windows-1252, when the file does not say it clearly')
    .option('--skip <lines>', 'bad lines (records of a YTJ file) the dry run named, to leave out: 3,7')
    .option('--all', 'the path is a folder written by `solmu export --all`')
    .action(async (file: string, options: Options) => {
      if (!fs.existsSync(file)) throw new CliError(`No such file: ${file}`);
      if (options.visibility && !['private', 'network', 'public'].includes(options.visibility))
        throw new CliError('--visibility must be private, network or public');
      await withDatabase(async (db) => {
        if (options.all) {
          const bar = tableProgress('Restoring');
          const counts = await restoreInstallation(db, file, bar.onTable)
            .finally(bar.stop)
            .catch((error: unknown) => {
              throw error instanceof RestoreRefused
                ? new CliError(`${file} was not restored: ${error.message}`)
                : error;
            });
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          console.log(`Restored ${total} rows in ${Object.keys(counts).length} tables from ${file}`);
          return;
        }
        try {
          report(await importFile(db, file, options), file);
        } catch (error) {
          if (error instanceof AppError) throw new CliError(`${file} was not imported: ${error.message}`);
          throw error;
        }
      });
    });
}
