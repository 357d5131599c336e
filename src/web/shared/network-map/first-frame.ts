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
  if (isLargeMap(graph)) return graph.emptyCopy();
  completeGraph(graph);
  return graph;
}

/** Puts the whole graph in place of the first picture's nodes; nothing to do when it was whole already. */
export function completeFirstFrame(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: MapGraph) {
  completeGraph(graph);
  if (sigma.getGraph() !== graph) sigma.setGraph(graph);
}
