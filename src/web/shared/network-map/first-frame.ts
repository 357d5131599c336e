import type Graph from 'graphology';
import type Sigma from 'sigma';
import { completeGraph, isLargeMap, type EdgeAttributes, type NodeAttributes } from './graph';

type MapGraph = Graph<NodeAttributes, EdgeAttributes>;

/**
 * The graph sigma draws first. A large map's first picture is its nodes alone: sigma reads, buffers and
 * (with software WebGL) rasterises tens of thousands of edges before anything shows, so the nodes come
 * first and the whole graph, edges included, takes their place in the next task (completeFirstFrame).
 * A graph built with its edges held back (buildGraphLater) gets them only then. A small map is drawn
 * whole at once.
 */
export function firstFrameGraph(graph: MapGraph): MapGraph {
  if (!isLargeMap(graph)) {
    completeGraph(graph);
    return graph;
  }
  return graph.order > FIRST_FRAME_NODES ? largestNodes(graph, FIRST_FRAME_NODES) : graph.emptyCopy();
}

/**
 * Above this many nodes the first picture is a level of detail: the largest nodes by the chosen measure
 * (the hubs a reader looks for first), and the others come with the edges. Sigma's first pass over
 * 100,000 nodes takes seconds with software WebGL; over 20,000 a fraction of that.
 */
export const FIRST_FRAME_NODES = 20_000;

/** The graph's `count` largest nodes (ties at the smallest size by the graph's order), without edges. */
function largestNodes(graph: MapGraph, count: number): MapGraph {
  const sizes = new Float64Array(graph.order);
  let i = 0;
  graph.forEachNode((_, a) => (sizes[i++] = a.size));
  const least = sizes.sort()[sizes.length - count]!;
  const first = graph.nullCopy();
  graph.forEachNode((node, a) => {
    if (a.size > least) first.addNode(node, a);
  });
  graph.forEachNode((node, a) => {
    if (a.size === least && first.order < count) first.addNode(node, a);
  });
  return first;
}

/** Puts the whole graph in place of the first picture's nodes; nothing to do when it was whole already. */
export function completeFirstFrame(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: MapGraph) {
  completeGraph(graph);
  if (sigma.getGraph() !== graph) sigma.setGraph(graph);
}
