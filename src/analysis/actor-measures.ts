/**
 * The measures of each actor, in one place: the situational picture, the network map (GET /api/v1/graph)
 * and the network exports (GEXF, GraphML, through the picture) all take them from here.
 */
import { betweenness, type BetweennessResult } from './betweenness.js';
import type { CsrGraph } from './graph.js';
import { degrees, weightedDegrees } from './measures.js';
import { pagerank, type PageRankResult } from './pagerank.js';

export interface ActorMeasureOptions {
  /** Seed of the betweenness sample (used only when it samples); default 1. */
  readonly seed?: number;
  readonly betweenness?: { readonly exactLimit?: number; readonly samples?: number };
}

export interface ActorMeasures {
  /** Distinct neighbours. */
  readonly degree: Int32Array;
  /** Sum of the merged weights (strength). */
  readonly weightedDegree: Float64Array;
  readonly pagerank: PageRankResult;
  readonly betweenness: BetweennessResult;
}

/** Degree, weighted degree, PageRank and betweenness (exact, or sampled with a reported seed) of each node. */
export function actorMeasures(graph: CsrGraph, options: ActorMeasureOptions = {}): ActorMeasures {
  return {
    degree: degrees(graph),
    weightedDegree: weightedDegrees(graph),
    pagerank: pagerank(graph),
    betweenness: betweenness(graph, { ...options.betweenness, seed: options.seed ?? 1 }),
  };
}
