/* global process, fetch, AbortSignal -- run by Node in the container */
// The container's health check: is this Solmu process answering? Node has fetch; the image has no curl.
// /api/health/live is the liveness probe; a build without it answers 404 there, and /api/health is asked.
const base = `http://127.0.0.1:${process.env.PORT || 3000}`;
const ask = (path) => fetch(base + path, { signal: AbortSignal.timeout(4000) });

try {
  let answer = await ask('/api/health/live');
  if (answer.status === 404) answer = await ask('/api/health');
  process.exit(answer.ok ? 0 : 1);
} catch {
  process.exit(1);
}
