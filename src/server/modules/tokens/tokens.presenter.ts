import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { ApiTokens } from '../../db/schema.js';

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.string()),
    workspaceId: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

/** A token as it is shown: never its hash, nor (but once, at its creation) its secret. */
export type TokenRow = Omit<Selectable<ApiTokens>, 'tokenHash' | 'userId'>;

export const presentToken = (r: TokenRow): z.infer<typeof tokenSchema> => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes,
  workspaceId: r.workspaceId,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  expiresAt: r.expiresAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});
