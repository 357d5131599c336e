import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from './graph';
import type { Moves } from './motion';

type MapSigma = Sigma<NodeAttributes, EdgeAttributes>;
type Shift = { x: number; y: number };

/** A press that moves less than this is a click, not a drag. */
const CLICK_TOLERANCE = 4;

/** The camera that shows the picture of `camera` moved by `shift` CSS pixels. */
function shiftedCamera(sigma: MapSigma, camera: CameraState, shift: Shift): CameraState {
  const { width, height } = sigma.getDimensions();
  const at = { cameraState: camera };
  const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, at);
  const target = sigma.viewportToFramedGraph({ x: width / 2 - shift.x, y: height / 2 - shift.y }, at);
  return { ...camera, x: camera.x + target.x - centre.x, y: camera.y + target.y - centre.y };
}

/**
 * Drag-panning for large maps: the camera follows the pointer from where the press began, and the
 * compositor shows the move (see motion.ts). Sigma's own panning is kept out: it counts the move as a
 * drag in its own way and draws at every mouse move. Returns whether the last press was a drag, so the
 * click that ends it does not open a profile.
 */
export function panByDrag(sigma: MapSigma, moves: Moves) {
  const captor = sigma.getMouseCaptor();
  const camera = sigma.getCamera();
  let start: { pointer: Shift; camera: CameraState } | null = null;
  let dragged = false;

  captor.on('mousedown', (e) => {
    if (!('clientX' in e.original)) return; // touch keeps sigma's own panning
    start = { pointer: { x: e.original.clientX, y: e.original.clientY }, camera: camera.getState() };
    dragged = false;
  });
  captor.on('mousemovebody', (e) => {
    if (!start || !captor.isMouseDown || !('clientX' in e.original)) return;
    e.preventSigmaDefault();
    const shift = { x: e.original.clientX - start.pointer.x, y: e.original.clientY - start.pointer.y };
    if (!dragged && Math.hypot(shift.x, shift.y) <= CLICK_TOLERANCE) return;
    dragged = true;
    moves.setDragging(true);
    camera.setState(shiftedCamera(sigma, start.camera, shift));
  });
  captor.on('mouseup', () => {
    if (!start) return;
    start = null;
    if (dragged) moves.setDragging(false);
  });
  // The browser ends a drag with a click; sigma would count it as the first click of a double click
  // (and zoom at the next real click). Caught on the way down, it never reaches sigma.
  const swallow = (e: MouseEvent) => {
    if (dragged) e.stopImmediatePropagation();
  };
  const container = sigma.getContainer();
  container.addEventListener('click', swallow, { capture: true });
  return {
    wasDrag: () => dragged,
    kill: () => container.removeEventListener('click', swallow, { capture: true }),
  };
}
