import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { parseClassificationFile, type ClassificationFileOptions } from '../formats/classification-file.js';
import { looksLikeGeoJson } from '../formats/municipality-borders.js';
import { importBorderFile } from './reference-borders.js';
import { importClassification, ImportRefused } from '../server/modules/reference/reference.import.js';
import { importNationalFile } from './reference-national.js';
import { CliError } from './errors.js';
import { withDatabase } from './with-database.js';

type Options = {
  national?: string;
  source?: string;
  kind?: ClassificationFileOptions['kind'];
  classification?: 'TOL2008' | 'TOL2025';
  year?: string;
};

export function registerReference(program: Command) {
  const reference = program
    .command('reference')
    .description('Reference data: regions, municipalities, industries');
  reference
    .command('import <file>')
    .description(
      'Import a Statistics Finland classification file (CSV: municipalities, regions, TOL 2008 or TOL 2025), municipality borders (GeoJSON), or with --national a table of establishments or jobs by municipality and industry (PxWeb CSV)',
    )
    .option(
      '--national <basis>',
      'establishments | jobs: the file is a national table by municipality and industry (docs/national-baseline.md)',
    )
    .option(
      '--source <text>',
      'with --national: the source as pictures name it (default: Tilastokeskus and the title)',
    )
    .option('--kind <kind>', 'municipalities | regions | industries (detected when omitted)')
    .option('--classification <name>', 'TOL2008 | TOL2025 for industry files (detected from the file name)')
    .option('--year <year>', 'classification year, or the year to read from a national table')
    .action(async (file: string, options: Options) => {
      if (!fs.existsSync(file)) throw new CliError(`No such file: ${file}`);
      const bytes = fs.readFileSync(file);
      if (options.national !== undefined) return importNationalFile(file, bytes, options);
      if (looksLikeGeoJson(bytes, file)) return importBorderFile(file, bytes);
      const result = parseClassificationFile(bytes, {
        fileName: path.basename(file),
        kind: options.kind,
        classification: options.classification,
        year: options.year ? Number(options.year) : undefined,
      });
      if (!result.ok) {
        const lines = result.errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n');
        throw new CliError(`${file} was not imported; nothing was changed:\n${lines}`);
      }
      for (const w of result.warnings) console.warn(`warning: line ${w.line}: ${w.message}`);
      const summary = await withDatabase((db) => importClassification(db, result.data)).catch(
        (error: unknown) => {
          throw error instanceof ImportRefused
            ? new CliError(`${file} was not imported: ${error.message}`)
            : error;
        },
      );
      console.log(
        summary.kind === 'industries'
          ? `Imported ${summary.industries} industry classification items`
          : `Imported ${summary.municipalities} municipalities and ${summary.regions} regions` +
              (summary.deactivated.length
                ? `; no longer in the division: ${summary.deactivated.join(', ')}`
                : ''),
      );
    });
}
