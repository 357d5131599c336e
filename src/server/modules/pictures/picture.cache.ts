/**
 * Situational pictures kept as the bytes of their JSON answer, by their inputs: the scope as asked, the
 * day, the seed, what the caller may read, and the data version (bumped when a write to a table the
 * picture reads commits; migration 20261206120000_data_version, docs/decisions/006-picture-cache.md).
 * A picture is computed once per version and then served as the same bytes until the next such write.
 * Bounded by bytes and by entries; the least recently used go first. Per process: each process checks
 * the version in the database, so a write by any process (or the command line) is seen at once.
 */
import type { Caller } from '../../auth/caller.js';

export type PictureCacheLimits = { maxBytes: number; maxEntries: number };

export const PICTURE_CACHE_LIMITS: PictureCacheLimits = { maxBytes: 64 * 1024 * 1024, maxEntries: 500 };

const sortedIds = (ids: Iterable<string>) => [...ids].sort().join(',');

/**
 * Who reads, as far as the picture can tell: everything the loader asks of the caller. Admins read all
 * rows; anyone else reads public rows, their workspaces' rows and the network-shared rows of the
 * workspaces named, and the older snapshots they took themselves (by their label). Two callers with the
 * same key see the same rows; callers who may see different rows never share a key.
 */
export function readerKey(caller: Caller): string {
  if (caller.isAdmin) return 'admin';
  return [caller.label, sortedIds(caller.workspaces.keys()), sortedIds(caller.networkWorkspaceIds)].join('|');
}

type Entry = { version: number; bytes: Buffer };

export class PictureCache {
  readonly #entries = new Map<string, Entry>();
  readonly #computing = new Map<string, Promise<Buffer>>();
  #bytes = 0;

  constructor(readonly limits: PictureCacheLimits = PICTURE_CACHE_LIMITS) {}

  get size() {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  /**
   * The bytes kept for `key` at `version`, else those `compute` gives. Requests that miss the same key
   * and version together wait for one computation; a failed one is not kept.
   */
  async get(key: string, version: number, compute: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.#entries.get(key);
    if (hit?.version === version) {
      this.#entries.delete(key); // most recently used last
      this.#entries.set(key, hit);
      return hit.bytes;
    }
    const job = `${version}\u0000${key}`;
    let pending = this.#computing.get(job);
    if (!pending) {
      pending = compute()
        .then((bytes) => {
          this.#keep(key, version, bytes);
          return bytes;
        })
        .finally(() => this.#computing.delete(job));
      this.#computing.set(job, pending);
    }
    return pending;
  }

  #keep(key: string, version: number, bytes: Buffer) {
    const old = this.#entries.get(key);
    if (old && old.version > version) return; // a newer picture got here first
    if (old) this.#drop(key, old);
    if (bytes.byteLength > this.limits.maxBytes) return;
    this.#entries.set(key, { version, bytes });
    this.#bytes += bytes.byteLength;
    for (const [k, e] of this.#entries) {
      if (this.#bytes <= this.limits.maxBytes && this.#entries.size <= this.limits.maxEntries) break;
      this.#drop(k, e);
    }
  }

  #drop(key: string, entry: Entry) {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes.byteLength;
  }
}
