import { api, type BodyOf, type Schema } from '../../api/client';

export type ProjectReport = Schema<'ProjectReport'>;
export type ReportData = ProjectReport['data'];
export type NewReport = BodyOf<'/projects/{id}/reports'>;
export type ReportChange = BodyOf<'/project-reports/{id}', 'patch'>;

export const createReport = (projectId: string, body: NewReport) =>
  api.send('POST', '/projects/{id}/reports', { path: { id: projectId }, body });

export const loadReport = (id: string, signal?: AbortSignal) =>
  api.get('/project-reports/{id}', { path: { id }, signal });

export const saveReport = (id: string, body: ReportChange) =>
  api.send('PATCH', '/project-reports/{id}', { path: { id }, body });

export const deleteReport = (id: string) => api.send('DELETE', '/project-reports/{id}', { path: { id } });

export const reportFileUrl = (id: string, format: 'docx' | 'xlsx') =>
  api.url('/project-reports/{id}/file', { path: { id }, query: { format } });
