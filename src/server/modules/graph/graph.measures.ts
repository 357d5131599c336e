import { createHash } from 'node:crypto';
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

type Measured = ReturnType<typeof computeMeasures>;

/**
 * Measures by the graph they were computed from: a write elsewhere bumps the data version and the map is
 * read again, but its measures (seconds for 10,000 members) are computed again only when its ties changed.
 */
const measured = new Map<string, Measured>();
const MEASURED_GRAPHS = 32;

const graphKey = (nodeCount: number, e: EdgeColumns) =>
  createHash('sha256')
    .update(new Uint32Array([nodeCount, ...e.from, ...e.to]))
    .update(new Float64Array(e.weight))
    .digest('base64url');

/** The measures a map can size its nodes by, from the same analysis function as the situational picture's. */
export function graphMeasures(nodeCount: number, edges: EdgeColumns): Measured {
  const key = graphKey(nodeCount, edges);
  const kept = measured.get(key);
  if (kept) return kept;
  const fresh = computeMeasures(nodeCount, edges);
  if (measured.size >= MEASURED_GRAPHS) measured.delete(measured.keys().next().value!);
  measured.set(key, fresh);
  return fresh;
}

function computeMeasures(nodeCount: number, edges: EdgeColumns) {
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
