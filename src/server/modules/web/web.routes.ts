import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { plainRoute } from '../../routing.js';
import type { AppEnv } from '../../env.js';
import { homePage } from '../../home.js';

/**
 * The built web app (`npm run build:web`; SOLMU_WEB_DIST when it was built elsewhere); Solmu still
 * answers with a plain page when it is missing.
 */
export const WEB_DIST =
  process.env.SOLMU_WEB_DIST ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../dist/web');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

// Hashed names only: letters, digits, dot, dash, underscore; no folders, no dot files.
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Paths the web app never owns: the API, the sign-in callbacks and the API docs answer there. */
const isServerPath = (p: string) => p === '/api' || p.startsWith('/api/') || p.startsWith('/auth/');

function serveIndex(c: Context<AppEnv>, version: string, dist: string) {
  const file = path.join(dist, 'index.html');
  // index.html names the current hashed assets: never cached, so a new release is picked up at once.
  c.header('cache-control', 'no-cache');
  if (!fs.existsSync(file)) return c.html(homePage(version));
  return c.html(fs.readFileSync(file, 'utf8'));
}

/**
 * The web app at /: hashed assets with a year-long immutable cache, and index.html for every page of the
 * app (the language is the first path segment: /fi/…, /sv/…, /en/…). Any other GET that is not under /api
 * or /auth also gets index.html (SPA fallback); the app then adds the language to the address.
 */
export function registerWebRoutes(app: OpenAPIHono<AppEnv>, version: string, dist = WEB_DIST) {
  const pages = ['/', '/:lang{fi|sv|en}', '/:lang{fi|sv|en}/*'];
  for (const p of pages) plainRoute(app, 'public', 'GET', p, (c) => serveIndex(c, version, dist));

  plainRoute(app, 'public', 'GET', '/assets/:file', (c) => {
    const name = c.req.param('file');
    const type = TYPES[path.extname(name)];
    const file = path.join(dist, 'assets', name);
    if (!type || !ASSET_NAME.test(name) || !fs.existsSync(file)) return c.notFound();
    return c.body(fs.readFileSync(file), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  // Not a route but a last-resort middleware: it runs only when no route answered the request.
  app.use('*', async (c, next) => {
    const p = c.req.path;
    if (c.req.method !== 'GET' || isServerPath(p) || path.extname(p) !== '') return next();
    return serveIndex(c, version, dist);
  });
}
