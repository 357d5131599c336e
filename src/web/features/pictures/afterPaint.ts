import { useEffect, useState } from 'react';

/**
 * Runs `work` once the browser has painted the next frame (a timer set in an animation frame fires after
 * that frame), so the figures already on the page are seen before it. Returns the cancel.
 */
export function afterPaint(work: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}

/** False until the frame in which the component first appeared has been painted. */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  return painted;
}
