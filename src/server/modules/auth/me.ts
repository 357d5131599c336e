import { z } from 'zod';
import type { Database } from '../../db/database.js';

export const meSchema = z
  .object({
    user: z
      .object({
        id: z.string(),
        email: z.string(),
        displayName: z.string().nullable(),
        isAdmin: z.boolean(),
        totpEnabled: z.boolean(),
      })
      .nullable(),
    workspaces: z.array(z.object({ id: z.string(), slug: z.string(), nameFi: z.string(), role: z.string() })),
    coordinatedNetworkIds: z.array(z.string()),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });

export async function describeCaller(db: Database, userId: string | null, csrfToken: string | null) {
  if (!userId) return { user: null, workspaces: [], coordinatedNetworkIds: [], csrfToken: null };
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'isAdmin', 'totpEnabledAt'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const workspaces = await db
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspaceId')
    .select(['w.id', 'w.slug', 'w.nameFi', 'm.role'])
    .where('m.userId', '=', userId)
    .orderBy('w.nameFi')
    .execute();
  const coordinated = await db
    .selectFrom('networkCoordinators')
    .select('networkId')
    .where('userId', '=', userId)
    .execute();
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName ?? null,
      isAdmin: Boolean(user.isAdmin),
      totpEnabled: Boolean(user.totpEnabledAt),
    },
    workspaces: workspaces as { id: string; slug: string; nameFi: string; role: string }[],
    coordinatedNetworkIds: coordinated.map((r) => r.networkId),
    csrfToken,
  };
}
