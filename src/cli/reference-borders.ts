import path from 'node:path';
import { parseMunicipalityBorders } from '../formats/municipality-borders.js';
import { importBorders } from '../server/modules/reference/borders.import.js';
import { CliError } from './errors.js';
import { withDatabase } from './with-database.js';

/** `solmu reference import kuntarajat.geojson`: the borders the network page draws its map of Finland with. */
export async function importBorderFile(file: string, bytes: Buffer) {
  const result = parseMunicipalityBorders(bytes);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  feature ${e.feature}: ${e.message}`).join('\n');
    throw new CliError(`${file} was not imported; nothing was changed:\n${lines}`);
  }
  const summary = await withDatabase((db) => importBorders(db, result.borders, path.basename(file)));
  console.log(`Imported the borders of ${summary.municipalities} municipalities`);
}
