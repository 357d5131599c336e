/** Helpers for the backup drill: a database grown past 10 MB, and backup files rewritten or cut. */
import fs from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ORGANISATION_KINDS, RELATION_KINDS, SIZE_CLASSES } from '../../src/domain/enums.js';
import { mulberry32, randomInt } from '../../src/domain/random.js';
import type { Database } from '../../src/server/db/database.js';
import { TableDigest } from '../../src/server/modules/backup/backup.format.js';

const CHUNK = 1000;
const WORDS = ['yhteistyö', 'kehitys', 'osaaminen', 'vientiä', 'Ålands', 'näringsliv', 'tutkimus', 'hanke'];
const TOWNS = ['140', '740', '091', '297', '837'];

function text(random: () => number, words: number) {
  return Array.from({ length: words }, () => WORDS[randomInt(random, WORDS.length)]).join(' ');
}

/** Generated organisations (with descriptions in three languages) and relations among them. */
export async function growDatabase(db: Database, organisations: number, relations: number) {
  const random = mulberry32(18);
  const ws = await db
    .insertInto('workspaces')
    .values({ slug: 'drill', nameFi: 'Varmuuskopioharjoitus' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: string[] = [];
  for (let i = 0; i < organisations; i += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, organisations - i) }, (_, k) => ({
      nameFi: `Drill Oy ${i + k} ${text(random, 2)}`,
      kind: ORGANISATION_KINDS[randomInt(random, ORGANISATION_KINDS.length)]!,
      sizeClass: SIZE_CLASSES[randomInt(random, SIZE_CLASSES.length)]!,
      municipalityCode: TOWNS[randomInt(random, TOWNS.length)]!,
      descriptionFi: text(random, 30),
      descriptionSv: text(random, 20),
      descriptionEn: random() < 0.5 ? null : text(random, 20),
      nameHistory: JSON.stringify([{ name: `Vanha ${i + k}`, until: '2020-01-01' }]),
      workspaceId: ws.id,
      visibility: 'public',
    }));
    for (const r of await db.insertInto('organisations').values(rows).returning('id').execute())
      ids.push(r.id);
  }
  for (let i = 0; i < relations; i += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, relations - i) }, () => {
      const from = randomInt(random, ids.length);
      return {
        fromOrganisationId: ids[from]!,
        toOrganisationId: ids[(from + 1 + randomInt(random, ids.length - 1)) % ids.length]!,
        kind: RELATION_KINDS[randomInt(random, RELATION_KINDS.length)]!,
        weight: (1 + Math.round(random() * 1000)) / 7,
        description: text(random, 8),
        workspaceId: ws.id,
        visibility: 'public',
      };
    });
    await db.insertInto('relations').values(rows).execute();
  }
}

/** A few municipality borders (imported GeoJSON in the real world). */
export async function addBorders(db: Database) {
  const square = (x: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, 62],
        [x + 0.5, 62],
        [x + 0.5, 62.5],
        [x, 62],
      ],
    ],
  });
  await db
    .insertInto('municipalityBorders')
    .values(
      TOWNS.map((code, i) => ({
        municipalityCode: code,
        geometry: JSON.stringify(square(25 + i)),
        source: 'drill',
      })),
    )
    .execute();
}

export const backupLines = (file: string) => gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');

/**
 * Writes a copy of a backup with `change` applied to its rows and every count and checksum made to
 * agree again, as a careful forger (or a subtly wrong writer) would: only the database can tell.
 */
export function rewriteBackup(file: string, out: string, change: (table: string, row: string) => string) {
  const lines = backupLines(file);
  const sums = new Map<string, { rows: number; sha256: string }>();
  let digest: TableDigest | undefined;
  const result = lines.map((line) => {
    if (line.startsWith('#table ')) digest = new TableDigest(line.slice(7));
    else if (line.startsWith('{') && digest) {
      const changed = change(digest.name, line);
      digest.add([changed]);
      return changed;
    } else if (line.startsWith('#end ') && digest) {
      const sum = digest.sum();
      sums.set(sum.name, sum);
      return `#end ${sum.name} ${sum.rows} ${sum.sha256}`;
    } else if (line.startsWith('#manifest ')) {
      const m = JSON.parse(line.slice(10)) as { tables: { name: string }[] };
      m.tables = m.tables.map((t) => ({ name: t.name, ...sums.get(t.name)! }));
      return `#manifest ${JSON.stringify(m)}`;
    }
    return line;
  });
  fs.writeFileSync(out, gzipSync(result.join('\n')));
}
