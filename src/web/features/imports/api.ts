import type { EncodingChoice } from '../../../formats/encoding';
import { api, type Schema } from '../../api/client';

/** What the user imports: a YTJ JSON file (organisations) or a table of one of the entities. */
export const IMPORT_KINDS = ['ytj', 'organisations', 'people', 'relations', 'competences', 'events'] as const;
export type ImportKindChoice = (typeof IMPORT_KINDS)[number];
export const RUN_STATES = [
  'dry_run',
  'running',
  'done',
  'failed',
] as const satisfies readonly ImportRun['state'][];
/** The encodings a CSV file may be read in; the user chooses between the first two when asked. */
export const RUN_ENCODINGS = [
  'utf-8',
  'windows-1252',
  'utf-16le',
] as const satisfies readonly ImportRun['encoding'][];
export { ENCODING_CHOICES, type EncodingChoice } from '../../../formats/encoding';
/** Reasons with which the server asks the user to choose the encoding. */
export const ENCODING_QUESTIONS: readonly string[] = ['encoding_unclear', 'invalid_utf8'];

/** The server's limit for one upload (imports.routes.ts); checked here before anything is sent. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * A bad row: the reason as a stable code with its values. A stored run may carry a code this build
 * does not know, or none (stored before codes existed), so the code is any text here.
 */
export type RunError = Omit<Schema<'ImportRun'>['errors'][number], 'code'> & { code?: string };
export type ColumnSuggestion = { index: number; header: string; field: string | null };
export type RunMapping = {
  used: (string | null)[] | null;
  suggestion: { mapping: (string | null)[]; columns: ColumnSuggestion[]; missing: string[] };
};

/**
 * An import run. The document leaves its column mapping open (the server's schema is `z.unknown()`),
 * so the mapping's shape is stated here (`RunMapping`) and taken on trust in `withMapping`.
 */
export type ImportRun = Omit<Schema<'ImportRun'>, 'mapping' | 'errors'> & {
  errors: RunError[];
  mapping: RunMapping | null;
};
const withMapping = (run: Schema<'ImportRun'>): ImportRun => ({
  ...run,
  mapping: (run.mapping ?? null) as RunMapping | null,
});

export type ImportVisibility = 'private' | 'network' | 'public';

/** The visibilities new records of an import may get: personal data is never public. */
export const importVisibilities = (kind: ImportKindChoice): readonly ImportVisibility[] =>
  kind === 'people' ? ['private', 'network'] : ['private', 'network', 'public'];

/** What the form offers first: register data is public, people's data stays in the workspace. */
export const defaultVisibility = (kind: ImportKindChoice): ImportVisibility =>
  kind === 'ytj' ? 'public' : kind === 'people' ? 'private' : 'network';

export type ImportChoice = {
  kind: ImportKindChoice;
  file: File;
  /** The visibility of the records the import creates, as the form says. */
  visibility: ImportVisibility;
  workspace?: string;
  mapping?: (string | null)[];
  skip?: number[];
  encoding?: EncodingChoice;
};

const entityOf = (kind: ImportKindChoice) => (kind === 'ytj' ? 'organisations' : kind);

/** The query of an upload: what the file holds, where and how visible its records go. */
export const importQuery = (choice: Omit<ImportChoice, 'file'>, dryRun: boolean) =>
  ({
    entity: entityOf(choice.kind),
    dryRun: dryRun ? 'true' : 'false',
    workspace: choice.workspace,
    visibility: choice.visibility,
    encoding: choice.encoding,
  }) as const;

/** A dry run (nothing written) or the import itself, of the chosen file. */
export function uploadImport(choice: ImportChoice, dryRun: boolean): Promise<ImportRun> {
  const form = new FormData();
  form.append('file', choice.file, choice.file.name);
  if (choice.mapping) form.append('mapping', JSON.stringify(choice.mapping));
  if (choice.skip?.length) form.append('skip', JSON.stringify(choice.skip));
  return api.sendForm('/imports', form, { query: importQuery(choice, dryRun) }).then(withMapping);
}

export const loadRuns = (signal: AbortSignal) =>
  api.get('/imports', { query: { limit: 50 }, signal }).then((r) => r.items.map(withMapping));

export const loadRun = (id: string, signal?: AbortSignal) =>
  api.get('/imports/{id}', { path: { id }, signal }).then(withMapping);

export type YtjHit = Schema<'YtjCompany'>;

export const lookupYtj = (businessId: string) =>
  api.get('/ytj/lookup', { query: { businessId } }).then((r) => r.companies);

export const importFromYtj = (businessId: string, visibility: ImportVisibility, workspace?: string) =>
  api.send('POST', '/ytj/import', { body: { businessId, workspace, visibility } }).then(withMapping);
