/**
 * The table side of the import benchmark: the dump's companies as a CSV sheet of organisations, the way
 * a town exports them from a spreadsheet (name, business ID, kind, industry, municipality by name,
 * website), so the CSV import and the YTJ import bring in the same companies.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { loadBuiltInMunicipalities } from '../../src/domain/reference/municipalities.js';
import type { Database } from '../../src/server/db/database.js';
import { loadPlaces, organisationRow } from '../../src/server/modules/imports/ytj.rows.js';
import { ytjItemsFromFile } from '../../src/server/modules/imports/ytj.source.js';

const KIND_WORDS: Record<string, string> = {
  company: 'yritys',
  association: 'yhdistys',
  municipality: 'kunta',
  public_agency: 'julkinen toimija',
  other: 'muu',
};

const cell = (v: string | null | undefined) =>
  v == null ? '' : /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

/** Writes at most `limit` companies of the dump as CSV rows; returns how many. */
export async function writeOrganisationCsv(
  db: Database,
  dumpFile: string,
  out: string,
  limit = Infinity,
): Promise<number> {
  const places = await loadPlaces(db);
  const names = new Map(loadBuiltInMunicipalities().map((m) => [m.code, m.nameFi]));
  const stream = fs.createWriteStream(out);
  let text = 'Nimi;Y-tunnus;Tyyppi;Toimiala;Kunta;Verkkosivu\r\n';
  let rows = 0;
  for await (const item of ytjItemsFromFile(dumpFile)) {
    if (item.kind === 'fatal') throw new Error(item.message);
    if (item.kind !== 'company') continue;
    const mapped = organisationRow(item.company, places);
    if (!mapped.ok) continue;
    const r = mapped.row;
    const municipality = r.municipalityCode ? (names.get(r.municipalityCode) ?? r.municipalityCode) : '';
    text +=
      [r.nameFi, r.businessId, KIND_WORDS[r.kind] ?? r.kind, r.tolCode, municipality, r.website]
        .map(cell)
        .join(';') + '\r\n';
    if (++rows % 1000 === 0) {
      if (!stream.write(text)) await once(stream, 'drain');
      text = '';
    }
    if (rows >= limit) break;
  }
  stream.end(text);
  await once(stream, 'close');
  return rows;
}
