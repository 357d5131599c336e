/**
 * The web app's API types from the server's own OpenAPI document: `npm run api:types` after changing
 * a route, a schema or a query parameter. The app is built in memory and asked for
 * `/api/v1/openapi.json`; the document needs no database (an anonymous GET of a public route), so the
 * app gets one that refuses every connection.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { createApp } from '../src/server/app.js';
import type { Limiter } from '../src/server/auth/rate-limit.js';
import type { DB } from '../src/server/db/schema.js';

/** The generated file: `paths`, `components` and `operations` of the API under /api/v1. */
export const API_TYPES_FILE = 'src/web/api/schema.ts';

class NoConnections extends DummyDriver {
  override acquireConnection(): Promise<never> {
    return Promise.reject(new Error('The OpenAPI document is built without a database'));
  }
}

const noDatabase = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new NoConnections(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Rate limits count in the database; here nothing is counted. */
const UNLIMITED: Limiter = {
  wait: async () => 0,
  take: async () => 0,
  giveBack: async () => {},
  reset: async () => {},
};

/** The OpenAPI document the server serves, built without a database or a port. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const app = createApp({ db: noDatabase, version: 'generated', limiters: () => UNLIMITED });
  const res = await app.request('/api/v1/openapi.json');
  if (!res.ok) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
  return (await res.json()) as OpenAPI3;
}

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run api:types\`; do not edit. A test fails
 * when it drifts from the server.
 */
/* eslint-disable max-lines */
`;

/** The TypeScript of the document, formatted as the repository formats it. */
export async function apiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { silent: true });
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.writeFileSync(API_TYPES_FILE, await apiTypes());
  console.log(`Wrote ${API_TYPES_FILE}`);
}
