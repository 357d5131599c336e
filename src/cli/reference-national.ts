import path from 'node:path';
import { importNationalTable } from '../server/modules/reference/national.import.js';
import { CliError } from './errors.js';
import { withDatabase } from './with-database.js';

const BASES = ['establishments', 'jobs'] as const;

/**
 * `solmu reference import --national jobs tyopaikat.csv`: Statistics Finland's table by municipality
 * and industry becomes the baseline of location quotients; a file with any bad row changes nothing.
 */
export async function importNationalFile(
  file: string,
  bytes: Buffer,
  options: { national?: string; year?: string; source?: string },
) {
  const basis = BASES.find((b) => b === options.national);
  if (!basis) throw new CliError('--national must be establishments or jobs');
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !Number.isInteger(year)) throw new CliError('--year must be a year');
  const result = await withDatabase((db) =>
    importNationalTable(db, bytes, {
      basis,
      year,
      source: options.source,
      fileName: path.basename(file),
      importedBy: 'system:cli',
    }),
  );
  if (!result.ok) {
    const lines = result.errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n');
    throw new CliError(`${file} was not imported; nothing was changed:\n${lines}`);
  }
  for (const w of result.warnings) console.warn(`warning: line ${w.line}: ${w.message}`);
  console.log(
    `Imported the ${basis} of ${result.year}: ${result.counts} counts in ${result.municipalities} municipalities` +
      (result.hasWholeCountry
        ? ' and the whole country'
        : ' (Finland is their sum: the file has no KOKO MAA row)'),
  );
}
