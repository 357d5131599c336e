import fs from 'node:fs';
import type { Command } from 'commander';
import { buildPicture } from '../analysis/picture.js';
import { SCOPE_KINDS, type ScopeKind } from '../analysis/picture.schema.js';
import { systemCaller } from '../server/auth/caller.js';
import {
  loadPictureInput,
  loadProposals,
  renderPictureReport,
  writtenPictureOf,
} from '../server/modules/pictures/picture.service.js';
import { REPORT_FORMATS, type ReportFormat } from '../reports/picture-report.js';
import { CliError } from './errors.js';
import { withDatabase } from './with-database.js';

type Options = { scope: string; id: string; format: string; lang: string; out?: string; seed?: string };
const FORMATS = ['json', ...REPORT_FORMATS];
const LANGUAGES = ['fi', 'sv', 'en'] as const;

export function registerPicture(program: Command) {
  program
    .command('picture')
    .description(
      'Compute the situational picture (tilannekuva) of an ecosystem, municipality, region or network',
    )
    .requiredOption('--scope <scope>', SCOPE_KINDS.join(' | '))
    .requiredOption(
      '--id <id>',
      'id or slug of the ecosystem or network; code of the municipality (140) or region (11)',
    )
    .option('--format <format>', FORMATS.join(' | '), 'json')
    .option('--lang <language>', `language of a report: ${LANGUAGES.join(' | ')}`, 'fi')
    .option('--out <file>', 'write here instead of the standard output')
    .option('--seed <n>', 'seed of the community detection', '1')
    .action(async (options: Options) => {
      if (!(SCOPE_KINDS as readonly string[]).includes(options.scope)) {
        throw new CliError(`--scope must be one of ${SCOPE_KINDS.join(', ')}`);
      }
      if (!FORMATS.includes(options.format))
        throw new CliError(`--format must be one of ${FORMATS.join(', ')}`);
      const lang = LANGUAGES.find((l) => l === options.lang);
      if (!lang) throw new CliError(`--lang must be one of ${LANGUAGES.join(', ')}`);
      const caller = systemCaller('system:cli');
      const scope = options.scope as ScopeKind;
      const output = await withDatabase(async (db) => {
        const asOf = new Date().toISOString().slice(0, 10);
        const input = await loadPictureInput(db, scope, options.id, caller, asOf);
        const picture = buildPicture(input, { seed: Number(options.seed) });
        if (options.format === 'json') return `${JSON.stringify(picture, null, 2)}\n`;
        const proposals = await loadProposals(db, caller, scope, [options.id, picture.scope.id], lang);
        const format = options.format as ReportFormat;
        const written = await writtenPictureOf(db, caller, picture, lang, asOf);
        return (await renderPictureReport(picture, written, format, proposals)).body;
      }).catch((e: unknown) => {
        throw (e as { status?: number }).status === 404
          ? new CliError(`No ${options.scope} ${options.id}`)
          : e;
      });
      if (options.out) fs.writeFileSync(options.out, output);
      else if (typeof output === 'string') process.stdout.write(output);
      else throw new CliError(`--format ${options.format} writes a file: give --out <file>`);
    });
}
