/**
 * The map's layout kept by the data's version, next to the map's answer (graph.answer.ts): ForceAtlas2
 * over a 10,000-member map takes seconds, so it runs once per scope, reader and data version, and every
 * later export (or answer) of unchanged data reads the kept positions. Any caller that needs the map's
 * places — the network exports, or the map's own answer — asks layoutFor with the inputs it already has.
 */
import { mapLayout, type LayoutEdges } from '../../../analysis/map-layout.js';
import type { Caller } from '../../auth/caller.js';
import { PictureCache, readerKey } from '../pictures/picture.cache.js';

/** The map's nodes by id and their places, in the same order. */
export type MapLayout = { ids: string[]; x: Float64Array; y: Float64Array };

/** What a layout is computed from: node ids and relations as positions in that list. */
export type LayoutInput = { ids: string[]; edges: LayoutEdges };

/** A 10,000-member layout is about 0.5 MB: room for the layouts of a few hundred maps. */
export const layoutCache = () => new PictureCache({ maxBytes: 64 * 1024 * 1024, maxEntries: 200 });

/** One per process, shared by everything that lays out a map, so the export and the map agree. */
export const sharedLayouts = layoutCache();

/** The key of a layout: the scope as asked, what the caller may read, and anything else it depends on. */
export const layoutKey = (caller: Caller, ...parts: string[]) =>
  ['layout', ...parts, readerKey(caller)].join('\u0000');

/** Kept as bytes: the count, x and y as doubles, then the ids as UTF-8 lines. */
function encode({ ids, x, y }: MapLayout): Buffer {
  const numbers = new Float64Array(1 + 2 * ids.length);
  numbers[0] = ids.length;
  numbers.set(x, 1);
  numbers.set(y, 1 + ids.length);
  return Buffer.concat([Buffer.from(numbers.buffer), Buffer.from(ids.join('\n'), 'utf8')]);
}

function decode(bytes: Buffer): MapLayout {
  const count = bytes.readDoubleLE(0);
  const numbers = new Float64Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 8 * (1 + 2 * count)),
  );
  const text = bytes.subarray(8 * (1 + 2 * count)).toString('utf8');
  return {
    ids: count === 0 ? [] : text.split('\n'),
    x: numbers.slice(1, 1 + count),
    y: numbers.slice(1 + count),
  };
}

/**
 * The layout of the map at `version` under `key`: kept, or computed from what `input` gives (read only
 * on a miss) and kept. Requests that miss together wait for one computation.
 */
export async function layoutFor(
  at: { key: string; version: number },
  input: () => Promise<LayoutInput>,
  cache: PictureCache = sharedLayouts,
): Promise<MapLayout> {
  const bytes = await cache.get(at.key, at.version, async () => {
    const { ids, edges } = await input();
    return encode({ ids, ...mapLayout(ids.length, edges) });
  });
  return decode(bytes);
}
