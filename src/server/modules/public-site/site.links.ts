/**
 * The links between public pages: a network's member towns to their pages, and a town's or an ecosystem's
 * page to the pages of the networks and ecosystems it belongs to. Only published pages of records anyone
 * may read are linked. An ecosystem belongs to a network when one of its towns is among the network's.
 */
import { ANONYMOUS } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { coverageRows } from '../networks/coverage.repository.js';
import type { Lang } from './labels.js';
import type { LinkedPage, PageLinks } from './site.model.js';
import { ecosystemTowns, publicCommunity, publishedPages, type PageRow } from './site.repository.js';
import { nameIn } from './localised.js';

type LinkScope = { kind: 'municipality' | 'ecosystem' | 'network'; codes: readonly string[] };

const byName = (lang: Lang) => {
  const collator = new Intl.Collator(lang);
  return (a: LinkedPage, b: LinkedPage) => collator.compare(a.name, b.name);
};

/** Published pages of public ecosystems or networks, each with the towns it stands for. */
async function communityPages(db: Database, pages: PageRow[], kind: 'ecosystems' | 'networks', lang: Lang) {
  const found: (LinkedPage & { codes: string[] })[] = [];
  for (const page of pages) {
    const id = kind === 'ecosystems' ? page.ecosystemId : page.networkId;
    const community = id ? await publicCommunity(db, kind, id) : undefined;
    if (!id || !community) continue;
    const codes =
      kind === 'ecosystems'
        ? ((await ecosystemTowns(db, id))?.municipalityCodes ?? [])
        : (await coverageRows(db, [id], ANONYMOUS)).map((r) => r.code);
    found.push({ path: page.path, name: nameIn(community, lang), codes });
  }
  return found;
}

const touching = (pages: (LinkedPage & { codes: string[] })[], codes: readonly string[]) =>
  pages.filter((p) => p.codes.some((c) => codes.includes(c))).map(({ path, name }) => ({ path, name }));

export async function pageLinks(db: Database, scope: LinkScope, lang: Lang): Promise<PageLinks> {
  const published = await publishedPages(db);
  const townPages = new Map(
    published.flatMap((p) => (p.municipalityCode ? [[p.municipalityCode, p.path] as const] : [])),
  );
  const towns = Object.fromEntries(
    scope.codes.flatMap((c) => (townPages.has(c) ? [[c, townPages.get(c)!]] : [])),
  );
  if (scope.kind === 'network') return { towns, networks: [], ecosystems: [] };
  const networks = await communityPages(db, published, 'networks', lang);
  const ecosystems =
    scope.kind === 'municipality' ? await communityPages(db, published, 'ecosystems', lang) : [];
  const sort = byName(lang);
  return {
    towns,
    networks: touching(networks, scope.codes).sort(sort),
    ecosystems: touching(ecosystems, scope.codes).sort(sort),
  };
}
