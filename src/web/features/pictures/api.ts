import type { PictureChange } from '../../../analysis/compare';
import type { Picture } from '../../../analysis/picture.schema';
import { get, getAll, query, send } from '../../api/client';
import type { Lang } from '../../i18n/lang';

export type { Picture, PictureChange };
export const PICTURE_SCOPES = ['ecosystem', 'municipality', 'region', 'network'] as const;
export type PictureScope = (typeof PICTURE_SCOPES)[number];
export const isPictureScope = (value: string | undefined): value is PictureScope =>
  PICTURE_SCOPES.includes(value as PictureScope);

export type Snapshot = { id: string; takenOn: string; createdBy: string; visibility: string };
export type Proposal = {
  id: string;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  bodyFi: string | null;
  bodySv: string | null;
  bodyEn: string | null;
  position: number | null;
  workspaceId: string;
};
export type ProposalFields = Pick<
  Proposal,
  'titleFi' | 'titleSv' | 'titleEn' | 'bodyFi' | 'bodySv' | 'bodyEn'
>;

const scopeParams = (scope: PictureScope, id: string) => ({ scope, id });

export const loadPicture = (scope: PictureScope, id: string, signal?: AbortSignal) =>
  get<Picture>('/pictures', scopeParams(scope, id), signal);

export const loadSnapshots = (scope: PictureScope, scopeId: string, signal?: AbortSignal) =>
  get<{ items: Snapshot[] }>('/pictures/snapshots', { scope, scopeId }, signal).then((r) => r.items);

export const saveSnapshot = (scope: PictureScope, id: string, workspace: string) =>
  send<Snapshot>('POST', '/pictures/snapshots', undefined, { ...scopeParams(scope, id), workspace });

export const loadChanges = (scope: PictureScope, id: string, since: string, signal?: AbortSignal) =>
  get<PictureChange>('/pictures/changes', { ...scopeParams(scope, id), since }, signal);

/** Proposals are stored under the scope's own id (a network's or ecosystem's uuid, a code otherwise). */
export const loadProposals = (scope: PictureScope, scopeId: string) =>
  getAll<Proposal>('/picture-proposals', { scopeKind: scope, scopeId, sort: 'position' });

export const createProposal = (scope: PictureScope, scopeId: string, workspace: string, f: ProposalFields) =>
  send<Proposal>('POST', '/picture-proposals', { ...f, scopeKind: scope, scopeId }, { workspace });

export const updateProposal = (id: string, f: ProposalFields) =>
  send<Proposal>('PATCH', `/picture-proposals/${id}`, f);

export const deleteProposal = (id: string) => send<null>('DELETE', `/picture-proposals/${id}`);

export const REPORT_FORMATS = ['docx', 'xlsx', 'html'] as const;

/** The report in the page's language: a plain link, so the browser downloads (or prints) it. */
export const reportUrl = (scope: PictureScope, id: string, format: string, lang: Lang) =>
  `/api/v1/pictures/report${query({ ...scopeParams(scope, id), format, lang })}`;
