import { z } from 'zod';

/** The rows of the admin's link lists, as they leave the server. */
export const memberSchema = z.object({ userId: z.string(), email: z.string(), role: z.string() });
export const workspaceNetworkSchema = z.object({
  networkId: z.string(),
  slug: z.string(),
  nameFi: z.string(),
});
export const coordinatorSchema = z.object({ userId: z.string(), email: z.string() });

export const presentMember = (r: z.infer<typeof memberSchema>) => ({
  userId: r.userId,
  email: r.email,
  role: r.role,
});
export const presentWorkspaceNetwork = (r: z.infer<typeof workspaceNetworkSchema>) => ({
  networkId: r.networkId,
  slug: r.slug,
  nameFi: r.nameFi,
});
export const presentCoordinator = (r: z.infer<typeof coordinatorSchema>) => ({
  userId: r.userId,
  email: r.email,
});
