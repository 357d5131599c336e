/**
 * The database part of the picture benchmark: an ecosystem of N organisations and M relations is written
 * into a fresh embedded PostgreSQL, then the picture is loaded back through Solmu's loader and computed.
 * Run: npx tsx bench/picture/db-load.ts [--organisations 100000] [--relations 1000000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildPicture } from '../../src/analysis/picture.js';
import { systemCaller } from '../../src/server/auth/caller.js';
import { createDatabase } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { relationColumns } from '../../src/server/modules/pictures/relations.repository.js';
import { loadPictureInput } from '../../src/server/modules/pictures/picture.service.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
import { writeGenerated } from '../map/load.js';
import { generateEcosystem } from './generate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const n = arg('organisations', 100_000);
const m = arg('relations', 1_000_000);
const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(2)} s`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-'));
fs.chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: dir });
const db = createDatabase(server.url);
try {
  await migrateToLatest(db);
  await ensureBuiltInReference(db);
  const eco = generateEcosystem({ organisations: n, relations: m });
  const ws = await db
    .insertInto('workspaces')
    .values({ slug: 'bench', nameFi: 'Bench' })
    .returning('id')
    .executeTakeFirstOrThrow();
  let t = performance.now();
  await writeGenerated(db, eco, ws.id as string);
  const eco2 = await db
    .insertInto('ecosystems')
    .values({ slug: 'bench', nameFi: 'Bench', workspaceId: ws.id, visibility: 'public' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`insert into ecosystem_members (ecosystem_id, organisation_id, role, workspace_id, visibility)
    select ${eco2.id}::uuid, id, 'core', ${ws.id}::uuid, 'public' from organisations`.execute(db);
  await sql`analyze`.execute(db);
  console.log(`written: ${n} organisations, ${m} relations in ${seconds(t)}`);

  const caller = systemCaller('bench');
  const results: string[] = [];
  for (let run = 0; run < 3; run++) {
    t = performance.now();
    const input = await loadPictureInput(db, 'ecosystem', 'bench', caller, '2026-11-25');
    const loadTime = seconds(t);
    const t2 = performance.now();
    const picture = buildPicture(input);
    const pictureTime = seconds(t2);
    const total = seconds(t);
    // The relations query alone: the part of the load that grows with the number of relations.
    const t3 = performance.now();
    await relationColumns(
      db,
      input.organisations.map((o) => o.id),
      caller,
    );
    results.push(
      `run ${run + 1}: load from PostgreSQL ${loadTime} (relations query alone ${seconds(t3)}), picture ${pictureTime}, total ${total}; ${picture.network.actors.length} actors; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
  }
  console.log(results.join('\n'));
} finally {
  await db.destroy();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
