import { api, records, type BodyOf, type Schema } from '../../api/client';

export type Report = Schema<'PictureReport'>;
export type ReportSummary = Schema<'PictureReportSummary'>;
export type Section = Schema<'ReportSection'>;
export type Proposal = Schema<'ReportProposal'>;
export type Change = Schema<'ReportChange'>;
export type Version = Schema<'PictureReportVersion'>;
export type Evidence = Schema<'FindingEvidence'>;
export type NewReport = BodyOf<'/picture-reports'>;
type IntoStrategy = Omit<Schema<'ProposalIntoStrategy'>, 'version'>;

export const loadReports = (query: { scope?: NewReport['scope']; scopeId?: string }, signal?: AbortSignal) =>
  api.get('/picture-reports', { query, signal }).then((r) => r.data);

export const loadReport = (id: string, signal?: AbortSignal) =>
  api.get('/picture-reports/{id}', { path: { id }, signal });

export const createReport = (body: NewReport, workspace: string) =>
  api.send('POST', '/picture-reports', { body, query: { workspace } });

/** One save: sent with the version the page shows, so a save over someone else's is refused. */
export const saveChange = (report: Report, change: Change) =>
  api.send('POST', '/picture-reports/{id}/changes', {
    path: { id: report.id },
    body: { version: report.version, change },
  });

export const recompute = (report: Report) =>
  api.send('POST', '/picture-reports/{id}/recompute', { path: { id: report.id } });

export const setPublished = (report: Report, published: boolean) =>
  api.send('POST', '/picture-reports/{id}/publication', {
    path: { id: report.id },
    body: { version: report.version, published },
  });

export const loadVersions = (id: string, signal?: AbortSignal) =>
  api.get('/picture-reports/{id}/versions', { path: { id }, signal }).then((r) => r.data);

export const intoStrategy = (report: Report, key: string, body: IntoStrategy) =>
  api.send('POST', '/picture-reports/{id}/proposals/{key}/strategy', {
    path: { id: report.id, key },
    body: { version: report.version, ...body },
  });

const OWNER = { municipality: 'municipalityCode', ecosystem: 'ecosystemId', network: 'networkId' } as const;

/** The strategies of the report's own scope, the only ones a proposal can go into. */
export function loadScopeStrategies(report: Report) {
  if (report.scopeKind === 'region') return Promise.resolve([]);
  return records.all('strategies', { scope: report.scopeKind, [OWNER[report.scopeKind]]: report.scopeId });
}

/** The edited report as a file: the editors' text over today's figures, in the report's language. */
export const reportFileUrl = (id: string, format: 'docx' | 'pdf' | 'xlsx' | 'html') =>
  `/api/v1/picture-reports/${encodeURIComponent(id)}/file?format=${format}`;
