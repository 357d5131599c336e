import { api, type BodyOf, type Schema } from '../../api/client';

export type ProjectReport = Schema<'ProjectReport'>;
export type ProjectReportSummary = Schema<'ProjectReportSummary'>;
export type ReportData = ProjectReport['data'];
export type NewReport = BodyOf<'/projects/{id}/reports'>;
export type ReportChange = BodyOf<'/project-reports/{id}', 'patch'>;

export const loadReports = (projectId: string, signal?: AbortSignal) =>
  api.get('/projects/{id}/reports', { path: { id: projectId }, signal });

export const createReport = (projectId: string, body: NewReport) =>
  api.send('POST', '/projects/{id}/reports', { path: { id: projectId }, body });

export const loadReport = (id: string, signal?: AbortSignal) =>
  api.get('/project-reports/{id}', { path: { id }, signal });

export const saveReport = (id: string, body: ReportChange) =>
  api.send('PATCH', '/project-reports/{id}', { path: { id }, body });

export const reportFileUrl = (id: string, format: 'docx' | 'xlsx') =>
  api.url('/project-reports/{id}/file', { path: { id }, query: { format } });
