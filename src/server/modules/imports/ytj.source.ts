/**
 * Where YTJ companies come from: an uploaded file held in memory (a v3 `companies` response, one company,
 * an array, or a v1 BIS response), or a dump file on disk streamed record by record (plain JSON or PRH's
 * ZIP), read with the fast `split` engine.
 */
import fs from 'node:fs';
import {
  openYtjDumpFile,
  parseYtjV1Response,
  parseYtjV3Response,
  readYtjDump,
  type YtjDumpItem,
  type YtjMapResult,
} from '../../../formats/ytj/index.js';
import { parseJsonInput } from '../../../formats/ytj/json-input.js';

/** v1 BIS responses say so in `type`; everything else is read as v3. */
const looksLikeV1 = (head: string) => /"fi\.prh\.opendata\.bis"/.test(head);

const toItems = (results: YtjMapResult[]): YtjDumpItem[] =>
  results.map((r, index) =>
    r.ok
      ? { kind: 'company', index, company: r.company, warnings: r.warnings }
      : { kind: 'error', index, businessId: r.businessId, message: r.error },
  );

/** An uploaded YTJ file (at most a few tens of MB) as dump items; a file that is not YTJ is one `fatal`. */
export function ytjItemsFromBytes(bytes: Uint8Array, maxBytes = 25 * 1024 * 1024): YtjDumpItem[] {
  const parsed = parseJsonInput(bytes, maxBytes);
  if (!parsed.ok) return [{ kind: 'fatal', index: 0, message: parsed.error, code: parsed.code }];
  const value = parsed.value;
  const v1 =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.prototype.hasOwnProperty.call(value, 'type') &&
    (value as { type: unknown }).type === 'fi.prh.opendata.bis';
  const result = v1 ? parseYtjV1Response({ json: value }) : parseYtjV3Response({ json: value });
  if (!result.ok) return [{ kind: 'fatal', index: 0, message: result.error, code: 'not_ytj_response' }];
  return toItems(result.results);
}

/** A dump file on disk, streamed: one record in memory at a time. */
export async function* ytjItemsFromFile(path: string): AsyncGenerator<YtjDumpItem> {
  let head = '';
  try {
    const handle = await fs.promises.open(path, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
    const source = await openYtjDumpFile(path);
    yield* readYtjDump(source, { engine: 'split', format: looksLikeV1(head) ? 'v1' : 'v3' });
  } catch (error) {
    yield { kind: 'fatal', index: 0, message: error instanceof Error ? error.message : String(error) };
  }
}
