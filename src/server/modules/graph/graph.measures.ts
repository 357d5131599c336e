import { actorMeasures } from '../../../analysis/actor-measures.js';
import { buildGraph } from '../../../analysis/graph.js';
import type { EdgeColumns } from './graph.repository.js';

/**
 * Sources of the sampled betweenness on a large map: sizing circles needs the order of the brokers, not
 * the figure to the third decimal, and 200 breadth-first searches keep a 10,000-actor map under a second.
 * The situational picture computes the full estimate.
 */
const MAP_BETWEENNESS_SAMPLES = 200;

/** Four significant digits: enough to size a circle, and a third of the bytes of a full double. */
const round = (values: ArrayLike<number>) => Array.from(values, (v) => Number(v.toPrecision(4)));

/** The measures a map can size its nodes by, from the same analysis function as the situational picture's. */
export function graphMeasures(nodeCount: number, edges: EdgeColumns) {
  const graph = buildGraph(nodeCount, edges);
  const actor = actorMeasures(graph, { seed: 1, betweenness: { samples: MAP_BETWEENNESS_SAMPLES } });
  const between = actor.betweenness;
  return {
    measures: {
      degree: Array.from(actor.degree),
      weightedDegree: round(actor.weightedDegree),
      pagerank: round(actor.pagerank.scores),
      betweenness: round(between.scores),
    },
    betweenness: { mode: between.mode, sources: between.sources },
  };
}
