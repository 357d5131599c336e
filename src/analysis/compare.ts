/**
 * What changed between two pictures of the same scope (e.g. a saved, dated snapshot and today's): actors
 * that came and went, ties added, removed or reweighted, headline measures, each remaining actor's
 * measures, location quotients and composition.
 */
import { z } from 'zod';
import type { LqRow, Picture } from './picture.schema.js';

const delta = z.object({
  before: z.number().nullable(),
  after: z.number().nullable(),
  change: z.number().nullable(),
});
const actorRef = z.object({ organisationId: z.string(), name: z.string() });
const tie = z.object({ from: z.string(), to: z.string(), weight: z.number() });

export const pictureChangeSchema = z
  .object({
    scope: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
    from: z.string().nullable(),
    to: z.string().nullable(),
    actors: z.object({ added: z.array(actorRef), removed: z.array(actorRef) }),
    ties: z
      .object({
        added: z.array(tie),
        removed: z.array(tie),
        reweighted: z.array(
          z.object({ from: z.string(), to: z.string(), before: z.number(), after: z.number() }),
        ),
      })
      .nullable()
      .describe('null when either picture had too many ties to list them'),
    headline: z.record(z.string(), delta),
    actorChanges: z
      .array(actorRef.extend({ degree: delta, pagerank: delta, betweenness: delta, community: delta }))
      .describe('Actors in both pictures whose measures changed, largest PageRank change first, at most 50'),
    actorChangesTotal: z.number().int(),
    specialisation: z.array(
      z.object({
        level: z.enum(['division', 'section']),
        code: z.string(),
        lq: delta,
        scopeCount: delta,
      }),
    ),
    composition: z.array(z.object({ dimension: z.string(), code: z.string(), count: delta })),
  })
  .meta({ id: 'PictureChange' });

export type PictureChange = z.infer<typeof pictureChangeSchema>;

function diff(before: number | null | undefined, after: number | null | undefined) {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, change: a !== null && b !== null ? a - b : null };
}

const pairKey = (from: string, to: string) => (from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`);

function tieChanges(older: Picture, newer: Picture): PictureChange['ties'] {
  if (!older.network.edgeList || !newer.network.edgeList) return null;
  const before = new Map(older.network.edgeList.map((e) => [pairKey(e.from, e.to), e]));
  const after = new Map(newer.network.edgeList.map((e) => [pairKey(e.from, e.to), e]));
  const added = [...after].filter(([k]) => !before.has(k)).map(([, e]) => e);
  const removed = [...before].filter(([k]) => !after.has(k)).map(([, e]) => e);
  const reweighted = [...after]
    .filter(([k, e]) => before.has(k) && before.get(k)!.weight !== e.weight)
    .map(([k, e]) => ({ from: e.from, to: e.to, before: before.get(k)!.weight, after: e.weight }));
  return { added, removed, reweighted };
}

function actorChanges(older: Picture, newer: Picture) {
  const before = new Map(older.network.actors.map((a) => [a.organisationId, a]));
  const changes = newer.network.actors
    .filter((a) => before.has(a.organisationId))
    .map((a) => {
      const b = before.get(a.organisationId)!;
      return {
        organisationId: a.organisationId,
        name: a.name,
        degree: diff(b.degree, a.degree),
        pagerank: diff(b.pagerank, a.pagerank),
        betweenness: diff(b.betweenness, a.betweenness),
        // community ids are renumbered by size in each picture: a change here is a hint, not a move
        community: diff(b.community, a.community),
      };
    })
    .filter(
      (c) =>
        c.degree.change !== 0 ||
        Math.abs(c.pagerank.change!) > 1e-12 ||
        Math.abs(c.betweenness.change!) > 1e-12,
    )
    .sort(
      (x, y) =>
        Math.abs(y.pagerank.change!) - Math.abs(x.pagerank.change!) || x.name.localeCompare(y.name, 'fi'),
    );
  return { list: changes.slice(0, 50), total: changes.length };
}

function lqChanges(
  level: 'division' | 'section',
  older: LqRow[],
  newer: LqRow[],
): PictureChange['specialisation'] {
  const before = new Map(older.map((r) => [r.code, r]));
  const after = new Map(newer.map((r) => [r.code, r]));
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  return codes
    .map((code) => ({
      level,
      code,
      lq: diff(before.get(code)?.lq, after.get(code)?.lq),
      scopeCount: diff(before.get(code)?.scopeCount ?? 0, after.get(code)?.scopeCount ?? 0),
    }))
    .filter((r) => r.scopeCount.change !== 0 || r.lq.change !== 0);
}

function compositionChanges(older: Picture, newer: Picture): PictureChange['composition'] {
  const out: PictureChange['composition'] = [];
  for (const dimension of ['byKind', 'bySection', 'byMunicipality', 'bySizeClass'] as const) {
    const before = new Map(older.composition[dimension].map((r) => [r.code, r.count]));
    const after = new Map(newer.composition[dimension].map((r) => [r.code, r.count]));
    for (const code of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const count = diff(before.get(code) ?? 0, after.get(code) ?? 0);
      if (count.change !== 0) out.push({ dimension, code, count });
    }
  }
  return out;
}

export function comparePictures(older: Picture, newer: Picture): PictureChange {
  const beforeIds = new Set(older.network.actors.map((a) => a.organisationId));
  const afterIds = new Set(newer.network.actors.map((a) => a.organisationId));
  const ref = (a: { organisationId: string; name: string }) => ({
    organisationId: a.organisationId,
    name: a.name,
  });
  const o = older.network;
  const n = newer.network;
  const changes = actorChanges(older, newer);
  return {
    scope: { kind: newer.scope.kind, id: newer.scope.id, name: newer.scope.name },
    from: older.asOf,
    to: newer.asOf,
    actors: {
      added: n.actors.filter((a) => !beforeIds.has(a.organisationId)).map(ref),
      removed: o.actors.filter((a) => !afterIds.has(a.organisationId)).map(ref),
    },
    ties: tieChanges(older, newer),
    headline: {
      organisations: diff(older.composition.organisations, newer.composition.organisations),
      relations: diff(o.relations, n.relations),
      edges: diff(o.edges, n.edges),
      density: diff(o.density, n.density),
      components: diff(o.components.count, n.components.count),
      modularity: diff(o.modularity, n.modularity),
      isolated: diff(o.isolated.length, n.isolated.length),
      brokers: diff(o.brokers.length, n.brokers.length),
      tripleHelixEvenness: diff(
        older.composition.tripleHelix.evenness,
        newer.composition.tripleHelix.evenness,
      ),
    },
    actorChanges: changes.list,
    actorChangesTotal: changes.total,
    specialisation: [
      ...lqChanges(
        'division',
        older.specialisation.organisations.divisions,
        newer.specialisation.organisations.divisions,
      ),
      ...lqChanges(
        'section',
        older.specialisation.organisations.sections,
        newer.specialisation.organisations.sections,
      ),
    ],
    composition: compositionChanges(older, newer),
  };
}
