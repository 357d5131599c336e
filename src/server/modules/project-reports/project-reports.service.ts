/**
 * Project reports (issue 16): a draft per project, template, period and language, written by the
 * project's workspace's editors and read (and downloaded) by whoever may read the project's workspace.
 * The figures are read from the data every time; the draft keeps the texts and what was left out.
 * Every write is one transaction with its audit entry.
 */
import type {
  ProjectReportCreate,
  ProjectReportData,
  ProjectReportUpdate,
} from '../../../domain/project-reports.js';
import { CONTENT_TYPES } from '../../../reports/picture-report.js';
import {
  projectReportDocx,
  projectReportXlsx,
  reportFileName,
  starterTexts,
  type ProjectReportFormat,
} from '../../../reports/project-report.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { readableRecord, writableRecord } from '../../auth/record-access.js';
import { canWrite } from '../../auth/visibility.js';
import { inTransaction, type Database } from '../../db/database.js';
import * as data from './project-reports.data.js';
import * as strategies from './project-reports.strategies.js';
import { workshopsBlock } from './project-reports.workshops.js';
import * as repo from './project-reports.repository.js';

const ENTITY = 'project-reports';
const PROJECT = { entity: 'projects', name: 'Project' };
const REPORT = { entity: ENTITY, name: 'Project report' };

const logged =
  (caller: Caller, action: string, row: repo.ReportRow, now: Date, detail?: object) => (db: Database) =>
    audit(
      db,
      caller,
      {
        action,
        entity: ENTITY,
        entityId: row.id,
        workspaceId: row.workspaceId,
        outcome: 'ok',
        detail: detail as Record<string, unknown> | undefined,
      },
      now,
    );

async function readableProject(db: Database, caller: Caller, idOrSlug: string) {
  return readableRecord(db, caller, await repo.findProject(db, idOrSlug), PROJECT);
}

/**
 * Everything the data says about the project in the period, in the report's language: the blocks do
 * not depend on each other and are read side by side.
 */
export async function reportData(
  db: Database,
  caller: Caller,
  project: repo.ProjectRow,
  p: data.Period,
  lang: 'fi' | 'sv' | 'en',
): Promise<ProjectReportData> {
  const [scopes, roles] = await Promise.all([
    data.scopesOf(db, project),
    data.rolesBlock(db, caller, project.id, lang),
  ]);
  const linked = await strategies.strategiesOf(db, caller, project, scopes);
  const [facts, events, workshops, mapping, pictures, goals, actions, contacts] = await Promise.all([
    data.projectBlock(db, project, roles, lang),
    data.eventsBlock(db, caller, project.id, p, lang),
    workshopsBlock(db, caller, project.id, linked, p, lang),
    data.mappingBlock(db, caller, scopes, p, lang),
    data.picturesBlock(db, caller, scopes, p, lang),
    strategies.goalsBlock(db, caller, linked, p, lang),
    strategies.actionsBlock(db, caller, linked, project.id, lang),
    data.contactsBlock(db, caller, project.workspaceId, p, lang),
  ]);
  return { project: facts, roles, events, workshops, mapping, pictures, goals, actions, contacts };
}

export async function listReports(db: Database, caller: Caller, projectIdOrSlug: string) {
  const project = await readableProject(db, caller, projectIdOrSlug);
  const reports = await repo.listReports(db, caller, project.id);
  return { project, reports, canCreate: canWrite(caller, project.workspaceId) };
}

/** A new draft, its texts started from the data; only the project's workspace's editors make one. */
export async function createReport(
  db: Database,
  caller: Caller,
  projectIdOrSlug: string,
  input: ProjectReportCreate,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const project = await writableRecord(
      trx,
      caller,
      await repo.findProject(trx, projectIdOrSlug),
      PROJECT,
      'create',
    );
    const facts = await reportData(trx, caller, project, input, input.lang);
    const row = await repo.insertReport(
      trx,
      {
        ...input,
        projectId: project.id,
        workspaceId: project.workspaceId,
        visibility: 'private',
        texts: starterTexts(input.template, facts, input.lang),
      },
      caller.label,
    );
    await logged(caller, 'create', row, now, { template: row.template, lang: row.lang })(trx);
    return row;
  });
}

/** A draft with its project and the data of its period. */
export async function readReport(db: Database, caller: Caller, id: string) {
  const row = await readableRecord(db, caller, await repo.findReport(db, id), REPORT);
  const project = (await repo.findProject(db, row.projectId))!;
  return { row, facts: await reportData(db, caller, project, row, row.lang) };
}

export async function updateReport(
  db: Database,
  caller: Caller,
  id: string,
  change: ProjectReportUpdate,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const found = await writableRecord(trx, caller, await repo.findReport(trx, id, true), REPORT, 'update');
    const texts = change.texts ? { ...found.texts, ...change.texts } : undefined;
    const row = await repo.updateReport(trx, id, { texts, omitted: change.omitted }, caller.label);
    await logged(caller, 'update', row, now, { fields: Object.keys(change) })(trx);
    return row;
  });
}

export async function deleteReport(db: Database, caller: Caller, id: string, now: Date) {
  await inTransaction(db, async (trx) => {
    const row = await writableRecord(trx, caller, await repo.findReport(trx, id, true), REPORT, 'delete');
    await repo.removeReport(trx, id);
    await logged(caller, 'delete', row, now)(trx);
  });
}

/** The draft as Word or Excel, its data read now; the download is audited as a read of the report. */
export async function reportFile(
  db: Database,
  caller: Caller,
  id: string,
  format: ProjectReportFormat,
  now: Date,
) {
  const { row, facts } = await readReport(db, caller, id);
  const draft = { ...row, facts };
  const body = await (format === 'xlsx' ? projectReportXlsx(draft) : projectReportDocx(draft));
  await logged(caller, 'export', row, now, { format })(db);
  return { body, contentType: CONTENT_TYPES[format], fileName: reportFileName(draft, format) };
}
