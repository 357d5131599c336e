/**
 * Who reads and writes a public page: a published page is public anyway, a draft is a private record of
 * its workspace; its workspace's editors write it. What the caller may not read is "not found".
 */
import type { Caller } from '../../auth/caller.js';
import { readableRecord, writableRecord, type RecordKind } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';
import type { PageRow } from './public-pages.repository.js';

export const ENTITY = 'public-pages';
export const STORY_ENTITY = 'public-stories';
const PAGE: RecordKind = { entity: ENTITY, name: 'Public page' };

const asRecord = (row: PageRow | undefined) =>
  row && { ...row, visibility: row.publishedAt ? 'public' : 'private' };

export const readablePage = (db: Database, caller: Caller, row: PageRow | undefined) =>
  readableRecord(db, caller, asRecord(row), PAGE);

export const writablePage = (db: Database, caller: Caller, row: PageRow | undefined, action: string) =>
  writableRecord(db, caller, asRecord(row), PAGE, action);
