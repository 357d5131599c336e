import { z } from 'zod';
import { presentToken, type TokenRow } from '../tokens/tokens.presenter.js';
import type { Participation } from '../workshops/participations.service.js';

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

type Details = {
  id: string;
  email: string;
  displayName: string | null;
  isAdmin: boolean;
  totpEnabledAt: Date | null;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
};
type Membership = { id: string; slug: string; nameFi: string; role: string };

/** A signed-in user's account as the account services load it. */
export type Account = { user: Details; workspaces: Membership[]; coordinatedNetworkIds: string[] };

const identity = (user: Details) => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  isAdmin: user.isAdmin,
});

/** Who is asking (null: nobody signed in), and the CSRF token their browser sends with writes. */
export function presentMe(account: Account | null, csrfToken: string | null): z.infer<typeof meSchema> {
  if (!account) return { user: null, workspaces: [], coordinatedNetworkIds: [], csrfToken: null };
  const { user } = account;
  return {
    user: { ...identity(user), totpEnabled: Boolean(user.totpEnabledAt) },
    workspaces: account.workspaces.map((w) => ({ id: w.id, slug: w.slug, nameFi: w.nameFi, role: w.role })),
    coordinatedNetworkIds: account.coordinatedNetworkIds,
    csrfToken,
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export type OwnData = Account & {
  apiTokens: TokenRow[];
  audit: { at: Date; action: string; entity: string | null; entityId: string | null; outcome: string }[];
  workshops: Participation[];
};

/** Everything kept about one's own account, dates as ISO text; secrets were never loaded. */
export function presentOwnData(data: OwnData) {
  const { user } = data;
  return {
    user: {
      ...identity(user),
      totpEnabledAt: iso(user.totpEnabledAt),
      disabledAt: iso(user.disabledAt),
      lastLoginAt: iso(user.lastLoginAt),
      createdAt: iso(user.createdAt),
    },
    memberships: data.workspaces.map((w) => ({ slug: w.slug, nameFi: w.nameFi, role: w.role })),
    coordinatedNetworkIds: data.coordinatedNetworkIds,
    apiTokens: data.apiTokens.map(presentToken),
    audit: data.audit.map((a) => ({ ...a, at: iso(a.at) })),
    workshops: data.workshops.map((w) => ({
      ...w,
      consentedAt: iso(w.consentedAt),
      ideas: w.ideas.map((i) => ({ ...i, createdAt: iso(i.createdAt) })),
    })),
  };
}
