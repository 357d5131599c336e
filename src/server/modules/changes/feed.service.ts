import type { Caller } from '../../auth/caller.js';
import { canRead } from '../../auth/visibility.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { recordTableOf } from '../../resources/references.js';
import { presentAll } from '../../resources/service.js';
import type { ResourceDefinition } from '../../resources/types.js';
import { RESOURCES } from '../index.js';
import { decodeFeedCursor, encodeFeedCursor, type FeedKey } from './feed.cursor.js';
import { cursorExpired, type Lang } from './feed.messages.js';
import { presentFeedItem, type FeedItem } from './feed.presenter.js';
import * as repo from './feed.repository.js';

export const FEED_RESOURCES = RESOURCES.map((r) => r.path) as [string, ...string[]];

const resourceAt = (path: string) => RESOURCES.find((r) => r.path === path)!;
const resourceOfTable = (table: string) => RESOURCES.find((r) => r.table === table);

const keyBefore = (a: { txid: string; position: number }, b: { txid: string; position: number }) =>
  BigInt(a.txid) < BigInt(b.txid) || (a.txid === b.txid && a.position < b.position);

/** Where a reader starting now begins: every change after it is still to come. */
export async function startCursor(db: Database): Promise<string> {
  const h = await repo.horizon(db);
  return encodeFeedCursor({ epoch: h.epoch, resource: null, txid: h.start, position: 0 });
}

/** The cursor's place, refused when it is not one of this log's or its changes are pruned. */
async function placeOf(db: Database, cursor: string, resource: string, lang: Lang): Promise<FeedKey> {
  const key = decodeFeedCursor(cursor);
  if (key.resource !== null && key.resource !== resource)
    throw new AppError(400, 'invalid_cursor', 'The cursor belongs to another resource', [
      { path: 'cursor', message: `Use it with resource=${key.resource}` },
    ]);
  const h = await repo.horizon(db);
  if (key.epoch !== h.epoch || keyBefore(key, h)) throw cursorExpired(lang);
  return key;
}

/**
 * Which ids of deleted link rows joined only records the caller may read: each joined record readable
 * now, or deleted with a placement the caller could read (a link row leaves with the record it joins).
 */
async function linksSeen(db: Database, def: ResourceDefinition, rows: repo.ChangeRow[], caller: Caller) {
  if (caller.isAdmin || !def.links?.length) return () => true;
  const seen = await Promise.all(
    def.links.map(async (field, i) => {
      const table = recordTableOf(field)!;
      const ids = [...new Set(rows.map((r) => r.linkedIds[i]).filter((id): id is string => !!id))];
      const now = await repo.visibleIds(db, table, ids, caller);
      const gone = ids.filter((id) => !now.includes(id));
      const target = resourceOfTable(table);
      const deleted = target ? await repo.deletedPlacements(db, target.path, gone) : [];
      return new Set([...now, ...deleted.filter((d) => canRead(caller, d)).map((d) => d.recordId)]);
    }),
  );
  return (row: repo.ChangeRow) => seen.every((ids, i) => !row.linkedIds[i] || ids.has(row.linkedIds[i]!));
}

/**
 * Updates of records that are gone whose deletion the caller will be told of: that tombstone is enough.
 * An update of a record made unreadable and then deleted still tells a reader who could read it before.
 */
async function toldByDeletion(db: Database, def: ResourceDefinition, rows: repo.ChangeRow[], caller: Caller) {
  const updated = [...new Set(rows.filter((r) => r.operation === 'updated').map((r) => r.recordId))];
  const existing = new Set(await repo.existingIds(db, def.table, updated));
  const gone = updated.filter((id) => !existing.has(id));
  const deletions = await repo.deletedPlacements(db, def.path, gone);
  return new Set(deletions.filter((d) => canRead(caller, d)).map((d) => d.recordId));
}

/**
 * What the caller may learn of each change: a created or updated record they may read now comes with
 * its current representation; a deletion, or an update after which they may no longer read the record,
 * is a tombstone, shown only when they could read the record before. Anything else is left out.
 */
async function visibleItems(db: Database, def: ResourceDefinition, rows: repo.ChangeRow[], caller: Caller) {
  const current = await repo.readableNow(db, def, [...new Set(rows.map((r) => r.recordId))], caller);
  const presented = await presentAll(db, def, current, caller);
  const byId = new Map(presented.map((r) => [String(r.id), r]));
  const candidates = rows.filter((r) => r.operation !== 'created' && !byId.has(r.recordId));
  const linked = await linksSeen(db, def, candidates, caller);
  const told = await toldByDeletion(db, def, candidates, caller);
  const items: FeedItem[] = [];
  for (const row of rows) {
    const record = byId.get(row.recordId);
    if (record) items.push(presentFeedItem(def.path, row, row.operation, record));
    else if (row.operation === 'updated' && told.has(row.recordId)) continue;
    else if (row.operation !== 'created' && canRead(caller, row) && linked(row))
      items.push(presentFeedItem(def.path, row, 'deleted'));
  }
  return items;
}

export type FeedPage = { items: FeedItem[]; nextCursor: string; hasMore: boolean };

/** The changes of one resource after the cursor, as far as the caller may see them. */
export async function readFeed(
  db: Database,
  caller: Caller,
  query: { resource: string; cursor: string; limit: number },
  lang: Lang,
): Promise<FeedPage> {
  const def = resourceAt(query.resource);
  const key = await placeOf(db, query.cursor, def.path, lang);
  const rows = await repo.changesAfter(db, def.path, key.txid, key.position, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const items = await visibleItems(db, def, page, caller);
  const shown = items.filter((i) => i.record).map((i) => i.id);
  if (def.personal && shown.length > 0)
    await audit(db, caller, { action: 'list', entity: def.path, outcome: 'ok', detail: { ids: shown } });
  const last = page.at(-1);
  const next = last ? { ...key, resource: def.path, txid: last.txid, position: last.position } : key;
  return {
    items,
    nextCursor: encodeFeedCursor({ ...next, resource: def.path }),
    hasMore: rows.length > query.limit,
  };
}
