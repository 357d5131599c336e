import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import { Button } from 'suomifi-ui-components';
import { SuggestInput } from '../../ui/SuggestInput';
import type { EdgeAttributes, NodeAttributes } from './graph';

type Props = {
  graph: Graph<NodeAttributes, EdgeAttributes>;
  onOpen: (node: string) => void;
  /** A sentence naming what the map shows, for screen readers (the table below has the same data). */
  description: string;
};

const LAYOUT_MS = 2000;
const DIMMED = '#dcdcdc';

/**
 * The interactive network map: sigma.js draws with WebGL, ForceAtlas2 runs in a web worker so the page
 * stays responsive; hover or search focuses an actor and its neighbours, a click opens its profile.
 */
export function NetworkMap({ graph, onOpen, description }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const layoutRef = useRef<FA2Layout | null>(null);
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  }, [onOpen]);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  // The layout starts with the map (see the effect below).
  const [layoutRunning, setLayoutRunning] = useState(true);
  const [drawn, setDrawn] = useState(false);

  const runLayout = () => {
    const layout = layoutRef.current;
    if (!layout) return;
    layout.start();
    setLayoutRunning(true);
    window.setTimeout(() => {
      layout.stop();
      setLayoutRunning(false);
    }, LAYOUT_MS);
  };

  useEffect(() => {
    const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container.current!, {
      allowInvalidContainer: true,
      defaultEdgeType: 'arrow',
      labelFont: "'Source Sans 3', Arial, sans-serif",
      labelSize: 14,
      labelWeight: '600',
      // Every name on a small map; on a large one only the bigger nodes' names, or it turns to noise.
      labelRenderedSizeThreshold: graph.order > 200 ? 6 : 0,
      zIndex: true,
    });
    sigma.on('clickNode', ({ node }) => openRef.current(node));
    sigma.on('enterNode', ({ node }) => setHovered(node));
    sigma.on('leaveNode', () => setHovered(null));
    sigma.once('afterRender', () => setDrawn(true));
    sigmaRef.current = sigma;
    const settings = { ...forceAtlas2.inferSettings(graph), slowDown: 5 };
    const layout = new FA2Layout(graph, { settings });
    layoutRef.current = layout;
    layout.start();
    const timer = window.setTimeout(() => {
      layout.stop();
      setLayoutRunning(false);
    }, LAYOUT_MS);
    return () => {
      window.clearTimeout(timer);
      layout.kill();
      sigma.kill();
      sigmaRef.current = null;
      layoutRef.current = null;
    };
  }, [graph]);

  // Focus: the chosen (or hovered) actor and its neighbours stay bright, the rest fade.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const active = focused ?? hovered;
    const near = active ? new Set([active, ...graph.neighbors(active)]) : null;
    sigma.setSetting('nodeReducer', (node, data) =>
      !near || near.has(node)
        ? { ...data, zIndex: node === active ? 2 : 1, highlighted: node === active }
        : { ...data, color: DIMMED, label: '', zIndex: 0 },
    );
    sigma.setSetting('edgeReducer', (edge, data) =>
      !active || graph.hasExtremity(edge, active) ? data : { ...data, hidden: true },
    );
  }, [graph, focused, hovered]);

  const focus = (node: string | null) => {
    setFocused(node);
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const target = node ? sigma.getNodeDisplayData(node) : null;
    if (target) void sigma.getCamera().animate({ x: target.x, y: target.y, ratio: 0.5 }, { duration: 500 });
    else void sigma.getCamera().animatedReset({ duration: 300 });
  };

  const items = graph
    .mapNodes((node, a) => ({ value: node, label: a.label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const camera = () => sigmaRef.current?.getCamera();

  return (
    <div className="network-map">
      <div className="toolbar">
        <div>
          <SuggestInput
            id="map-search"
            labelText={t('map.search')}
            hintText={t('map.searchHint')}
            items={items}
            value={focused ?? ''}
            onChange={(node) => {
              if (node === '' || graph.hasNode(node)) focus(node || null);
            }}
          />
        </div>
        <Button variant="secondary" onClick={() => void camera()?.animatedZoom({ duration: 300 })}>
          {t('map.zoomIn')}
        </Button>
        <Button variant="secondary" onClick={() => void camera()?.animatedUnzoom({ duration: 300 })}>
          {t('map.zoomOut')}
        </Button>
        <Button variant="secondary" onClick={() => focus(null)}>
          {t('map.reset')}
        </Button>
        <Button variant="secondary" disabled={layoutRunning} onClick={runLayout}>
          {layoutRunning ? t('map.layoutRunning') : t('map.relayout')}
        </Button>
        {focused && (
          <Button onClick={() => openRef.current(focused)}>
            {t('map.openProfile', { name: graph.getNodeAttribute(focused, 'label') })}
          </Button>
        )}
      </div>
      <div className="map-frame">
        <div
          ref={container}
          className="map-canvas"
          role="img"
          aria-label={description}
          data-map-state={drawn ? 'drawn' : 'loading'}
        />
      </div>
    </div>
  );
}
