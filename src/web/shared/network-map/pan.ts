import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './graph';

type MapSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** A press that moves less than this is a click, not a drag. */
const CLICK_TOLERANCE = 4;

/**
 * Drag-panning for large maps: while the button is down the picture already drawn slides with a CSS
 * transform (the browser's compositor moves it, no WebGL drawing), and the map is drawn once, at its new
 * place, when the button comes up. With software WebGL a full redraw of thousands of nodes takes longer
 * than a frame, so redrawing on every mouse move made panning crawl. Returns whether the last press was
 * a drag, so the click that ends it does not open a profile.
 */
export function panByTransform(sigma: MapSigma, container: HTMLElement) {
  const captor = sigma.getMouseCaptor();
  let start: { x: number; y: number } | null = null;
  let shift = { x: 0, y: 0 };
  let dragged = false;

  captor.on('mousedown', (e) => {
    if (!('clientX' in e.original)) return; // touch keeps sigma's own panning
    start = { x: e.original.clientX, y: e.original.clientY };
    shift = { x: 0, y: 0 };
    dragged = false;
  });
  captor.on('mousemovebody', (e) => {
    if (!start || !captor.isMouseDown || !('clientX' in e.original)) return;
    // Sigma would move its camera and redraw; the picture slides instead.
    e.preventSigmaDefault();
    shift = { x: e.original.clientX - start.x, y: e.original.clientY - start.y };
    dragged ||= Math.hypot(shift.x, shift.y) > CLICK_TOLERANCE;
    container.style.transform = `translate(${shift.x}px, ${shift.y}px)`;
  });
  captor.on('mouseup', () => {
    if (!start) return;
    start = null;
    if (shift.x === 0 && shift.y === 0) return;
    const { width, height } = sigma.getDimensions();
    const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
    const target = sigma.viewportToFramedGraph({ x: width / 2 - shift.x, y: height / 2 - shift.y });
    const camera = sigma.getCamera();
    sigma.once('afterRender', () => (container.style.transform = ''));
    camera.setState({ x: camera.x + target.x - centre.x, y: camera.y + target.y - centre.y });
  });
  return { wasDrag: () => dragged };
}
