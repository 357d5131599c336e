/**
 * The COPY side of the import benchmark: the dump's companies mapped exactly as Solmu's YTJ import maps
 * them (same mapper, same municipality lookup), written as a CSV of the organisation columns the import
 * sets, for `COPY … FROM STDIN (FORMAT csv)`.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import type { Database } from '../../src/server/db/database.js';
import {
  loadPlaces,
  organisationRow,
  type OrganisationRow,
} from '../../src/server/modules/imports/ytj.rows.js';
import { ytjItemsFromFile } from '../../src/server/modules/imports/ytj.source.js';
import { csvLine } from '../../src/server/modules/imports/ytj.upsert.js';

export const COPY_COLUMNS = [
  'business_id',
  'kind',
  'name_fi',
  'name_sv',
  'name_en',
  'tol_code',
  'tol2025_code',
  'municipality_code',
  'website',
  'company_form',
  'registration_date',
  'end_date',
  'status',
  'status_detail',
  'name_history',
  'source',
  'last_imported_at',
  'import_run_id',
  'workspace_id',
  'visibility',
  'created_by',
  'updated_by',
];

const quote = (v: unknown) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`);

/** The same CSV line the import's staging COPY gets, plus the columns the upsert adds itself. */
const line = (r: OrganisationRow, fixed: unknown[]) => `${csvLine(r)},${fixed.map(quote).join(',')}`;

/** Writes the mapped rows; returns how many. Not part of the COPY time (it is the mapping's work). */
export async function writeCopyRows(
  db: Database,
  dumpFile: string,
  out: string,
  fixed: { runId: string; workspaceId: string },
): Promise<number> {
  const places = await loadPlaces(db);
  const stream = fs.createWriteStream(out);
  const constant = [
    'ytj',
    new Date().toISOString(),
    fixed.runId,
    fixed.workspaceId,
    'public',
    'bench',
    'bench',
  ];
  let rows = 0;
  let text = '';
  for await (const item of ytjItemsFromFile(dumpFile)) {
    if (item.kind === 'fatal') throw new Error(item.message);
    if (item.kind !== 'company') continue;
    const mapped = organisationRow(item.company, places);
    if (!mapped.ok) continue;
    text += line(mapped.row, constant) + '\n';
    if (++rows % 1000 === 0) {
      if (!stream.write(text)) await once(stream, 'drain');
      text = '';
    }
  }
  stream.end(text);
  await once(stream, 'close');
  return rows;
}
