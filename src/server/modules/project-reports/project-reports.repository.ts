/** Project report drafts and the project they report on: the SQL only; the service decides access. */
import type { ProjectReportTemplate, ReportTexts } from '../../../domain/project-reports.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

const PROJECT_COLUMNS = [
  'id',
  'slug',
  'nameFi',
  'nameSv',
  'nameEn',
  'programme',
  'fundingCallId',
  'networkId',
  'ecosystemId',
  'startOn',
  'endOn',
  'budgetEur',
  'status',
  'workspaceId',
  'visibility',
] as const;

export type ProjectRow = {
  id: string;
  slug: string | null;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  programme: string | null;
  fundingCallId: string | null;
  networkId: string | null;
  ecosystemId: string | null;
  startOn: string | null;
  endOn: string | null;
  budgetEur: string | number | null;
  status: string;
  workspaceId: string;
  visibility: string;
};

/** A project by its id or its slug. */
export async function findProject(db: Database, idOrSlug: string) {
  const q = db.selectFrom('projects').select(PROJECT_COLUMNS);
  const row = await (
    isUuid(idOrSlug) ? q.where('id', '=', idOrSlug) : q.where('slug', '=', idOrSlug)
  ).executeTakeFirst();
  return row as ProjectRow | undefined;
}

const REPORT_COLUMNS = [
  'id',
  'projectId',
  'workspaceId',
  'visibility',
  'template',
  'periodStart',
  'periodEnd',
  'lang',
  'texts',
  'omitted',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
] as const;

export type ReportRow = {
  id: string;
  projectId: string;
  workspaceId: string;
  visibility: string;
  template: ProjectReportTemplate;
  periodStart: string;
  periodEnd: string;
  lang: 'fi' | 'sv' | 'en';
  texts: ReportTexts;
  omitted: string[];
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
};

const asRow = (r: unknown) => {
  const row = r as ReportRow;
  return { ...row, periodStart: String(row.periodStart), periodEnd: String(row.periodEnd) };
};

export async function listReports(db: Database, caller: Caller, projectId: string) {
  const q = db
    .selectFrom('projectReports as r')
    .select(REPORT_COLUMNS.map((c) => `r.${c}` as const))
    .where('r.projectId', '=', projectId)
    .orderBy('r.periodStart', 'desc')
    .orderBy('r.updatedAt', 'desc');
  return (await applyVisibility(q, caller, 'r').execute()).map(asRow);
}

export async function findReport(db: Database, id: string, lock = false) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('projectReports').select(REPORT_COLUMNS).where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? asRow(row) : undefined;
}

export type NewReport = Pick<
  ReportRow,
  'projectId' | 'workspaceId' | 'visibility' | 'template' | 'periodStart' | 'periodEnd' | 'lang' | 'texts'
>;

export async function insertReport(db: Database, values: NewReport, by: string) {
  const row = await db
    .insertInto('projectReports')
    .values({ ...values, texts: JSON.stringify(values.texts), createdBy: by, updatedBy: by })
    .returning(REPORT_COLUMNS)
    .executeTakeFirstOrThrow();
  return asRow(row);
}

export async function updateReport(
  db: Database,
  id: string,
  change: { texts?: ReportTexts; omitted?: string[] },
  by: string,
) {
  const row = await db
    .updateTable('projectReports')
    .set({
      ...(change.texts ? { texts: JSON.stringify(change.texts) } : {}),
      ...(change.omitted ? { omitted: JSON.stringify(change.omitted) } : {}),
      updatedAt: new Date(),
      updatedBy: by,
    })
    .where('id', '=', id)
    .returning(REPORT_COLUMNS)
    .executeTakeFirstOrThrow();
  return asRow(row);
}

export async function removeReport(db: Database, id: string) {
  await db.deleteFrom('projectReports').where('id', '=', id).execute();
}
