import type Graph from 'graphology';
import { useTranslation } from 'react-i18next';
import type Sigma from 'sigma';
import { Button } from 'suomifi-ui-components';
import { SuggestInput, type Suggestion } from '../../ui/SuggestInput';
import type { EdgeAttributes, NodeAttributes } from './graph';

type Props = {
  graph: Graph<NodeAttributes, EdgeAttributes>;
  /** The actors to search, by name in the reader's language. */
  items: Suggestion[];
  sigma: () => Sigma<NodeAttributes, EdgeAttributes> | null;
  focus: string | null;
  onFocus: (node: string | null) => void;
  onOpen: (node: string) => void;
  layoutRunning: boolean;
  onLayout: () => void;
};

const MOVE = { duration: 250 };
/** One press moves the view by a fifth of its width, whatever the zoom. */
const STEP = 0.2;

/** Search-to-focus, zoom and pan buttons, layout: everything the mouse does, by keyboard too. */
export function MapToolbar({ graph, items, sigma, focus, onFocus, onOpen, layoutRunning, onLayout }: Props) {
  const { t } = useTranslation();
  const camera = () => sigma()?.getCamera();
  const pan = (dx: number, dy: number) => {
    const c = camera();
    if (c) void c.animate({ x: c.x + dx * STEP * c.ratio, y: c.y + dy * STEP * c.ratio }, MOVE);
  };
  const focusName = focus && graph.hasNode(focus) ? graph.getNodeAttribute(focus, 'label') : null;
  return (
    <div className="toolbar map-toolbar">
      <div>
        <SuggestInput
          id="map-search"
          labelText={t('map.search')}
          hintText={t('map.searchHint')}
          items={items}
          value={focus ?? ''}
          onChange={(node) => {
            if (node === '' || graph.hasNode(node)) onFocus(node || null);
          }}
        />
      </div>
      <div className="map-buttons" role="group" aria-label={t('map.viewControls')}>
        <Button variant="secondary" onClick={() => void camera()?.animatedZoom(MOVE)}>
          {t('map.zoomIn')}
        </Button>
        <Button variant="secondary" onClick={() => void camera()?.animatedUnzoom(MOVE)}>
          {t('map.zoomOut')}
        </Button>
        <Button variant="secondary" onClick={() => pan(-1, 0)} aria-label={t('map.panLeft')}>
          ←
        </Button>
        <Button variant="secondary" onClick={() => pan(1, 0)} aria-label={t('map.panRight')}>
          →
        </Button>
        <Button variant="secondary" onClick={() => pan(0, 1)} aria-label={t('map.panUp')}>
          ↑
        </Button>
        <Button variant="secondary" onClick={() => pan(0, -1)} aria-label={t('map.panDown')}>
          ↓
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            onFocus(null);
            void camera()?.animatedReset(MOVE);
          }}
        >
          {t('map.reset')}
        </Button>
        <Button variant="secondary" disabled={layoutRunning} onClick={onLayout}>
          {layoutRunning ? t('map.layoutRunning') : t('map.relayout')}
        </Button>
        {focus && focusName && (
          <Button onClick={() => onOpen(focus)}>{t('map.openProfile', { name: focusName })}</Button>
        )}
      </div>
    </div>
  );
}
