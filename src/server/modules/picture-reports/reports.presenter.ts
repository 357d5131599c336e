import { z } from 'zod';
import { SCOPE_KINDS } from '../../../analysis/picture.schema.js';
import type { Caller } from '../../auth/caller.js';
import { canWrite } from '../../auth/visibility.js';
import { reportContentSchema } from './document.js';
import type { ReportRow, ReportWithContent } from './reports.repository.js';

const VISIBILITIES = ['private', 'network', 'public'] as const;

const summaryFields = {
  id: z.string(),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeId: z.string(),
  scopeName: z.string(),
  language: z.enum(['fi', 'sv', 'en']),
  version: z.number().int(),
  generatedAt: z.string().meta({ description: 'When the figures were last recomputed into it' }),
  published: z.object({ at: z.string(), by: z.string() }).nullable(),
  workspaceId: z.string(),
  visibility: z.enum(VISIBILITIES),
  canEdit: z.boolean().meta({ description: 'The caller edits the report’s workspace' }),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const reportSummarySchema = z.object(summaryFields).meta({ id: 'PictureReportSummary' });
export const reportSchema = z
  .object({ ...summaryFields, content: reportContentSchema })
  .meta({ id: 'PictureReport' });

export function presentSummary(row: ReportRow, caller: Caller) {
  return {
    id: row.id,
    scopeKind: row.scopeKind,
    scopeId: row.scopeId,
    scopeName: row.scopeName,
    language: row.language,
    version: row.version,
    generatedAt: row.generatedAt.toISOString(),
    published:
      row.publishedAt && row.publishedBy ? { at: row.publishedAt.toISOString(), by: row.publishedBy } : null,
    workspaceId: row.workspaceId,
    visibility: row.visibility,
    canEdit: canWrite(caller, row.workspaceId),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const presentReport = (row: ReportWithContent, caller: Caller) => ({
  ...presentSummary(row, caller),
  content: row.content,
});

export const versionSchema = z
  .object({
    version: z.number().int(),
    change: z
      .looseObject({
        action: z.string(),
        section: z.string().optional(),
        proposal: z.string().optional(),
      })
      .meta({ description: 'What the save changed: the action and the section or proposal it touched' }),
    createdAt: z.string(),
    author: z.string().nullable().meta({ description: 'The saver’s display name, when they have one' }),
  })
  .meta({ id: 'PictureReportVersion' });

type VersionRow = { version: number; change: unknown; createdAt: Date; createdBy: string };

export const presentVersion = (row: VersionRow, names: Map<string, string>) => ({
  version: row.version,
  change: row.change as z.infer<typeof versionSchema>['change'],
  createdAt: row.createdAt.toISOString(),
  author: names.get(row.createdBy) ?? null,
});
