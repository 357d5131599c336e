import type Graph from 'graphology';
import type Sigma from 'sigma';
import { LARGE_MAP_EDGES, type EdgeAttributes, type NodeAttributes } from './graph';

type MapGraph = Graph<NodeAttributes, EdgeAttributes>;

/**
 * The graph sigma draws first. A large map's first picture is its nodes alone: sigma reads, buffers and
 * (with software WebGL) rasterises tens of thousands of edges before anything shows, so the nodes come
 * first and the whole graph, edges included, takes their place in the next task (completeFirstFrame).
 * A small map is drawn whole at once.
 */
export function firstFrameGraph(graph: MapGraph): MapGraph {
  return graph.size > LARGE_MAP_EDGES ? graph.emptyCopy() : graph;
}

/** Puts the whole graph in place of the first picture's nodes; nothing to do when it was whole already. */
export function completeFirstFrame(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: MapGraph) {
  if (sigma.getGraph() !== graph) sigma.setGraph(graph);
}
