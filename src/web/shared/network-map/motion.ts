import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { gpuFence } from './gpu';
import type { EdgeAttributes, NodeAttributes } from './graph';

type MapSigma = Sigma<NodeAttributes, EdgeAttributes>;
type Internal = { activeListeners: { camera: () => void }; render: () => void };

/** Layers drawn at the camera's place; the hover layer is drawn at the wanted one, the mouse layer is empty. */
const MOVED_LAYERS = ['edges', 'nodes', 'edgeLabels', 'labels'];

/**
 * While the camera moves, a new picture is drawn only once it has stood still this long (the pointer
 * paused): with software WebGL a picture of thousands of nodes holds the compositor, and so the next mouse
 * move, for longer than a frame; the CSS slide alone keeps up with the hand.
 */
export const PAUSE_MS = 400;

const same = (a: CameraState, b: CameraState) =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

/**
 * Camera moves on a large map (drag, wheel, zoom and pan buttons, focusing an actor), shown by the
 * compositor first. With software WebGL a full picture of thousands of nodes and relations takes longer
 * than a frame, and sigma draws one at every change of its camera, so moves crawl and the queue of
 * pictures waits behind the GPU. Here a camera change moves and scales the picture already drawn with a
 * CSS transform at once, in every frame; a new picture is drawn only when the GPU has finished the
 * previous one (a fence, never a wait) and the camera has paused (PAUSE_MS): nodes only while a drag or
 * a wheel goes on, as sigma does while moving, so what came into view is filled in at each pause; the
 * whole map once the move ends. An animation (zoom buttons, focusing an actor) is one CSS move and one
 * picture at its end.
 */
export function composeMoves(sigma: MapSigma) {
  const camera = sigma.getCamera();
  const captor = sigma.getMouseCaptor();
  const internal = sigma as unknown as Internal;
  const canvases = sigma.getCanvases();
  const fence = gpuFence(canvases.nodes);
  const layers = MOVED_LAYERS.flatMap((id) => canvases[id] ?? []);
  for (const layer of layers) layer.style.transformOrigin = '0 0';
  let drawn = camera.getState();
  /** Whether the last picture has the relations and names (not drawn while moving). */
  let complete = true;
  let dragging = false;
  let frame: number | null = null;
  /** When the camera last changed (the page's clock). */
  let changed = 0;

  /** The transform that shows the picture drawn at `drawn` as the camera now wants it. */
  const place = () => {
    const wanted = camera.getState();
    let transform = '';
    if (!same(wanted, drawn)) {
      const { width, height } = sigma.getDimensions();
      const at = (x: number, y: number) =>
        sigma.framedGraphToViewport(sigma.viewportToFramedGraph({ x, y }, { cameraState: drawn }), {
          cameraState: wanted,
        });
      const [a, b] = [at(0, 0), at(width, height)];
      transform = `translate(${a.x}px, ${a.y}px) scale(${(b.x - a.x) / width})`;
    }
    for (const layer of layers) layer.style.transform = transform;
  };
  const moving = () => dragging || camera.isAnimated() || captor.currentWheelDirection !== 0;
  const tick = () => {
    frame = null;
    const move = moving();
    place();
    const needed = !same(camera.getState(), drawn) || (!complete && !move);
    const paused = !camera.isAnimated() && performance.now() - changed >= PAUSE_MS;
    if (needed && (!move || paused) && fence.idle()) {
      // Sigma leaves relations and names out of a picture drawn while its captor says the map moves.
      const was = captor.isMoving;
      captor.isMoving = was || move;
      internal.render();
      captor.isMoving = was;
      complete = !move;
    }
    if (move || needed) schedule();
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(tick);
  };

  // Every picture, also those sigma draws itself (the layout moved nodes, a filter changed), is drawn
  // at the camera's place: the transform goes, and the GPU has new work to finish.
  const drew = () => {
    drawn = camera.getState();
    fence.mark();
    place();
  };
  sigma.on('afterRender', drew);
  const cameraMoved = () => {
    changed = performance.now();
    schedule();
  };
  camera.removeListener('updated', internal.activeListeners.camera);
  camera.on('updated', cameraMoved);

  return {
    /** A drag (see pan.ts) moves the camera; pictures are drawn without relations until it ends. */
    setDragging(value: boolean) {
      dragging = value;
      schedule();
    },
    kill() {
      if (frame !== null) cancelAnimationFrame(frame);
      camera.removeListener('updated', cameraMoved);
      sigma.removeListener('afterRender', drew);
      fence.release();
    },
  };
}

export type Moves = ReturnType<typeof composeMoves>;
