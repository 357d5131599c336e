/**
 * Gephi Lite, the peer the map is measured against: its built files (built outside this project, see
 * README.md) served on 127.0.0.1 with Solmu's GEXF export of the benchmark network beside them, so
 * Gephi Lite opens it with its own `?file=` address parameter, as it opens any remote file.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Target } from './browser.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Gephi Lite builds under /gephi-lite/ unless BASE_URL says otherwise; the prefix is dropped either way. */
const BASE = '/gephi-lite/';

/** Why Gephi Lite cannot be measured with this folder, or null when it can. */
export function gephiLiteProblem(dir: string | undefined): string | null {
  if (!dir) return 'no GEPHI_LITE_BUILD given';
  if (!fs.existsSync(path.join(dir, 'index.html')))
    return `no built Gephi Lite in ${dir} (index.html missing)`;
  return null;
}

export async function serveGephiLite(dir: string, gexf: Buffer) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/bench.gexf') {
      res.writeHead(200, { 'content-type': 'application/gexf+xml' }).end(gexf);
      return;
    }
    const relative = decodeURIComponent(url.pathname).replace(/^\/gephi-lite\//, '/');
    let file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const target: Target = {
    name: 'Gephi Lite',
    url: `${origin}${BASE}?file=${encodeURIComponent(`${origin}/bench.gexf`)}`,
    canvas: 'canvas.sigma-nodes',
    zoomIn: (page) => page.locator('button[title="Zoom In"]'),
    zoomOut: (page) => page.locator('button[title="Zoom Out"]'),
  };
  return { target, close: () => new Promise((resolve) => server.close(resolve)) };
}
