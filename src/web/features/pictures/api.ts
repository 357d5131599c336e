import { api, type BodyOf, type Schema } from '../../api/client';
import { PICTURE_SCOPES } from '../../../domain/pictures';
import type { Lang } from '../../i18n/lang';

export type Picture = Schema<'Picture'>;
export type PictureChange = Schema<'PictureChange'>;
export { PICTURE_SCOPES };
export type PictureScope = (typeof PICTURE_SCOPES)[number];
export const isPictureScope = (value: string | undefined): value is PictureScope =>
  PICTURE_SCOPES.includes(value as PictureScope);

export type Snapshot = Schema<'PictureSnapshot'>;
export type Proposal = Schema<'PictureProposal'>;
/** The six texts of a proposal as its form gives them. */
export type ProposalFields = Required<
  Pick<BodyOf<'/picture-proposals'>, 'titleFi' | 'titleSv' | 'titleEn' | 'bodyFi' | 'bodySv' | 'bodyEn'>
>;

const scopeParams = (scope: PictureScope, id: string) => ({ scope, id });

export const loadPicture = (scope: PictureScope, id: string, signal?: AbortSignal) =>
  api.get('/pictures', { query: scopeParams(scope, id), signal });

export const loadSnapshots = (scope: PictureScope, scopeId: string, signal?: AbortSignal) =>
  api.get('/pictures/snapshots', { query: { scope, scopeId }, signal }).then((r) => r.items);

export const saveSnapshot = (scope: PictureScope, id: string, workspace: string) =>
  api.send('POST', '/pictures/snapshots', { query: { ...scopeParams(scope, id), workspace } });

export const loadChanges = (scope: PictureScope, id: string, since: string, signal?: AbortSignal) =>
  api.get('/pictures/changes', { query: { ...scopeParams(scope, id), since }, signal });

/** Proposals are stored under the scope's own id (a network's or ecosystem's uuid, a code otherwise). */
export const loadProposals = (scope: PictureScope, scopeId: string) =>
  api.getAll('/picture-proposals', { query: { scopeKind: scope, scopeId, sort: 'position' } });

export const createProposal = (scope: PictureScope, scopeId: string, workspace: string, f: ProposalFields) =>
  api.send('POST', '/picture-proposals', { body: { ...f, scopeKind: scope, scopeId }, query: { workspace } });

export const updateProposal = (id: string, f: ProposalFields) =>
  api.send('PATCH', '/picture-proposals/{id}', { path: { id }, body: f });

export const deleteProposal = (id: string) => api.send('DELETE', '/picture-proposals/{id}', { path: { id } });

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'html'] as const;

/** The report in the page's language: a plain link, so the browser downloads (or prints) it. */
export const reportUrl = (
  scope: PictureScope,
  id: string,
  format: (typeof REPORT_FORMATS)[number],
  lang: Lang,
) => api.url('/pictures/report', { query: { ...scopeParams(scope, id), format, lang } });
