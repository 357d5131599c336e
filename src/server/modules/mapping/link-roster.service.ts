/**
 * The roster as a respondent's personal link may search it, for the name generator and the actor
 * pickers: a respondent has no account, so the link reads what a network partner of the round's
 * workspace would (public organisations and those shared with its networks), never the workspace's
 * private records. Only names, business IDs, towns and kinds leave the server.
 */
import { ANONYMOUS, networkWorkspaces, type Caller } from '../../auth/caller.js';
import { hashToken } from '../../auth/secrets.js';
import type { Database } from '../../db/database.js';
import * as answers from './answers.repository.js';
import { checkLink } from './answers.service.js';
import { findOrganisations } from './link-roster.repository.js';

async function linkReader(db: Database, workspaceId: string): Promise<Caller> {
  const shared = await networkWorkspaces(db, [workspaceId], []);
  return { ...ANONYMOUS, label: 'link', networkWorkspaceIds: [...new Set([workspaceId, ...shared])] };
}

export async function searchByLink(
  db: Database,
  token: string,
  find: { q?: string; ids?: string[] },
  now: Date,
) {
  const r = await answers.respondentByTokenHash(db, hashToken(token), false);
  checkLink(r, now);
  if (!find.q?.trim() && !find.ids?.length) return [];
  return findOrganisations(db, await linkReader(db, r.workspaceId), find);
}
