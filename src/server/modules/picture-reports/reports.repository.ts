import type { ScopeKind } from '../../../analysis/picture.schema.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';
import { storedContent, type ReportContent } from './document.js';

export type Language = 'fi' | 'sv' | 'en';
export type Visibility = 'private' | 'network' | 'public';

const REPORT_COLUMNS = [
  'id',
  'scopeKind',
  'scopeId',
  'scopeName',
  'language',
  'version',
  'generatedAt',
  'publishedAt',
  'publishedBy',
  'workspaceId',
  'visibility',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
] as const;

export type ReportRow = {
  id: string;
  scopeKind: ScopeKind;
  scopeId: string;
  scopeName: string;
  language: Language;
  version: number;
  generatedAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
  workspaceId: string;
  visibility: Visibility;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
};
export type ReportWithContent = ReportRow & { content: ReportContent };

export type NewReport = Pick<
  ReportRow,
  'scopeKind' | 'scopeId' | 'scopeName' | 'language' | 'workspaceId' | 'visibility' | 'createdBy'
> & { content: ReportContent; at: Date };

export async function insertReport(db: Database, r: NewReport): Promise<ReportWithContent> {
  const { at, content, ...rest } = r;
  return (await db
    .insertInto('pictureReports')
    .values({
      ...rest,
      content: JSON.stringify(content),
      generatedAt: at,
      createdAt: at,
      updatedAt: at,
      updatedBy: r.createdBy,
    })
    .returning([...REPORT_COLUMNS, 'content'])
    .executeTakeFirstOrThrow()) as ReportWithContent;
}

/** A report by id, whoever may read it (the service decides); locked for a write when asked. */
export async function findReport(db: Database, id: string, lock = false) {
  if (!isUuid(id)) return undefined;
  let q = db
    .selectFrom('pictureReports')
    .select([...REPORT_COLUMNS, 'content'])
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && ({ ...row, content: storedContent(row.content) } as ReportWithContent);
}

export async function listReports(
  db: Database,
  caller: Caller,
  filter: { scope?: ScopeKind; scopeId?: string },
) {
  let q = applyVisibility(db.selectFrom('pictureReports').select(REPORT_COLUMNS), caller);
  if (filter.scope) q = q.where('scopeKind', '=', filter.scope);
  if (filter.scopeId) q = q.where('scopeId', '=', filter.scopeId);
  return (await q.orderBy('scopeName').orderBy('language').limit(500).execute()) as ReportRow[];
}

export type ReportUpdate = {
  content: ReportContent;
  version: number;
  by: string;
  at: Date;
  generatedAt?: Date;
  published?: { at: Date; by: string } | null;
};

export async function updateReport(db: Database, id: string, u: ReportUpdate): Promise<ReportWithContent> {
  return (await db
    .updateTable('pictureReports')
    .set({
      content: JSON.stringify(u.content),
      version: u.version,
      updatedBy: u.by,
      updatedAt: u.at,
      ...(u.generatedAt ? { generatedAt: u.generatedAt } : {}),
      ...(u.published !== undefined
        ? { publishedAt: u.published?.at ?? null, publishedBy: u.published?.by ?? null }
        : {}),
    })
    .where('id', '=', id)
    .returning([...REPORT_COLUMNS, 'content'])
    .executeTakeFirstOrThrow()) as ReportWithContent;
}

export type VersionChange = Record<string, unknown> & { action: string };

export async function insertVersion(
  db: Database,
  v: {
    reportId: string;
    version: number;
    content: ReportContent;
    change: VersionChange;
    by: string;
    at: Date;
  },
) {
  await db
    .insertInto('pictureReportVersions')
    .values({
      reportId: v.reportId,
      version: v.version,
      content: JSON.stringify(v.content),
      change: JSON.stringify(v.change),
      createdBy: v.by,
      createdAt: v.at,
    })
    .execute();
}

/** The history, newest first. */
export async function listVersions(db: Database, reportId: string) {
  return db
    .selectFrom('pictureReportVersions')
    .select(['version', 'change', 'createdAt', 'createdBy'])
    .where('reportId', '=', reportId)
    .orderBy('version', 'desc')
    .execute();
}

/** The display names of the users behind `user:<id>` labels (never their addresses). */
export async function displayNames(db: Database, labels: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(labels.map((l) => l.slice('user:'.length)).filter(isUuid))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute();
  return new Map(rows.filter((r) => r.displayName).map((r) => [`user:${r.id}`, r.displayName!]));
}

export async function findVersion(db: Database, reportId: string, version: number) {
  return db
    .selectFrom('pictureReportVersions')
    .select(['version', 'content', 'change', 'createdAt', 'createdBy'])
    .where('reportId', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function removeReport(db: Database, id: string) {
  await db.deleteFrom('pictureReports').where('id', '=', id).execute();
}
