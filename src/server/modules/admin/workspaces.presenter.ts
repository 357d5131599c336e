import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Workspaces } from '../../db/schema.js';

export const workspaceSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    organisationId: z.string().nullable(),
  })
  .meta({ id: 'Workspace' });

type WorkspaceRow = Pick<
  Selectable<Workspaces>,
  'id' | 'slug' | 'nameFi' | 'nameSv' | 'nameEn' | 'organisationId'
>;

export const presentWorkspace = (row: WorkspaceRow): z.infer<typeof workspaceSchema> => ({
  id: row.id,
  slug: row.slug,
  nameFi: row.nameFi,
  nameSv: row.nameSv,
  nameEn: row.nameEn,
  organisationId: row.organisationId,
});
