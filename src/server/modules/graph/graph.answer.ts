/**
 * The map's answer as bytes, kept by the data's version (docs/decisions/027-graph-payload.md): one
 * computation per scope, reader, format and data version, then the same bytes until a write to a table
 * the map reads commits. The strong ETag names exactly those inputs, so a browser that holds the
 * current answer gets a 304 without the map being read or computed again.
 */
import { createHash } from 'node:crypto';
import { encodeGraphBinary } from '../../../formats/graph-binary.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { jsonBytes } from '../../json-response.js';
import { PictureCache, readerKey } from '../pictures/picture.cache.js';
import { dataVersion } from '../pictures/picture.repository.js';
import { presentGraph } from './graph.presenter.js';
import type { GraphScope } from './graph.repository.js';
import { graphOf } from './graph.service.js';

export const GRAPH_FORMATS = ['json', 'binary'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** A 10,000-member map is about 2 MB in either format: room for a few dozen maps. */
export const graphCache = () => new PictureCache({ maxBytes: 96 * 1024 * 1024, maxEntries: 200 });

export type GraphRequest = { scope: GraphScope; id: string; format: GraphFormat };

/**
 * The version of the answer this caller would get now: the data version, and a tag of what else the
 * bytes depend on (the code's version, the scope as asked, what the caller may read, the format).
 */
export async function graphVersion(db: Database, caller: Caller, appVersion: string, q: GraphRequest) {
  const version = await dataVersion(db);
  const key = [q.scope, q.id, readerKey(caller), q.format].join('\u0000');
  const digest = createHash('sha256').update(`${appVersion}\u0000${key}`).digest('base64url').slice(0, 22);
  return { version, key, etag: `"${version}-${digest}"` };
}

/** The answer's bytes at `version`, from the cache or computed (and kept). */
export function graphBytes(
  db: Database,
  caller: Caller,
  cache: PictureCache,
  q: GraphRequest,
  at: { version: number; key: string },
): Promise<Buffer> {
  return cache.get(at.key, at.version, async () => {
    const graph = presentGraph(await graphOf(db, caller, q.scope, q.id));
    if (q.format === 'json') return jsonBytes(graph);
    const bytes = encodeGraphBinary(graph);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
}
