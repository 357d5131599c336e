import type { TFunction } from 'i18next';
import { api, type Schema } from '../api/client';
import { label } from '../i18n/dynamic';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/lang';

/** What a project's page and its reports page both show of a report: its title, period and address. */
export type ProjectReportSummary = Schema<'ProjectReportSummary'>;

/** A project's reports, the latest period first, and whether the caller may start one. */
export const loadReports = (projectId: string, signal?: AbortSignal) =>
  api.get('/projects/{id}/reports', { path: { id: projectId }, signal });

/** The period in the reader's dates, such as 1.1.2026–30.6.2026. */
export const reportPeriod = (r: ProjectReportSummary, lang: Lang) =>
  `${formatDate(r.periodStart, lang)}–${formatDate(r.periodEnd, lang)}`;

/** A report named by its template and period. */
export const reportTitle = (r: ProjectReportSummary, t: TFunction, lang: Lang) =>
  `${label(t, 'reportTemplate', r.template)}, ${reportPeriod(r, lang)}`;

export const reportPath = (r: ProjectReportSummary, lang: Lang) => `/${lang}/project-reports/${r.id}`;
