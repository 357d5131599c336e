/** What an import run looks like outside the server: its vocabulary, its schema and its presenter. */
import { z } from 'zod';
import { ROW_ERROR_CODES, type RowErrorCode, type RowErrorParams } from '../../../formats/tabular/index.js';
import type { RunRow } from './runs.repository.js';

export const IMPORT_KINDS = ['ytj', 'csv', 'xlsx'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type RunState = 'dry_run' | 'running' | 'done' | 'failed';

/** A bad row: its line (CSV line, Excel row, or position in a YTJ file), column and reason. */
export type ImportError = {
  line: number | null;
  column: string | null;
  field?: string | null;
  code: RowErrorCode;
  params: RowErrorParams;
  message: string;
};
export type ImportCounts = {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
};

export const importRunSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    visibility: z.enum(['private', 'network', 'public']),
    kind: z.enum(IMPORT_KINDS),
    entity: z.string(),
    fileName: z.string().nullable(),
    state: z.enum(['dry_run', 'running', 'done', 'failed']),
    counts: z.object({
      rows: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      failed: z.number().int(),
    }),
    errors: z.array(
      z.object({
        line: z.number().int().nullable(),
        column: z.string().nullable(),
        field: z.string().nullable().optional(),
        code: z.enum(ROW_ERROR_CODES).optional().meta({
          description:
            'What is wrong, as a stable code (see docs/formats.md); runs stored before codes existed have none',
        }),
        params: z
          .record(z.string(), z.union([z.string(), z.number()]))
          .optional()
          .meta({
            description: "Values the code's text names, e.g. { value: '1234567-2' } or { field, maximum }",
          }),
        message: z.string().meta({ description: 'The reason in English' }),
      }),
    ),
    mapping: z.unknown().nullable().meta({
      description: 'The column mapping used and the one suggested from the headers (spreadsheets only)',
    }),
    encoding: z
      .enum(['utf-8', 'windows-1252', 'utf-16le'])
      .nullable()
      .meta({
        description:
          'The character encoding a CSV file was read in: from its byte order mark, valid UTF-8 throughout, ' +
          '8-bit text without UTF-8 (Windows-1252), or the encoding parameter; null for other files',
      }),
    message: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportRun' });
export type ImportRun = z.infer<typeof importRunSchema>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A stored run as the API shows it; the database checks state, kind and visibility against their lists. */
export function presentRun(r: RunRow): ImportRun {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    visibility: r.visibility as ImportRun['visibility'],
    kind: r.kind as ImportKind,
    entity: r.entity,
    fileName: r.fileName ?? null,
    state: r.state as RunState,
    counts: {
      rows: Number(r.rowCount),
      created: Number(r.createdCount),
      updated: Number(r.updatedCount),
      unchanged: Number(r.unchangedCount),
      failed: Number(r.failedCount),
    },
    // An erasure (GDPR) empties a jsonb payload that mentions the person to {}: read that as no rows.
    errors: Array.isArray(r.errors) ? (r.errors as ImportError[]) : [],
    mapping: r.mapping ?? null,
    encoding: (r.encoding as ImportRun['encoding'] | null) ?? null,
    message: r.message ?? null,
    createdBy: r.createdBy,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
    finishedAt: iso(r.finishedAt),
  };
}
