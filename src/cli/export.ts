import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { SCOPE_KINDS, type ScopeKind } from '../analysis/picture.schema.js';
import { writeGexf, writeGraphml } from '../formats/writers/index.js';
import { systemCaller } from '../server/auth/caller.js';
import type { Database } from '../server/db/database.js';
import { AppError } from '../server/errors.js';
import { exportInstallation, RestoreRefused } from '../server/modules/exports/installation.service.js';
import {
  eventsCalendar,
  exportableEntities,
  exportDefinition,
  networkExport,
  tableExport,
  TABLE_FORMATS,
  type ExportFile,
  type TableFormat,
} from '../server/modules/exports/exports.service.js';
import { CliError } from './errors.js';
import { tableProgress } from './progress.js';
import { withDatabase } from './with-database.js';

type Options = {
  format?: string;
  out?: string;
  scope?: string;
  id?: string;
  delimiter?: string;
  lang?: string;
  all?: boolean;
};

async function writeFile(out: string, chunks: ExportFile['chunks']) {
  const stream = fs.createWriteStream(out);
  for await (const chunk of chunks) if (!stream.write(chunk)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'close');
}

/** What to write for `what` in `format`, as the system (which sees every record). */
async function exportFile(db: Database, what: string, o: Options): Promise<ExportFile> {
  const caller = systemCaller('system:cli');
  if (what === 'network') {
    if (o.format !== 'gexf' && o.format !== 'graphml') throw new CliError('--format must be gexf or graphml');
    if (!o.scope || !(SCOPE_KINDS as readonly string[]).includes(o.scope) || !o.id)
      throw new CliError(`give --scope (${SCOPE_KINDS.join(' | ')}) and --id`);
    const network = await networkExport(db, caller, o.scope as ScopeKind, o.id);
    const text = o.format === 'gexf' ? writeGexf(network) : writeGraphml(network);
    return { contentType: '', fileName: '', chunks: [text] };
  }
  if (what === 'events' && o.format === 'ics') {
    const language = o.lang === 'sv' || o.lang === 'en' ? o.lang : 'fi';
    return { contentType: '', fileName: '', chunks: [await eventsCalendar(db, caller, { language })] };
  }
  const def = exportDefinition(what);
  if (!def)
    throw new CliError(`Nothing called ${what}; export one of: network, ${exportableEntities().join(', ')}`);
  if (!(TABLE_FORMATS as readonly string[]).includes(o.format ?? ''))
    throw new CliError(`--format must be ${TABLE_FORMATS.join(', ')}${what === 'events' ? ' or ics' : ''}`);
  return tableExport(db, caller, def, o.format as TableFormat, {
    delimiter: o.delimiter === 'semicolon' ? ';' : ',',
  });
}

export function registerExport(program: Command) {
  program
    .command('export [what]')
    .description(
      'Export an entity (organisations, people, …) as csv | xlsx | json, events as ics, a network as ' +
        'gexf | graphml, or with --all the whole installation as JSON lines into a folder',
    )
    .option('--format <format>', 'csv | xlsx | json | ics | gexf | graphml')
    .requiredOption('--out <path>', 'the file (or, with --all, the empty folder) to write')
    .option('--scope <scope>', `network only: ${SCOPE_KINDS.join(' | ')}`)
    .option('--id <id>', 'network only: id or slug, municipality or region code')
    .option('--delimiter <delimiter>', 'CSV: comma | semicolon (Finnish Excel)', 'comma')
    .option('--lang <lang>', 'ics: fi | sv | en', 'fi')
    .option('--all', 'every table of the installation, to restore with `solmu import --all`')
    .action(async (what: string | undefined, options: Options & { out: string }) => {
      await withDatabase(async (db) => {
        try {
          if (options.all) {
            const bar = tableProgress('Exporting');
            const manifest = await exportInstallation(db, options.out, bar.onTable).finally(bar.stop);
            const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
            console.log(`Exported ${rows} rows of ${manifest.tables.length} tables to ${options.out}`);
            return;
          }
          if (!what) throw new CliError('Say what to export (an entity or network), or give --all');
          await writeFile(options.out, (await exportFile(db, what, options)).chunks);
          console.log(`Wrote ${options.out}`);
        } catch (error) {
          if (error instanceof AppError || error instanceof RestoreRefused) throw new CliError(error.message);
          throw error;
        }
      });
    });
}
