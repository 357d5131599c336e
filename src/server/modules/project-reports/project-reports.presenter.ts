/** What leaves the server of a project report: the draft, its sections and the data of its period. */
import { z } from 'zod';
import {
  PROJECT_REPORT_LANGUAGES,
  PROJECT_REPORT_TEMPLATES,
  REPORT_SECTIONS,
  projectReportData,
  reportTexts,
  type ProjectReportData,
} from '../../../domain/project-reports.js';
import type { Caller } from '../../auth/caller.js';
import { canWrite } from '../../auth/visibility.js';
import type { ReportRow } from './project-reports.repository.js';

export const reportSummarySchema = z
  .object({
    id: z.uuid(),
    projectId: z.uuid(),
    template: z.enum(PROJECT_REPORT_TEMPLATES),
    lang: z.enum(PROJECT_REPORT_LANGUAGES),
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'ProjectReportSummary' });

export const reportSchema = reportSummarySchema
  .extend({
    texts: reportTexts,
    omitted: z.array(z.string()),
    sections: z.array(z.object({ key: z.string(), blocks: z.array(z.string()) })),
    data: projectReportData,
  })
  .meta({ id: 'ProjectReport' });

export const presentSummary = (row: ReportRow, caller: Caller) => ({
  id: row.id,
  projectId: row.projectId,
  template: row.template,
  lang: row.lang,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  updatedAt: new Date(row.updatedAt).toISOString(),
  updatedBy: row.updatedBy,
  canEdit: canWrite(caller, row.workspaceId),
});

export const presentReport = (row: ReportRow, data: ProjectReportData, caller: Caller) => ({
  ...presentSummary(row, caller),
  texts: row.texts,
  omitted: row.omitted,
  sections: REPORT_SECTIONS[row.template].map((s) => ({ key: s.key, blocks: [...s.blocks] })),
  data,
});
