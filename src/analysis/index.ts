/**
 * Pure analytics of Solmu: graph measures, specialisation, competences and the situational picture.
 * No SQL, no HTTP, no clock; seeded randomness reported with every result. See docs/analysis.md.
 */
export { buildPicture, peerFigures, snapshotOf, type PictureOptions } from './picture.js';
export { comparePictures, pictureChangeSchema, type PictureChange } from './compare.js';
export * from './picture.input.js';
export * from './picture.schema.js';
export type { Evidence, ScoreParts, SectorItem } from './strengths.schema.js';

export { buildGraph, edgeWeight, indexRelations } from './graph.js';
export type { CsrGraph, EdgeArrays, GraphBuildStats, IndexedEdge, KeyedRelation } from './graph.js';
export { connectedComponents, degrees, density, weightedDegrees, type Components } from './measures.js';
export { actorMeasures, type ActorMeasureOptions, type ActorMeasures } from './actor-measures.js';
export { pagerank, type PageRankOptions, type PageRankResult } from './pagerank.js';
export { betweenness, defaultSampleSize, DEFAULT_EXACT_LIMIT } from './betweenness.js';
export type { BetweennessOptions, BetweennessResult } from './betweenness.js';
export { louvain, modularity, type LouvainOptions, type LouvainResult } from './louvain.js';
export { leiden, type LeidenOptions, type LeidenResult } from './leiden.js';
export { networkRoles, participation, ROLE_DEFAULTS, type RoleOptions, type Roles } from './roles.js';
export { analyseNetwork, scopeGraph, type NetworkAnalysis, type NetworkOptions } from './network.js';

export {
  composition,
  countRows,
  tripleHelix,
  HELIX_PILLARS,
  PILLAR_KINDS,
  OUTSIDE_HELIX,
} from './composition.js';
export {
  DEFAULT_LOW_COUNT_THRESHOLD,
  locationQuotients,
  lqConfidence,
  organisationCounts,
  sectionsOf,
  specialisation,
  specialisationTables,
} from './specialisation.js';
export { poissonInterval, type Interval } from './poisson-interval.js';
export { competences, type CompetenceOptions } from './competences.js';
export {
  GROWTH_WEIGHTS,
  STRENGTH_DEFAULTS,
  STRENGTH_WEIGHTS,
  strengthsAndCandidates,
  type StrengthInputs,
  type StrengthOptions,
} from './strengths.js';
export { conventions } from './conventions.js';
export { mulberry32, sampleIndices, shuffleInPlace } from '../domain/random.js';
