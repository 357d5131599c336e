import { z } from 'zod';
import type { Row } from '../../resources/types.js';
import type { ChangeRow } from './feed.repository.js';

const OPERATIONS = ['created', 'updated', 'deleted'] as const;

export const feedItemSchema = z
  .object({
    position: z
      .number()
      .int()
      .meta({ description: 'The change in the log; items come in the order of the log' }),
    resource: z.string().meta({ description: 'The resource, as in /api/v1/{resource}' }),
    id: z.string().meta({ description: "The record's id" }),
    operation: z.enum(OPERATIONS).meta({
      description:
        'created or updated: store the record (both carry it as it is now). deleted: the record is gone, ' +
        'or you may no longer read it; remove it from your copy',
    }),
    occurredAt: z.string().meta({ description: 'When the change was made' }),
    href: z.string().meta({ description: "The record's address in the API" }),
    record: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'created and updated: the record as GET {href} answers it now' }),
  })
  .meta({ id: 'ChangeFeedItem' });

export type FeedItem = z.infer<typeof feedItemSchema>;

export const feedPageSchema = z
  .object({
    items: z.array(feedItemSchema),
    nextCursor: z
      .string()
      .meta({ description: 'Where the next call starts: keep it, even when items is empty' }),
    hasMore: z.boolean().meta({ description: 'More changes wait: ask again at once with nextCursor' }),
  })
  .meta({ id: 'ChangeFeedPage' });

export const startCursorSchema = z
  .object({ cursor: z.string().meta({ description: 'Give it as cursor to GET /api/v1/changes' }) })
  .meta({ id: 'ChangeFeedStart' });

/** One change as the feed shows it; a tombstone carries only what identifies the record. */
export function presentFeedItem(resource: string, row: ChangeRow, operation: string, record?: Row): FeedItem {
  return {
    position: row.position,
    resource,
    id: row.recordId,
    operation: operation as FeedItem['operation'],
    occurredAt: row.occurredAt.toISOString(),
    href: `/api/v1/${resource}/${row.recordId}`,
    ...(record && { record }),
  };
}
