/**
 * The demo's public pages (issue 17), through the pages' own services: every seed town's, the forest
 * bioeconomy ecosystem's and the town network's page, published; then the example stories and the
 * example consents, marked so that removing the examples takes them away.
 */
import type { PublicPageSeed, PublicStorySeed } from '../../../../data/demo/types.js';
import { publicContact } from '../../../domain/public-pages.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { createPage, setPublished, updatePage } from '../public-pages/public-pages.service.js';
import { createStory } from '../public-pages/stories.service.js';
import { markExampleConsents, markExampleStories } from './demo.repository.js';

export type PublicPagesLoader = {
  trx: Database;
  caller: Caller;
  now: Date;
  /** A workspace's id by its slug. */
  workspace: (slug: string) => string;
  /** An id by its natural key: 'ecosystem', 'network' or 'organisation'. */
  key: (kind: string, key: string) => string;
};

const scopeOf = (l: PublicPagesLoader, scope: PublicPageSeed['scope']) =>
  'municipalityCode' in scope
    ? scope
    : 'ecosystem' in scope
      ? { ecosystemId: l.key('ecosystem', scope.ecosystem) }
      : { networkId: l.key('network', scope.network) };

/** Every page published; returns their ids by path. */
export async function loadPublicPages(l: PublicPagesLoader, pages: PublicPageSeed[]) {
  const ids = new Map<string, string>();
  for (const { workspace, scope, path, contacts, ...intro } of pages) {
    const input = { ...scopeOf(l, scope), path, workspace: l.workspace(workspace) };
    const id = await createPage(l.trx, l.caller, input, l.now);
    const checked = contacts.map((c) => publicContact.parse(c));
    await updatePage(l.trx, l.caller, id, { ...intro, contacts: checked }, l.now);
    await setPublished(l.trx, l.caller, id, true, l.now);
    ids.set(path, id);
  }
  return ids;
}

export async function loadPublicExamples(
  l: PublicPagesLoader,
  pageIds: Map<string, string>,
  examples: { publicStories: PublicStorySeed[]; publicConsents: { org: string; on: string }[] },
) {
  const stories: string[] = [];
  for (const { page, ...story } of examples.publicStories) {
    const pageId = pageIds.get(page);
    if (!pageId) throw new Error(`Demo data: no public page '${page}' for a story`);
    stories.push(await createStory(l.trx, l.caller, pageId, story, l.now));
  }
  await markExampleStories(l.trx, stories);
  for (const { org, on } of examples.publicConsents)
    await markExampleConsents(l.trx, l.key('organisation', org), on);
}
