import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { layoutSettings } from '../../../analysis/map-layout';
import type { Suggestion } from '../../ui/SuggestInput';
import { completeFirstFrame, firstFrameGraph } from './first-frame';
import { isLargeMap, type EdgeAttributes, type NodeAttributes } from './graph';
import { killWithoutWaiting } from './gpu';
import { MapToolbar } from './MapToolbar';
import { composeMoves } from './motion';
import { panByDrag } from './pan';
import { pickOnCpu } from './picking';
import './map.css';

type Props = {
  graph: Graph<NodeAttributes, EdgeAttributes>;
  /**
   * The search's suggestions: every actor by name, sorted. Asked for once the whole graph is drawn: a
   * large map's names (sorting them, and a list option for each) cost hundreds of milliseconds that the
   * first picture need not wait for.
   */
  searchItems: () => Suggestion[];
  /** Shown nodes and relations (keys); null shows everything. */
  shown: { nodes: Set<string>; edges: Set<string> } | null;
  /** Node sizes by the chosen measure, by node id. */
  sizes: Map<string, number>;
  measure: string;
  focus: string | null;
  onFocus: (node: string | null) => void;
  onOpen: (node: string) => void;
  /** A sentence naming what the map shows, for screen readers (the table below has the same data). */
  description: string;
};

const DIMMED = '#dcdcdc';
type MapSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** A large map lays out longer: ForceAtlas2 needs more rounds to untangle thousands of nodes. */
const layoutMs = (graph: Graph) => (graph.order > 2000 ? 6000 : 2000);

/** Sigma set up for `graph`, drawing `first` until the whole graph takes its place (first-frame.ts). */
function createSigma(
  graph: Graph<NodeAttributes, EdgeAttributes>,
  container: HTMLElement,
  first = graph,
): MapSigma {
  const large = isLargeMap(graph);
  return new Sigma<NodeAttributes, EdgeAttributes>(first, container, {
    allowInvalidContainer: true,
    defaultEdgeType: 'line',
    // The programs are generic over any attributes; sigma's types want them typed for ours. A large map
    // draws thin lines only: sigma makes every program it is given before the first picture, and with
    // software WebGL each of arrow's and line's shaders costs tens of milliseconds to compile.
    edgeProgramClasses: (large
      ? { arrow: EdgeLineProgram, line: EdgeLineProgram, thin: EdgeLineProgram }
      : { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, thin: EdgeLineProgram }) as never,
    labelFont: "'Source Sans 3', Arial, sans-serif",
    labelSize: 14,
    labelWeight: '600',
    // Every name on a small map; on a large one only the names of nodes drawn big enough (zooming in
    // shows more), or the labels turn to noise and cost a canvas pass each frame.
    labelRenderedSizeThreshold: large ? 10 : graph.order > 200 ? 6 : 0,
    hideLabelsOnMove: large,
    // Tens of thousands of edges drawn by a software rasteriser on every frame of a drag make panning
    // crawl; the nodes alone keep the picture and the edges come back when the map stops.
    hideEdgesOnMove: large,
    enableEdgeEvents: false,
    zIndex: !large,
  });
}

/** Focus, filters and the ego network as sigma reducers: nothing is copied, hidden items are skipped. */
function applyReducers(
  sigma: MapSigma,
  graph: Graph<NodeAttributes, EdgeAttributes>,
  shown: Props['shown'],
  active: string | null,
) {
  if (!shown && !active) {
    // Without reducers sigma reads the attributes as they are: the fastest path for a large map.
    sigma.setSetting('nodeReducer', null);
    sigma.setSetting('edgeReducer', null);
    return;
  }
  const near = active ? new Set([active, ...graph.neighbors(active)]) : null;
  sigma.setSetting('nodeReducer', (node, data) => {
    if (shown && !shown.nodes.has(node)) return { ...data, hidden: true };
    if (!near || near.has(node))
      return { ...data, zIndex: node === active ? 2 : 1, highlighted: node === active };
    return { ...data, color: DIMMED, label: '', zIndex: 0 };
  });
  sigma.setSetting('edgeReducer', (edge, data) => {
    if (shown && !shown.edges.has(edge)) return { ...data, hidden: true };
    return !active || graph.hasExtremity(edge, active) ? data : { ...data, hidden: true };
  });
}

/**
 * Moves the camera to `node` once sigma has processed the graph. The focus's reducers (set just before)
 * make sigma read every node again at once, but only its next render places them in the frame: until
 * then a node's display data holds its raw layout position, and a camera sent there shows an empty
 * corner far from the map. Any render processes first, so the move waits for the next one.
 */
function centreWhenProcessed(sigma: MapSigma, node: string) {
  const centre = () => {
    const target = sigma.getNodeDisplayData(node);
    if (target) void sigma.getCamera().animate({ x: target.x, y: target.y, ratio: 0.5 }, { duration: 500 });
  };
  sigma.once('afterRender', centre);
  sigma.scheduleRender();
  return () => {
    sigma.removeListener('afterRender', centre);
  };
}

