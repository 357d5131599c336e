import { sql } from 'kysely';
import { z } from 'zod';
import { text } from '../../domain/common.js';
import { AppError } from '../errors.js';
import type { AnyQuery, ResourceDefinition } from './types.js';

export const MAX_PAGE = 200;

/** The list query schema: paging, sorting, text search and the resource's own filters. */
export function listQuerySchema(def: ResourceDefinition) {
  const sortValues = def.sortable.flatMap((s) => [s, `-${s}`]) as [string, ...string[]];
  const filters = Object.fromEntries(
    Object.entries(def.filters ?? {}).map(([name, f]) => [
      name,
      f.schema.optional().meta({ description: f.description }),
    ]),
  );
  return z.strictObject({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50).meta({ description: 'Page size' }),
    cursor: text.max(1000).optional().meta({ description: 'nextCursor of the previous page' }),
    sort: z
      .enum(sortValues)
      .default(def.sortable[0])
      .meta({ description: 'Field to sort by; a leading - sorts descending' }),
    ...(def.searchable
      ? {
          q: text.trim().min(1).max(200).optional().meta({ description: 'Text search (fi/sv/en stemming)' }),
        }
      : {}),
    ...filters,
  });
}

type Cursor = [unknown, string];

export const encodeCursor = (value: unknown, id: string) =>
  Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString(
    'base64url',
  );

function decodeCursor(cursor: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string')
      return parsed as Cursor;
  } catch {
    // fall through to the error below
  }
  throw new AppError(400, 'invalid_cursor', 'The cursor is not valid', [
    { path: 'cursor', message: 'Use nextCursor as given' },
  ]);
}

/** Keyset paging on (sort field, id): stable under inserts, fast at any depth. */
export function applyPaging(query: AnyQuery, field: string, descending: boolean, cursor?: string): AnyQuery {
  let q = query;
  if (cursor) {
    const [value, id] = decodeCursor(cursor);
    const op = descending ? '<' : '>';
    q = q.where(sql`(${sql.ref(field)}, id)`, op, sql`(${value}, ${id}::uuid)`);
  }
  const direction = descending ? 'desc' : 'asc';
  return q.orderBy(field, direction).orderBy('id', direction);
}

/** Words of the query as prefixes, so "kaup" finds "kaupunki" as the user types. */
function prefixQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `${w.toLowerCase()}:*`).join(' & ');
}

/** Matches Finnish, Swedish or English stems, or a prefix of any word. */
export function applySearch(query: AnyQuery, text: string): AnyQuery {
  const prefix = prefixQuery(text);
  const stemmed = sql`websearch_to_tsquery('finnish', ${text}) || websearch_to_tsquery('swedish', ${text}) || websearch_to_tsquery('english', ${text})`;
  const all = prefix ? sql`(${stemmed} || to_tsquery('simple', ${prefix}))` : sql`(${stemmed})`;
  return query.where(sql<boolean>`search_vector @@ ${all}`);
}
