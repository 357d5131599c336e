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
import { RELATION_KINDS } from '../../src/domain/enums.js';
import { systemCaller } from '../../src/server/auth/caller.js';
import { createDatabase } from '../../src/server/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { relationColumns } from '../../src/server/modules/pictures/graph.loader.js';
import { loadPictureInput } from '../../src/server/modules/pictures/picture.loader.js';
import { ensureBuiltInReference } from '../../src/server/modules/reference/reference.service.js';
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
  const CHUNK = 50_000;
  for (let i = 0; i < n; i += CHUNK) {
    const part = eco.organisations.slice(i, i + CHUNK);
    await sql`insert into organisations (id, kind, name_fi, tol_code, municipality_code, size_class, workspace_id, visibility)
      select id, kind, name, tol, mun, size, ${ws.id}::uuid, 'public' from unnest(
        ${part.map((o) => o.id)}::uuid[], ${part.map((o) => o.kind)}::text[], ${part.map((o) => o.name)}::text[],
        ${part.map((o) => o.tolCode)}::text[], ${part.map((o) => o.municipalityCode)}::text[], ${part.map((o) => o.sizeClass)}::text[])
        as t(id, kind, name, tol, mun, size)`.execute(db);
  }
  const ids = eco.organisations.map((o) => o.id);
  const { from, to, weight, kind } = eco.relations;
  for (let i = 0; i < from.length; i += CHUNK) {
    const end = Math.min(from.length, i + CHUNK);
    const idx = Array.from({ length: end - i }, (_, k) => i + k);
    await sql`insert into relations (from_organisation_id, to_organisation_id, kind, weight, workspace_id, visibility)
      select f, t, k, w, ${ws.id}::uuid, 'public' from unnest(
        ${idx.map((j) => ids[from[j]!]!)}::uuid[], ${idx.map((j) => ids[to[j]!]!)}::uuid[],
        ${idx.map((j) => RELATION_KINDS[kind[j]!]!)}::text[], ${idx.map((j) => weight[j]!)}::float8[]) as x(f, t, k, w)
      where f <> t`.execute(db);
  }
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
