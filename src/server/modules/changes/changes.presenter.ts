import { z } from 'zod';
import { isoOrNull } from '../../resources/presenter.js';
import { SOURCES, type ChangedRow, type Source } from './changes.repository.js';

export const changeSchema = z
  .object({
    entity: z.enum(SOURCES.map((s) => s[0]) as [string, ...string[]]),
    id: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    workspaceId: z.string(),
    created: z.boolean().meta({ description: 'True when the record is new (not edited since)' }),
    changedAt: z.string(),
  })
  .meta({ id: 'Change' });

export type Change = z.infer<typeof changeSchema>;

export function presentChange(entity: Source[0], r: ChangedRow): Change {
  return {
    entity,
    id: r.id,
    nameFi: r.nameFi,
    nameSv: r.nameSv ?? null,
    nameEn: r.nameEn ?? null,
    workspaceId: r.workspaceId,
    created: r.updatedAt.getTime() === r.createdAt.getTime(),
    changedAt: isoOrNull(r.updatedAt)!,
  };
}
