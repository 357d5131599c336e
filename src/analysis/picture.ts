/**
 * The situational picture (tilannekuva) of a scope — an ecosystem, a municipality, a region or a network
 * of towns: composition, network, specialisation, competences, strengths and growth candidates, peers.
 * Pure and reproducible: the same input and options give the same picture, byte for byte.
 */
import { competences, type CompetenceOptions } from './competences.js';
import { composition } from './composition.js';
import { conventions } from './conventions.js';
import { DEFAULT_EXACT_LIMIT } from './betweenness.js';
import { leiden } from './leiden.js';
import { connectedComponents, density } from './measures.js';
import { analyseNetwork, scopeGraph, type NetworkAnalysis, type NetworkOptions } from './network.js';
import type { CountTable, PeerInput, PictureInput, PictureScope, PictureSnapshot } from './picture.input.js';
import type { LqTable, PeerFigures, Picture, PictureComposition } from './picture.schema.js';
import { ROLE_DEFAULTS } from './roles.js';
import {
  DEFAULT_LOW_COUNT_THRESHOLD,
  specialisation,
  specialisationTables,
  organisationCounts,
} from './specialisation.js';
import { STRENGTH_DEFAULTS, strengthsAndCandidates, type StrengthOptions } from './strengths.js';
import { mappingEvidence, NO_EVIDENCE } from './survey-evidence.js';

export { comparePictures, type PictureChange } from './compare.js';

export interface PictureOptions extends NetworkOptions {
  /** Counts below this are flagged lowCount and not ranked; default 5. */
  readonly lowCountThreshold?: number;
  readonly strengths?: StrengthOptions;
  readonly competences?: CompetenceOptions;
}

function scopeOut(scope: PictureScope): Picture['scope'] {
  return {
    kind: scope.kind,
    id: scope.id,
    name: scope.name,
    municipalityCodes: [...(scope.municipalityCodes ?? [])],
  };
}

function topSpecialisations(table: LqTable): PeerFigures['topSpecialisations'] {
  return table.divisions
    .filter((r) => r.rank !== null && r.rank <= 3)
    .map((r) => ({ code: r.code, lq: r.lq! }));
}

function helixShares(c: PictureComposition): Record<string, number> {
  return Object.fromEntries(c.tripleHelix.pillars.map((p) => [p.pillar, p.share]));
}

/**
 * Headline figures of another town of the scope's networks, computed the same way (Leiden with the same
 * seed) but without the per-actor measures nobody compares side by side.
 */
export function peerFigures(peer: PeerInput, finland: CountTable, options: PictureOptions = {}): PeerFigures {
  const { graph } = scopeGraph(peer.organisations, peer.relations);
  const components = connectedComponents(graph);
  let isolated = 0;
  for (let u = 0; u < graph.nodeCount; u++) if (graph.offsets[u + 1] === graph.offsets[u]) isolated++;
  const lq = specialisation(organisationCounts(peer.organisations), finland, 'organisations', {
    threshold: options.lowCountThreshold,
  });
  return {
    scope: scopeOut(peer.scope),
    organisations: peer.organisations.length,
    edges: graph.edgeCount,
    density: density(graph),
    components: components.count,
    modularity: leiden(graph, { seed: options.seed ?? 1, resolution: options.louvain?.resolution })
      .modularity,
    isolated,
    tripleHelix: helixShares(composition(peer.organisations)),
    topSpecialisations: topSpecialisations(lq),
  };
}

function parametersOf(net: NetworkAnalysis, options: PictureOptions, seed: number, threshold: number) {
  const roles = { ...ROLE_DEFAULTS, ...options.roles };
  const { damping, tolerance, maxIterations, iterations, converged } = net.pagerank;
  const parameters: Picture['parameters'] = {
    seed,
    pagerank: { damping, tolerance, maxIterations, iterations, converged },
    betweenness: {
      mode: net.betweenness.mode,
      exactLimit: options.betweenness?.exactLimit ?? DEFAULT_EXACT_LIMIT,
      sources: net.betweenness.sources,
      seed: net.betweenness.seed,
    },
    louvain: { seed: net.louvain.seed, resolution: net.louvain.resolution, levels: net.louvain.levels },
    lowCountThreshold: threshold,
    brokers: { minParticipation: roles.minParticipation, maxListed: roles.maxBrokers },
    peripheral: { smallComponentMaxSize: roles.smallComponentMaxSize },
    strengths: { ...STRENGTH_DEFAULTS, ...options.strengths },
  };
  return parameters;
}

export function buildPicture(input: PictureInput, options: PictureOptions = {}): Picture {
  const seed = options.seed ?? 1;
  const threshold = options.lowCountThreshold ?? DEFAULT_LOW_COUNT_THRESHOLD;
  const net = analyseNetwork(input.organisations, input.relations, { ...options, seed });
  const comp = composition(input.organisations);
  const spec = specialisationTables(input.organisations, input.finland, input.jobs, threshold);
  const scopeCompetences = input.competences ?? [];
  const ranked = strengthsAndCandidates(
    {
      organisations: input.organisations,
      pagerank: net.pagerank.scores,
      specialisation: spec,
      competences: scopeCompetences,
      projects: input.projects ?? [],
      history: input.history,
      lowCountThreshold: threshold,
      hasTies: net.graph.edgeCount > 0,
    },
    options.strengths,
  );
  const parameters = parametersOf(net, options, seed, threshold);
  const ids = new Set(input.organisations.map((o) => o.id));
  const elsewhere = input.elsewhere ?? { organisations: [], competences: [] };
  const partnerTowns = input.scope.networkMunicipalityCodes ?? [];
  return {
    schemaVersion: 1,
    scope: scopeOut(input.scope),
    asOf: input.asOf ?? null,
    includesExamples: input.includesExamples ?? false,
    conventions: conventions({
      exactLimit: parameters.betweenness.exactLimit,
      lowCountThreshold: threshold,
      minParticipation: parameters.brokers.minParticipation,
      smallComponentMaxSize: parameters.peripheral.smallComponentMaxSize,
    }),
    parameters,
    composition: comp,
    network: net.section,
    specialisation: spec,
    competences: competences(ids, scopeCompetences, elsewhere, partnerTowns, options.competences),
    strengths: ranked.strengths,
    growthCandidates: ranked.growthCandidates,
    peers: (input.peers ?? []).map((peer) => peerFigures(peer, input.finland.organisations, options)),
    headline: {
      scope: scopeOut(input.scope),
      organisations: input.organisations.length,
      edges: net.section.edges,
      density: net.section.density,
      components: net.section.components.count,
      modularity: net.section.modularity,
      isolated: net.section.isolated.length,
      tripleHelix: helixShares(comp),
      topSpecialisations: topSpecialisations(spec.organisations),
    },
    mappingEvidence: input.mappingEvidence ? mappingEvidence(input.mappingEvidence) : NO_EVIDENCE,
  };
}

/** What a saved picture keeps for measuring growth in a later one. */
export function snapshotOf(picture: Picture): PictureSnapshot {
  const organisationsByDivision: Record<string, number> = {};
  for (const row of picture.composition.byDivision) {
    if (row.code !== 'unknown') organisationsByDivision[row.code] = row.count;
  }
  return { takenOn: picture.asOf ?? 'unknown', organisationsByDivision };
}
