/**
 * The conventions behind a picture's figures, in words, as the picture states them about itself (and
 * docs/analysis.md repeats). Parameters that vary (seed, sampled sources) are in `parameters` instead.
 */
import { DEFAULT_EXACT_LIMIT } from './betweenness.js';
import { ROLE_DEFAULTS } from './roles.js';

export function conventions(options: {
  exactLimit?: number;
  lowCountThreshold: number;
  minParticipation?: number;
  smallComponentMaxSize?: number;
}): Record<string, string> {
  const exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT;
  const minParticipation = options.minParticipation ?? ROLE_DEFAULTS.minParticipation;
  const small = options.smallComponentMaxSize ?? ROLE_DEFAULTS.smallComponentMaxSize;
  return {
    relations: 'Relations are undirected: A→B and B→A are the same tie.',
    parallelRelations:
      'Several relations between the same pair merge into one edge whose weight is the sum of their weights; a relation without a weight weighs 1.',
    selfLoops: 'Self-loops are dropped.',
    scope:
      'The network covers relations between organisations of the scope; relations to organisations outside it are counted in externalRelations and not drawn.',
    degree:
      'Degree is the number of distinct neighbours; weighted degree is the sum of the merged edge weights.',
    density: 'Density is 2E / (n(n−1)), the share of possible ties present.',
    pagerank:
      'PageRank is weighted, damping 0.85, uniform teleport; a node without ties spreads its rank evenly over all nodes; iteration stops when the L1 change is below n × 1e-6 (as networkx) or after 100 iterations.',
    betweenness: `Betweenness counts unweighted shortest paths and is normalised as networkx betweenness_centrality(normalized=True) for undirected graphs, 2/((n−1)(n−2)) per pair; exact up to ${exactLimit} actors, above that estimated from k seeded random source actors and scaled as networkx does with k (a source's score by 1/((k−1)(n−2)), any other by 1/(k(n−2))); parameters.betweenness gives k and the seed.`,
    communities:
      'Communities are found with the Leiden method (Traag et al. 2019: Louvain local moving with each community refined into well-connected sub-communities, so every community is connected; resolution 1, seeded: node order shuffled with the seed), and modularity is Newman modularity of that partition with weights. Communities are numbered by size, largest first.',
    brokers: `A broker has ties into at least one community besides its own, participation coefficient at least ${minParticipation} (1 − Σ_c (k_ic / k_i)² over weighted ties), and betweenness above zero and at least the 75th percentile of the scope; brokers are listed by betweenness.`,
    isolated: 'An isolated actor has no relation inside the scope (degree 0).',
    peripheral: `A peripheral actor has ties but is either in a small component (at most ${small} actors, not the largest) or has a single tie.`,
    locationQuotient: `Location quotient LQ = (scope count / scope total) / (Finland count / Finland total), by TOL 2008 division and section; totals are over organisations (or jobs) with an industry code. Counts below ${options.lowCountThreshold} are flagged lowCount and not ranked.`,
    tripleHelix:
      'Triple helix pillars: companies = company; education = education; rdi = rdi; public = municipality, public_agency, development_company and funder. Associations and other organisations are outside the helix.',
    strengths:
      'Strengths and growth candidates are TOL divisions ranked by documented scores (docs/analysis.md); each lists the evidence behind it.',
  };
}
