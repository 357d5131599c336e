import { betweenness } from '../../../analysis/betweenness.js';
import { buildGraph } from '../../../analysis/graph.js';
import { degrees, weightedDegrees } from '../../../analysis/measures.js';
import { pagerank } from '../../../analysis/pagerank.js';
import type { EdgeColumns } from './graph.loader.js';

/**
 * Sources of the sampled betweenness on a large map: sizing circles needs the order of the brokers, not
 * the figure to the third decimal, and 200 breadth-first searches keep a 10,000-actor map under a second.
 * The situational picture computes the full estimate.
 */
const MAP_BETWEENNESS_SAMPLES = 200;

/** Four significant digits: enough to size a circle, and a third of the bytes of a full double. */
const round = (values: ArrayLike<number>) => Array.from(values, (v) => Number(v.toPrecision(4)));

/** The measures a map can size its nodes by, computed as the situational picture does (analysis/). */
export function graphMeasures(nodeCount: number, edges: EdgeColumns) {
  const graph = buildGraph(nodeCount, edges);
  const between = betweenness(graph, { samples: MAP_BETWEENNESS_SAMPLES, seed: 1 });
  return {
    measures: {
      degree: Array.from(degrees(graph)),
      weightedDegree: round(weightedDegrees(graph)),
      pagerank: round(pagerank(graph).scores),
      betweenness: round(between.scores),
    },
    betweenness: { mode: between.mode, sources: between.sources },
  };
}
