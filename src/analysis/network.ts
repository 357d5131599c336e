/** The network section of a picture: every measure on one CSR graph of the scope's organisations. */
import { resolveTol2008 } from '../domain/reference/tol2008.js';
import { actorMeasures } from './actor-measures.js';
import type { BetweennessResult } from './betweenness.js';
import { countRows, UNKNOWN } from './composition.js';
import { buildGraph, indexRelations, type CsrGraph, type EdgeArrays } from './graph.js';
import { leiden } from './leiden.js';
import type { LouvainResult } from './louvain.js';
import { connectedComponents, density, type Components } from './measures.js';
import type { PageRankResult } from './pagerank.js';
import type { PictureOrganisation, PictureRelation, RelationColumns } from './picture.input.js';
import type { PictureActor, PictureNetwork } from './picture.schema.js';
import { networkRoles, type RoleOptions, type Roles } from './roles.js';

export interface NetworkOptions {
  /** One seed for every random choice (community detection's order, betweenness sample); default 1. */
  readonly seed?: number;
  readonly betweenness?: { readonly exactLimit?: number; readonly samples?: number };
  readonly louvain?: { readonly resolution?: number };
  readonly roles?: RoleOptions;
  /** The merged ties are listed when there are at most this many; default 20,000. */
  readonly maxEdgesListed?: number;
}

export interface NetworkAnalysis {
  readonly section: PictureNetwork;
  readonly graph: CsrGraph;
  readonly pagerank: PageRankResult;
  readonly betweenness: BetweennessResult;
  readonly louvain: LouvainResult;
}

/** The scope's graph: relations given as objects are matched by id, columns are positions already. */
export function scopeGraph(
  organisations: readonly PictureOrganisation[],
  relations: readonly PictureRelation[] | RelationColumns,
): { graph: CsrGraph; externalRelations: number } {
  if (!Array.isArray(relations)) {
    const columns = relations as RelationColumns;
    return {
      graph: buildGraph(organisations.length, columns as EdgeArrays),
      externalRelations: columns.external ?? 0,
    };
  }
  const { edges, skipped } = indexRelations(
    organisations.map((o) => o.id),
    relations as readonly PictureRelation[],
  );
  return { graph: buildGraph(organisations.length, edges), externalRelations: skipped };
}

function largestComponent(components: Components): number {
  let largest = 0;
  for (const size of components.sizes) largest = Math.max(largest, size);
  return largest;
}

function actorRows(
  organisations: readonly PictureOrganisation[],
  measures: { degree: Int32Array; strength: Float64Array; rank: Float64Array; between: Float64Array },
  lv: LouvainResult,
  components: Components,
  roles: Roles,
): PictureActor[] {
  const isolated = new Uint8Array(organisations.length);
  for (const u of roles.isolated) isolated[u] = 1;
  const peripheral = new Uint8Array(organisations.length);
  for (const p of roles.peripheral) peripheral[p.node] = 1;
  const rows = organisations.map((o, i) => ({
    organisationId: o.id,
    name: o.name,
    degree: measures.degree[i]!,
    weightedDegree: measures.strength[i]!,
    pagerank: measures.rank[i]!,
    betweenness: measures.between[i]!,
    community: lv.communities[i]!,
    component: components.labels[i]!,
    participation: roles.participation[i]!,
    broker: roles.isBroker[i] === 1,
    isolated: isolated[i] === 1,
    peripheral: peripheral[i] === 1,
  }));
  return rows.sort((a, b) => b.pagerank - a.pagerank || a.name.localeCompare(b.name, 'fi'));
}

/** Communities of two or more actors: size, most central members, main industries. */
function communityRows(
  organisations: readonly PictureOrganisation[],
  lv: LouvainResult,
  actors: readonly PictureActor[],
): { communities: PictureNetwork['communities']; singletons: number } {
  const members: string[][] = Array.from({ length: lv.count }, () => []);
  organisations.forEach((o, i) => {
    const resolved = o.tolCode ? resolveTol2008(o.tolCode) : null;
    members[lv.communities[i]!]!.push(resolved?.divisionCode ?? UNKNOWN);
  });
  const top: string[][] = Array.from({ length: lv.count }, () => []);
  for (const a of actors) if (top[a.community]!.length < 3) top[a.community]!.push(a.organisationId);
  const communities = members
    .map((divisions, id) => ({
      id,
      size: divisions.length,
      topActors: top[id]!,
      mainDivisions: countRows(divisions, divisions.length).slice(0, 3),
    }))
    .filter((c) => c.size >= 2);
  return { communities, singletons: lv.count - communities.length };
}

function edgeList(graph: CsrGraph, organisations: readonly PictureOrganisation[], max: number) {
  if (graph.edgeCount > max) return null;
  const out: { from: string; to: string; weight: number }[] = [];
  for (let u = 0; u < graph.nodeCount; u++) {
    for (let p = graph.offsets[u]!, end = graph.offsets[u + 1]!; p < end; p++) {
      const v = graph.neighbours[p]!;
      if (u < v)
        out.push({ from: organisations[u]!.id, to: organisations[v]!.id, weight: graph.weights[p]! });
    }
  }
  return out;
}

export function analyseNetwork(
  organisations: readonly PictureOrganisation[],
  relations: readonly PictureRelation[] | RelationColumns,
  options: NetworkOptions = {},
): NetworkAnalysis {
  const seed = options.seed ?? 1;
  const { graph, externalRelations } = scopeGraph(organisations, relations);
  const components = connectedComponents(graph);
  const actor = actorMeasures(graph, { seed, betweenness: options.betweenness });
  const rank = actor.pagerank;
  const between = actor.betweenness;
  const lv = leiden(graph, { seed, resolution: options.louvain?.resolution });
  const roles = networkRoles(graph, lv.communities, between.scores, components, options.roles);
  const measures = {
    degree: actor.degree,
    strength: actor.weightedDegree,
    rank: rank.scores,
    between: between.scores,
  };
  const actors = actorRows(organisations, measures, lv, components, roles);
  const { communities, singletons } = communityRows(organisations, lv, actors);
  const section: PictureNetwork = {
    nodes: graph.nodeCount,
    relations: graph.stats.inputEdges,
    externalRelations,
    edges: graph.edgeCount,
    selfLoopsDropped: graph.stats.selfLoopsDropped,
    parallelMerged: graph.stats.parallelMerged,
    totalWeight: graph.totalWeight,
    density: density(graph),
    components: {
      count: components.count,
      largest: largestComponent(components),
      sizes: Array.from(components.sizes)
        .sort((a, b) => b - a)
        .slice(0, 50),
    },
    modularity: lv.modularity,
    communities,
    singletonCommunities: singletons,
    actors,
    ...roleLists(organisations, roles, between.scores),
    edgeList: edgeList(graph, organisations, options.maxEdgesListed ?? 20_000),
  };
  return { section, graph, pagerank: rank, betweenness: between, louvain: lv };
}

/** Brokers, isolated and peripheral actors by organisation id. */
function roleLists(organisations: readonly PictureOrganisation[], roles: Roles, between: Float64Array) {
  return {
    brokers: Array.from(roles.brokers, (u) => ({
      organisationId: organisations[u]!.id,
      name: organisations[u]!.name,
      betweenness: between[u]!,
      participation: roles.participation[u]!,
      communitiesReached: roles.communitiesReached[u]!,
    })),
    isolated: Array.from(roles.isolated, (u) => organisations[u]!.id),
    peripheral: roles.peripheral.map((p) => ({
      organisationId: organisations[p.node]!.id,
      reason: p.reason,
    })),
  };
}
