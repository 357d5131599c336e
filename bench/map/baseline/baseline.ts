/**
 * The baseline of the map benchmark: what the issue says makes Gephi Lite slow, rebuilt with the same
 * libraries (Gephi Lite itself is not on npm and cannot be installed here): plain sigma.js with its
 * default settings (labels on, every edge a quad), hover picking on every mouse move with enterNode and
 * leaveNode handlers that highlight the neighbourhood (also while dragging), and ForceAtlas2 run in the
 * main thread before the first draw. Same data as Solmu's map: the server's graph endpoint.
 */
import graphology from 'graphology';
import * as fa2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';

const query = new URLSearchParams(location.search);
const ITERATIONS = Number(query.get('iterations') ?? 100);
/** Diagnosis only: Solmu's large-map settings on this bare page, to tell the page's cost from sigma's. */
const TUNED = query.has('tuned');
const container = document.getElementById('map')!;

type GraphData = {
  nodes: { id: string[]; nameFi: string[]; kind: string[] };
  measures: { degree: number[] };
  edges: { from: number[]; to: number[]; kind: string[] };
};

const network = await (await fetch('/api/v1/networks/bench')).json();
const data = (await (await fetch(`/api/v1/graph?scope=network&id=${network.id}`)).json()) as GraphData;
const graph = new graphology.MultiGraph();
data.nodes.id.forEach((id, i) =>
  graph.addNode(id, {
    label: data.nodes.nameFi[i],
    x: Math.random() * 1000,
    y: Math.random() * 1000,
    size: 2 + Math.sqrt(data.measures.degree[i]!),
    color: '#0072B2',
  }),
);
data.edges.from.forEach((f, e) =>
  graph.addEdge(data.nodes.id[f]!, data.nodes.id[data.edges.to[e]!]!, { color: '#ccc' }),
);
// The package is CommonJS; the bundler and Node's type view disagree on where its default export sits.
const forceAtlas2 = ((fa2 as unknown as { default?: typeof fa2 }).default ?? fa2) as unknown as {
  assign: (g: unknown, o: object) => void;
  inferSettings: (g: unknown) => object;
};
forceAtlas2.assign(graph, { iterations: ITERATIONS, settings: forceAtlas2.inferSettings(graph) });

const sigma = new Sigma(
  graph,
  container,
  TUNED
    ? {
        defaultEdgeType: 'thin',
        edgeProgramClasses: { thin: EdgeLineProgram },
        hideEdgesOnMove: true,
        hideLabelsOnMove: true,
        labelRenderedSizeThreshold: 10,
      }
    : {},
);
if (TUNED) {
  const target = sigma as unknown as { getNodeAtPosition: (p: unknown) => string | null };
  const pick = target.getNodeAtPosition.bind(sigma);
  target.getNodeAtPosition = (p) => (sigma.getMouseCaptor().isMouseDown ? null : pick(p));
}
let hovered: string | null = null;
const highlight = () => {
  const near = hovered ? new Set([hovered, ...graph.neighbors(hovered)]) : null;
  sigma.setSetting('nodeReducer', (n, d) => (!near || near.has(n) ? d : { ...d, color: '#eee', label: '' }));
  sigma.setSetting('edgeReducer', (e, d) =>
    !hovered || graph.hasExtremity(e, hovered) ? d : { ...d, hidden: true },
  );
};
sigma.on('enterNode', ({ node }) => {
  hovered = node;
  highlight();
});
sigma.on('leaveNode', () => {
  hovered = null;
  highlight();
});
// The constructor has drawn the first picture already; the next frame puts it on screen.
requestAnimationFrame(() => container.setAttribute('data-map-state', 'drawn'));
