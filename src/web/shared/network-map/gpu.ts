/**
 * Whether the GPU has finished what was drawn last, asked without waiting: a WebGL2 fence, polled once a
 * frame. Drawing again only then keeps the queue of a slow (software) GPU short, so the page never waits
 * on it. Without WebGL2 a frame in between stands in for the fence.
 */
export function gpuFence(canvas: HTMLCanvasElement | undefined) {
  // The canvas already has sigma's context: asking again returns it (or null if it is WebGL1).
  const gl = (canvas?.getContext('webgl2') ?? null) as WebGL2RenderingContext | null;
  let sync: WebGLSync | null = null;
  let frames = 0;
  const release = () => {
    if (gl && sync) gl.deleteSync(sync);
    sync = null;
  };
  return {
    /** Call after drawing. */
    mark() {
      frames = 0;
      if (!gl) return;
      release();
      sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
    },
    /** Call at most once a frame: true when the last drawing is done. */
    idle() {
      if (!gl) return ++frames > 1;
      if (!sync) return true;
      if (gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) return false;
      release();
      return true;
    },
    release,
  };
}

type Contexts = { webGLContexts: Record<string, WebGLRenderingContext> };

/**
 * Sigma's kill, without losing its WebGL contexts on purpose: losing one waits until the GPU has finished
 * everything queued, which after a full picture of a large map with software WebGL is seconds in which
 * the next page cannot answer. The contexts go with their canvases and the browser frees them.
 */
export function killWithoutWaiting(sigma: { kill: () => void }) {
  for (const gl of Object.values((sigma as unknown as Contexts).webGLContexts ?? {}))
    gl.getExtension = () => null;
  sigma.kill();
}
