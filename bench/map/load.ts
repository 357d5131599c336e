/**
 * The map benchmark's data: a public network of N organisations and M relations (the picture benchmark's
 * seeded generator: hubs, ties mostly within a municipality or industry), written straight into the database.
 */
import { sql } from 'kysely';
import { RELATION_KINDS } from '../../src/domain/enums.js';
import type { Database } from '../../src/server/db/database.js';
import { generateEcosystem, type GeneratedEcosystem } from '../picture/generate.js';

const CHUNK = 20_000;

/** Writes a generated ecosystem's organisations and relations, public, into one workspace (COPY-free, unnest). */
export async function writeGenerated(db: Database, eco: GeneratedEcosystem, workspaceId: string) {
  const n = eco.organisations.length;
  for (let i = 0; i < n; i += CHUNK) {
    const part = eco.organisations.slice(i, i + CHUNK);
    await sql`insert into organisations (id, kind, name_fi, tol_code, municipality_code, size_class, workspace_id, visibility)
      select id, kind, name, tol, mun, size, ${workspaceId}::uuid, 'public' from unnest(
        ${part.map((o) => o.id)}::uuid[], ${part.map((o) => o.kind)}::text[], ${part.map((o) => o.name)}::text[],
        ${part.map((o) => o.tolCode)}::text[], ${part.map((o) => o.municipalityCode)}::text[], ${part.map((o) => o.sizeClass)}::text[])
        as t(id, kind, name, tol, mun, size)`.execute(db);
  }
  const ids = eco.organisations.map((o) => o.id);
  const { from, to, weight, kind } = eco.relations;
  for (let i = 0; i < from.length; i += CHUNK) {
    const idx = Array.from({ length: Math.min(from.length, i + CHUNK) - i }, (_, k) => i + k);
    await sql`insert into relations (from_organisation_id, to_organisation_id, kind, weight, workspace_id, visibility)
      select f, t, k, w, ${workspaceId}::uuid, 'public' from unnest(
        ${idx.map((j) => ids[from[j]!]!)}::uuid[], ${idx.map((j) => ids[to[j]!]!)}::uuid[],
        ${idx.map((j) => RELATION_KINDS[kind[j]!]!)}::text[], ${idx.map((j) => weight[j]!)}::float8[]) as x(f, t, k, w)
      where f <> t`.execute(db);
  }
}

export async function writeBenchNetwork(db: Database, organisations: number, relations: number) {
  const eco = generateEcosystem({ organisations, relations });
  const ws = await db
    .insertInto('workspaces')
    .values({ slug: 'bench', nameFi: 'Bench' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeGenerated(db, eco, ws.id as string);
  const network = await db
    .insertInto('networks')
    .values({
      slug: 'bench',
      kind: 'town_network',
      nameFi: 'Bench',
      workspaceId: ws.id,
      visibility: 'public',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`insert into network_members (network_id, organisation_id, role, workspace_id, visibility)
    select ${network.id}::uuid, id, 'member', ${ws.id}::uuid, 'public' from organisations
    where workspace_id = ${ws.id}::uuid`.execute(db);
  await sql`analyze`.execute(db);
  const count = await sql<{ n: number }>`select count(*)::int as n from relations`.execute(db);
  return { organisations, relations: count.rows[0]!.n };
}
