/**
 * The page reader: everything a published public page shows, read as the anonymous visitor reads it.
 * A page whose town, ecosystem or network an anonymous visitor may not read is no page at all.
 */
import { municipalitiesByCode } from '../reference/reference.repository.js';
import { publicContact, type PublicContact, type PublicPageKind } from '../../../domain/public-pages.js';
import { ANONYMOUS, type Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { coverageRows } from '../networks/coverage.repository.js';
import { storedContent } from '../picture-reports/document.js';
import { toWrittenPicture } from '../picture-reports/written.js';
import type { Lang } from './labels.js';
import { localised, nameIn } from './localised.js';
import { pageLinks } from './site.links.js';
import { pageFigures, type FigureScope } from './site.figures.js';
import type { Border, PageModel, ReportSection, Town } from './site.model.js';
import {
  bordersOf,
  ecosystemTowns,
  findPage,
  keyActors,
  pageStories,
  publicCommunity,
  publishedReport,
  relationsAmong,
  upcomingEvents,
  type EventScope,
  publishedPages,
  type PageRow,
} from './site.repository.js';

export { localised, nameIn } from './localised.js';

type Scope = {
  kind: PublicPageKind;
  id: string;
  name: string;
  towns: Town[];
  figures: FigureScope;
  actors: Parameters<typeof keyActors>[1];
  events: EventScope;
};

async function towns(db: Database, codes: readonly string[], lang: Lang): Promise<Town[]> {
  const collator = new Intl.Collator(lang);
  return (await municipalitiesByCode(db, codes))
    .map((m) => ({ code: m.code, name: nameIn(m, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The page's town, ecosystem or network as anyone may read it; null when it is not public. */
async function scopeOf(db: Database, page: PageRow, lang: Lang): Promise<Scope | null> {
  if (page.municipalityCode) {
    const [town] = await towns(db, [page.municipalityCode], lang);
    if (!town) return null;
    const code = page.municipalityCode;
    return {
      kind: 'municipality',
      id: code,
      name: town.name,
      towns: [town],
      figures: { municipalityCodes: [code] },
      actors: { municipalityCode: code },
      events: { column: 'municipalityCode', value: code },
    };
  }
  const isEcosystem = page.ecosystemId !== null;
  const id = (page.ecosystemId ?? page.networkId)!;
  const community = await publicCommunity(db, isEcosystem ? 'ecosystems' : 'networks', id);
  if (!community) return null;
  const members = isEcosystem
    ? ({ table: 'ecosystemMembers', column: 'ecosystemId', id } as const)
    : ({ table: 'networkMembers', column: 'networkId', id } as const);
  const codes = isEcosystem
    ? ((await ecosystemTowns(db, id))?.municipalityCodes ?? [])
    : [...new Set((await coverageRows(db, [id], ANONYMOUS)).map((r) => r.code))];
  return {
    kind: isEcosystem ? 'ecosystem' : 'network',
    id,
    name: nameIn(community, lang),
    towns: await towns(db, codes, lang),
    figures: { members },
    actors: { members },
    events: { column: isEcosystem ? 'ecosystemId' : 'networkId', value: id },
  };
}

const REPORT_SECTIONS = ['strengths', 'growthSectors'] as const;

/** Strengths and growth sectors from the scope's published report in the page's language. */
async function reportSections(db: Database, page: PageRow, scope: Scope, lang: Lang) {
  const row = await publishedReport(
    db,
    { kind: scope.kind, id: scope.id, workspaceId: page.workspaceId },
    lang,
  );
  const found: Record<(typeof REPORT_SECTIONS)[number], ReportSection | null> = {
    strengths: null,
    growthSectors: null,
  };
  if (!row) return found;
  const written = toWrittenPicture(storedContent(row.content), lang);
  for (const key of REPORT_SECTIONS) {
    const section = written.sections.find((s) => s.key === key);
    const paragraphs = section?.sentences.map((s) => s.text).filter((p) => p.trim()) ?? [];
    if (section && paragraphs.length) found[key] = { title: section.title, paragraphs };
  }
  return found;
}

/** The page's contacts that pass the contact rule (a person only with the date of their consent). */
function contactsOf(value: unknown): PublicContact[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c) => {
    const parsed = publicContact.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

async function bordersFor(db: Database, scope: Scope): Promise<Border[]> {
  const names = new Map(scope.towns.map((t) => [t.code, t.name]));
  const rows = await bordersOf(db, [...names.keys()]);
  return rows.map((r) => ({
    code: r.municipalityCode,
    name: names.get(r.municipalityCode)!,
    geometry: r.geometry,
  }));
}

/** May this caller preview the page: an editor of its workspace (or an admin). */
export const mayPreview = (caller: Caller, page: { workspaceId: string }) =>
  caller.isAdmin || caller.workspaces.get(page.workspaceId) === 'editor';

/**
 * Everything the page at this path shows in a language; null when there is no such published page (or,
 * for a preview, no such page at all).
 */
export async function readPage(
  db: Database,
  path: string,
  lang: Lang,
  now: Date,
  preview = false,
): Promise<PageModel | null> {
  const page = await findPage(db, path);
  if (!page || (!page.publishedAt && !preview)) return null;
  const scope = await scopeOf(db, page, lang);
  if (!scope) return null;
  const actors = await keyActors(db, scope.actors);
  const codes = scope.towns.map((t) => t.code);
  const [figures, report, relations, events, stories, borders, links] = await Promise.all([
    pageFigures(db, scope.figures, codes),
    reportSections(db, page, scope, lang),
    relationsAmong(
      db,
      actors.map((a) => a.id),
    ),
    upcomingEvents(db, scope.events, now),
    pageStories(db, page.id, now.toISOString().slice(0, 10)),
    bordersFor(db, scope),
    pageLinks(db, { kind: scope.kind, codes }, lang),
  ]);
  return {
    id: page.id,
    path: page.path,
    kind: scope.kind,
    workspaceId: page.workspaceId,
    published: page.publishedAt !== null,
    lang,
    name: scope.name,
    intro: localised(page, 'intro', lang),
    towns: scope.towns,
    figures,
    strengths: report.strengths,
    growthSectors: report.growthSectors,
    actors,
    relations: relations.map((r) => ({ from: r.fromOrganisationId, to: r.toOrganisationId, kind: r.kind })),
    events,
    stories,
    contacts: contactsOf(page.contacts),
    borders,
    links,
  };
}

export type ListedPage = { path: string; kind: PublicPageKind; name: string; updatedAt: Date };

/** Every published page whose town, ecosystem or network anyone may read, with its name in a language. */
export async function listPublicPages(db: Database, lang: Lang): Promise<ListedPage[]> {
  const listed: ListedPage[] = [];
  for (const page of await publishedPages(db)) {
    const scope = await scopeOf(db, page, lang);
    if (scope)
      listed.push({
        path: page.path,
        kind: scope.kind,
        name: scope.name,
        updatedAt: new Date(page.updatedAt),
      });
  }
  return listed;
}

/** Is the page at this path published, with a town, ecosystem or network anyone may read. */
export async function isPublicPage(db: Database, path: string): Promise<boolean> {
  const page = await findPage(db, path);
  return !!page?.publishedAt && (await scopeOf(db, page, 'fi')) !== null;
}
