/**
 * `solmu reference import --national jobs|establishments <file>`: a Statistics Finland table by
 * municipality and industry (PxWeb CSV) becomes the national baseline of location quotients. The file is
 * read whole first; one bad row and nothing is written, with every bad row listed.
 */
import type { CsvIssue } from '../../../formats/csv.js';
import { parsePxwebCsv, type NationalTableData } from '../../../formats/pxweb-csv.js';
import { inTransaction, type Database } from '../../db/database.js';
import {
  municipalityNames,
  replaceNationalTable,
  WHOLE_COUNTRY,
  type NationalBasis,
} from './national.repository.js';

export type NationalImportOptions = {
  basis: NationalBasis;
  fileName?: string | null;
  /** The year to take when the file has several, or the year of a file that does not say it. */
  year?: number;
  /** Who published the figures, as the picture names them (default: Statistics Finland and the title). */
  source?: string;
  importedBy?: string;
};

export type NationalImportResult =
  | { ok: false; errors: CsvIssue[] }
  | {
      ok: true;
      basis: NationalBasis;
      year: number;
      municipalities: number;
      counts: number;
      hasWholeCountry: boolean;
      warnings: CsvIssue[];
    };

function sourceOf(data: NationalTableData, options: NationalImportOptions) {
  if (options.source) return options.source;
  return ['Tilastokeskus', data.title ?? options.fileName].filter(Boolean).join(': ');
}

const noRows = (data: NationalTableData): CsvIssue[] =>
  data.counts.length === 0 ? [{ line: 1, message: 'no counts by municipality and industry' }] : [];

/** Reads and writes a national table, all or nothing. */
export async function importNationalTable(
  db: Database,
  bytes: Uint8Array | string,
  options: NationalImportOptions,
): Promise<NationalImportResult> {
  const municipalities = await municipalityNames(db);
  const parsed = parsePxwebCsv(bytes, { year: options.year, municipalities });
  if (!parsed.ok) return parsed;
  const { data } = parsed;
  const empty = noRows(data);
  if (empty.length > 0) return { ok: false, errors: empty };
  const areas = new Set(data.counts.map((c) => c.municipalityCode ?? WHOLE_COUNTRY));
  const hasWholeCountry = areas.delete(WHOLE_COUNTRY);
  await inTransaction(db, (trx) =>
    replaceNationalTable(
      trx,
      {
        basis: options.basis,
        year: data.year,
        title: data.title,
        measure: data.measure,
        source: sourceOf(data, options),
        fileName: options.fileName ?? null,
        municipalityCount: areas.size,
        missingCount: data.missing,
        importedBy: options.importedBy ?? 'system',
      },
      data.counts,
    ),
  );
  return {
    ok: true,
    basis: options.basis,
    year: data.year,
    municipalities: areas.size,
    counts: data.counts.length,
    hasWholeCountry,
    warnings: parsed.warnings,
  };
}
