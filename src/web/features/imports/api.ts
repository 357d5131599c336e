import type { EncodingChoice } from '../../../formats/encoding';
import { get, sendForm, send } from '../../api/client';

/** What the user imports: a YTJ JSON file (organisations) or a table of one of the entities. */
export const IMPORT_KINDS = ['ytj', 'organisations', 'people', 'relations', 'competences', 'events'] as const;
export type ImportKindChoice = (typeof IMPORT_KINDS)[number];
export const RUN_STATES = ['dry_run', 'running', 'done', 'failed'] as const;
/** The encodings a CSV file may be read in; the user chooses between the first two when asked. */
export const RUN_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
export { ENCODING_CHOICES, type EncodingChoice } from '../../../formats/encoding';
/** Reasons with which the server asks the user to choose the encoding. */
export const ENCODING_QUESTIONS: readonly string[] = ['encoding_unclear', 'invalid_utf8'];

/** The server's limit for one upload (imports.routes.ts); checked here before anything is sent. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export type RunError = {
  line: number | null;
  column: string | null;
  field?: string | null;
  /** The reason as a stable code with its values (absent in runs stored before codes existed). */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
  /** The reason in English. */
  message: string;
};
export type ColumnSuggestion = { index: number; header: string; field: string | null };
export type RunMapping = {
  used: (string | null)[] | null;
  suggestion: { mapping: (string | null)[]; columns: ColumnSuggestion[]; missing: string[] };
};

export type ImportRun = {
  id: string;
  workspaceId: string;
  kind: 'ytj' | 'csv' | 'xlsx';
  entity: string;
  fileName: string | null;
  state: (typeof RUN_STATES)[number];
  counts: { rows: number; created: number; updated: number; unchanged: number; failed: number };
  errors: RunError[];
  mapping: RunMapping | null;
  /** The encoding a CSV file was read in (null for other files, or when it could not be decided). */
  encoding: (typeof RUN_ENCODINGS)[number] | null;
  message: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
};

export type ImportChoice = {
  kind: ImportKindChoice;
  file: File;
  workspace?: string;
  mapping?: (string | null)[];
  skip?: number[];
  encoding?: EncodingChoice;
};

const entityOf = (kind: ImportKindChoice) => (kind === 'ytj' ? 'organisations' : kind);

/** A dry run (nothing written) or the import itself, of the chosen file. */
export function uploadImport(choice: ImportChoice, dryRun: boolean): Promise<ImportRun> {
  const form = new FormData();
  form.append('file', choice.file, choice.file.name);
  if (choice.mapping) form.append('mapping', JSON.stringify(choice.mapping));
  if (choice.skip?.length) form.append('skip', JSON.stringify(choice.skip));
  return sendForm<ImportRun>('/imports', form, {
    entity: entityOf(choice.kind),
    dryRun: dryRun ? 'true' : 'false',
    workspace: choice.workspace,
    encoding: choice.encoding,
  });
}

export const loadRuns = (signal: AbortSignal) =>
  get<{ items: ImportRun[] }>('/imports', { limit: 50 }, signal).then((r) => r.items);

export const loadRun = (id: string, signal?: AbortSignal) =>
  get<ImportRun>(`/imports/${encodeURIComponent(id)}`, undefined, signal);

export type YtjHit = {
  businessId: string;
  name: string;
  companyFormName: string | null;
  tol2008: string | null;
  postOffice: string | null;
  registrationDate: string | null;
  endDate: string | null;
  active: boolean;
  organisationId: string | null;
};

export const lookupYtj = (businessId: string) =>
  get<{ companies: YtjHit[] }>('/ytj/lookup', { businessId }).then((r) => r.companies);

export const importFromYtj = (businessId: string, workspace?: string) =>
  send<ImportRun>('POST', '/ytj/import', { businessId, workspace });