/**
 * The interactive network map: sigma.js draws with WebGL; the first picture comes from seeded positions
 * at once, then ForceAtlas2 refines it in a web worker so the page stays responsive.
 */
export function NetworkMap({
  graph,
  searchItems,
  shown,
  sizes,
  measure,
  focus,
  onFocus,
  onOpen,
  description,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<MapSigma | null>(null);
  const layoutRef = useRef<FA2Layout | null>(null);
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);
  const [hovered, setHovered] = useState<string | null>(null);
  // waiting for the first picture, then running in the worker, then done (until run again).
  const [layoutState, setLayoutState] = useState<'waiting' | 'running' | 'done'>('waiting');
  const layoutRunning = layoutState === 'running';
  const [drawn, setDrawn] = useState(false);
  // The graph once its edges are in (first-frame.ts): a focus's neighbours are known from then on.
  const [whole, setWhole] = useState<Props['graph'] | null>(null);
  const timer = useRef<number | undefined>(undefined);

  /**
   * Runs ForceAtlas2 in a new worker for a while, then ends the worker: a map that keeps moving cannot be
   * read, and an idle worker would keep its own copy of the graph in memory.
   */
  const runLayout = useCallback(() => {
    layoutRef.current?.kill();
    const layout = new FA2Layout(graph, { settings: layoutSettings(graph) });
    layoutRef.current = layout;
    layout.start();
    setLayoutState('running');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      layout.kill();
      if (layoutRef.current === layout) layoutRef.current = null;
      setLayoutState('done');
    }, layoutMs(graph));
  }, [graph]);

  // Before sigma is made (effects run in this order): the first picture has its sizes already.
  useEffect(() => {
    graph.updateEachNodeAttributes((node, a) => ({ ...a, size: sizes.get(node) ?? a.size }), {
      attributes: ['size'],
    });
  }, [graph, sizes]);

  useEffect(() => {
    performance.mark('map:sigma start');
    const sigma = createSigma(graph, container.current!, firstFrameGraph(graph));
    performance.mark('map:sigma made');
    const picking = pickOnCpu(sigma);
    const large = isLargeMap(graph);
    const moves = large ? composeMoves(sigma) : null;
    const pan = moves ? panByDrag(sigma, moves) : null;
    sigma.on('clickNode', ({ node }) => {
      if (!pan?.wasDrag()) openRef.current(node);
    });
    // Dimming all but a hovered node's neighbours makes sigma process every node and relation again, a
    // long task on a large map at each hover; there sigma's own hover (the node and its name) is enough.
    if (!large) {
      sigma.on('enterNode', ({ node }) => setHovered(node));
      sigma.on('leaveNode', () => setHovered(null));
    }
    sigmaRef.current = sigma;
    // Browser tests find a node's place on the screen through sigma; only a browser driven by automation
    // (navigator.webdriver) gets it, so nothing changes for people.
    if (navigator.webdriver) Object.assign(container.current!, { sigma });
    // The first picture comes first; the layout starts once it is on screen. The constructor has drawn
    // already, before this listener existed: the next frame's render is the one that says so.
    let complete: number | undefined;
    sigma.once('afterRender', () => {
      performance.mark('map:drawn');
      setDrawn(true);
      complete = window.setTimeout(() => {
        completeFirstFrame(sigma, graph);
        performance.mark('map:whole graph');
        setWhole(graph);
        runLayout();
      }, 0);
    });
    sigma.scheduleRender();
    return () => {
      window.clearTimeout(complete);
      window.clearTimeout(timer.current);
      layoutRef.current?.kill();
      picking.kill();
      moves?.kill();
      pan?.kill();
      killWithoutWaiting(sigma);
      sigmaRef.current = null;
      layoutRef.current = null;
    };
  }, [graph, runLayout]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (sigma) applyReducers(sigma, graph, shown, focus ?? hovered);
  }, [graph, whole, shown, focus, hovered]);

  const items = useMemo(() => (whole === graph ? searchItems() : []), [whole, graph, searchItems]);

  // A newly chosen actor comes to the middle.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !focus || !graph.hasNode(focus)) return;
    return centreWhenProcessed(sigma, focus);
  }, [graph, focus]);

  return (
    <div className="network-map">
      <MapToolbar
        graph={graph}
        items={items}
        sigma={() => sigmaRef.current}
        focus={focus}
        onFocus={onFocus}
        onOpen={(node) => openRef.current(node)}
        layoutRunning={layoutRunning}
        onLayout={() => runLayout()}
      />
      <div className="map-frame">
        <div
          ref={container}
          className="map-canvas"
          role="img"
          aria-label={description}
          data-map-state={drawn ? 'drawn' : 'loading'}
          data-layout={layoutState}
          data-measure={measure}
          data-shown-nodes={shown ? shown.nodes.size : graph.order}
        />
      </div>
    </div>
  );
}
