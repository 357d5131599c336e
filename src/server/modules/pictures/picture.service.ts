/**
 * The situational picture from the database: the scope the caller may see, everything it is computed
 * from (picture.repository.ts), the answer kept by data version and reader (picture.cache.ts), and the
 * report a town edits further (rendered by src/reports).
 */
import type {
  PeerInput,
  PictureCompetence,
  PictureInput,
  PictureOrganisation,
  PictureScope,
} from '../../../analysis/picture.input.js';
import { comparePictures } from '../../../analysis/compare.js';
import { buildPicture, snapshotOf } from '../../../analysis/picture.js';
import type { Picture, ScopeKind } from '../../../analysis/picture.schema.js';
import type { WrittenPicture } from '../../../reports/findings.schema.js';
import { writeNetworkPicture, writePicture } from '../../../reports/findings/index.js';
import {
  CONTENT_TYPES,
  renderReport,
  reportPrintView,
  type ReportFormat,
} from '../../../reports/picture-report.js';
import { htmlToPdf } from '../../pdf/html-to-pdf.js';
import { ANONYMOUS, type Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { jsonBytes } from '../../json-response.js';
import { coverageRows } from '../networks/coverage.repository.js';
import { pictureBaseline } from './baseline.js';
import { evidenceOf } from './evidence.repository.js';
import { PictureCache, readerKey } from './picture.cache.js';
import {
  activeMunicipalities,
  activeMunicipalitiesByCode,
  competencesOf,
  dataVersion,
  findCommunity,
  includesExamples,
  offererIds,
  organisationNames,
  organisationsOf,
  projectsOf,
  proposalsOf,
  regionName,
  relationsTouching,
  type ScopeMembers,
} from './picture.repository.js';
import { relationColumns } from './relations.repository.js';
import { snapshotPictures } from './snapshots.repository.js';

const LARGE_SCOPE = 5000;

type Scope = { scope: PictureScope; members: ScopeMembers | null };
type Language = 'fi' | 'sv' | 'en';
export type PictureQuery = { scope: ScopeKind; id: string; seed?: number };

/** A municipality or a region: its active municipalities. */
async function resolvePlace(db: Database, kind: 'municipality' | 'region', key: string): Promise<Scope> {
  const rows = await activeMunicipalities(db, kind, key);
  if (rows.length === 0) throw notFound(kind === 'municipality' ? 'Municipality' : 'Region');
  const name = kind === 'municipality' ? rows[0]!.nameFi : ((await regionName(db, key)) ?? key);
  return { scope: { kind, id: key, name, municipalityCodes: rows.map((r) => r.code) }, members: null };
}

/** Finds the scope the caller may see and where its organisations come from. */
async function resolveScope(db: Database, kind: ScopeKind, key: string, caller: Caller): Promise<Scope> {
  if (kind === 'municipality' || kind === 'region') return resolvePlace(db, kind, key);
  const row = await findCommunity(db, caller, kind === 'ecosystem' ? 'ecosystems' : 'networks', key);
  if (!row) throw notFound(kind === 'ecosystem' ? 'Ecosystem' : 'Network');
  // A network covers the municipalities its members stand for (Naturpolis: Kuusamo and Taivalkoski).
  const municipalityCodes =
    kind === 'network'
      ? [...new Set((await coverageRows(db, [row.id], caller)).map((r) => r.code))]
      : undefined;
  const members =
    kind === 'ecosystem'
      ? ({ table: 'ecosystemMembers', column: 'ecosystemId', id: row.id } as const)
      : ({ table: 'networkMembers', column: 'networkId', id: row.id } as const);
  return { scope: { kind, id: row.id, name: row.nameFi, municipalityCodes }, members };
}

const organisationsIn = (db: Database, caller: Caller, s: Scope) =>
  organisationsOf(
    db,
    caller,
    s.members ? { members: s.members } : { municipalityCodes: s.scope.municipalityCodes ?? [] },
  );

/** The competences the scope needs that organisations outside it offer, and those organisations. */
async function offeredElsewhere(
  db: Database,
  caller: Caller,
  competences: PictureCompetence[],
  inScope: Set<string>,
): Promise<PictureInput['elsewhere']> {
  const needed = competences
    .filter((c) => c.direction === 'need' && !c.key.startsWith('tag:'))
    .map((c) => c.key);
  const offers = needed.length
    ? (await competencesOf(db, caller, await offererIds(db, caller, needed), 'offer')).filter(
        (c) => !inScope.has(c.organisationId),
      )
    : [];
  const organisations = offers.length
    ? await organisationNames(db, caller, [...new Set(offers.map((c) => c.organisationId))])
    : [];
  return { organisations, competences: offers };
}

/** Everything the situational picture of a scope is computed from, as the caller may see it. */
export async function loadPictureInput(
  db: Database,
  kind: ScopeKind,
  key: string,
  caller: Caller,
  asOf: string,
): Promise<PictureInput> {
  const s = await resolveScope(db, kind, key, caller);
  const organisations = await organisationsIn(db, caller, s);
  const ids = organisations.map((o) => o.id);
  const competences = await competencesOf(db, caller, ids);
  const elsewhere = await offeredElsewhere(db, caller, competences, new Set(ids));
  // Independent reads run side by side on the pool.
  const [relations, projects, baseline, history, peers, examples, evidence] = await Promise.all([
    // Large scopes take the columnar path; both count the ties that reach outside the scope.
    ids.length > LARGE_SCOPE ? relationColumns(db, ids, caller) : relationsTouching(db, caller, ids),
    projectsOf(db, caller, ids),
    pictureBaseline(db, caller, s.scope.municipalityCodes),
    historyOf(db, caller, s.scope),
    kind === 'network' ? townPeers(db, caller, s.scope.municipalityCodes ?? []) : Promise.resolve([]),
    includesExamples(db, caller, ids),
    evidenceOf(db, caller, s.scope),
  ]);
  return {
    scope: s.scope,
    asOf,
    organisations,
    relations,
    competences,
    projects,
    finland: baseline.finland,
    jobs: baseline.jobs,
    elsewhere,
    history,
    peers,
    // An example round's themes and quotes are example data too.
    includesExamples: examples || evidence.rounds.some((r) => r.example),
    mappingEvidence: evidence,
  };
}

/** Saved snapshots of this scope, oldest first: the base of "recent growth". */
async function historyOf(db: Database, caller: Caller, scope: PictureScope) {
  const pictures = await snapshotPictures(db, caller, scope.kind, scope.id);
  return pictures.map((p) => snapshotOf(p as Picture));
}

/**
 * The towns of a network side by side: every municipality it covers, as its own scope. Read for all the
 * towns at once (their names, their organisations, the ties among those organisations as columns of
 * positions) and then split by town. A town's figures count only the ties inside it, as its own picture
 * does (the ties reaching out of a town are not among its figures).
 */
async function townPeers(db: Database, caller: Caller, codes: readonly string[]): Promise<PeerInput[]> {
  if (codes.length === 0) return [];
  const [towns, organisations] = await Promise.all([
    activeMunicipalitiesByCode(db, codes),
    organisationsOf(db, caller, { municipalityCodes: codes }),
  ]);
  const ties = await relationColumns(
    db,
    organisations.map((o) => o.id),
    caller,
  );
  const nameOf = new Map(towns.map((t) => [t.code, t.nameFi]));
  const peers = codes.map((code) => {
    const name = nameOf.get(code);
    if (name === undefined) throw notFound('Municipality');
    const scope: PictureScope = { kind: 'municipality', id: code, name, municipalityCodes: [code] };
    return {
      scope,
      organisations: [] as PictureOrganisation[],
      from: [] as number[],
      to: [] as number[],
      weight: [] as number[],
    };
  });
  const townIndex = new Map(codes.map((code, i) => [code, i]));
  // Each organisation's town and its position among that town's organisations.
  const townAt = new Int32Array(organisations.length);
  const localAt = new Int32Array(organisations.length);
  organisations.forEach((o, i) => {
    const town = peers[townIndex.get(o.municipalityCode!)!]!;
    townAt[i] = townIndex.get(o.municipalityCode!)!;
    localAt[i] = town.organisations.push(o) - 1;
  });
  for (let k = 0; k < ties.from.length; k++) {
    const u = ties.from[k]!;
    const v = ties.to[k]!;
    if (townAt[u] !== townAt[v]) continue;
    const town = peers[townAt[u]!]!;
    town.from.push(localAt[u]!);
    town.to.push(localAt[v]!);
    town.weight.push(ties.weight?.[k] ?? 1);
  }
  return peers.map((t) => ({
    scope: t.scope,
    organisations: t.organisations,
    relations: {
      from: Int32Array.from(t.from),
      to: Int32Array.from(t.to),
      weight: Float64Array.from(t.weight),
    },
  }));
}

const SUFFIX = { fi: 'Fi', sv: 'Sv', en: 'En' } as const;

/** The proposals the users wrote for this scope's report, in the reader's language (Finnish as fallback). */
export async function loadProposals(
  db: Database,
  caller: Caller,
  kind: ScopeKind,
  keys: string[],
  lang: Language,
) {
  const rows = await proposalsOf(db, caller, kind, keys);
  const pick = (r: (typeof rows)[number], field: 'title' | 'body') =>
    r[`${field}${SUFFIX[lang]}`] ?? r[`${field}Fi`] ?? '';
  return rows.map((r) => [pick(r, 'title'), pick(r, 'body')].filter(Boolean).join(': '));
}

const day = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The picture as the bytes of its JSON answer: computed once per data version, day, seed and reader,
 * then served from the cache.
 */
export async function pictureJson(
  db: Database,
  caller: Caller,
  cache: PictureCache,
  { scope, id, seed }: PictureQuery,
  now: Date,
): Promise<Buffer> {
  const asOf = day(now);
  const key = [scope, id, seed ?? '', asOf, readerKey(caller)].join('\u0000');
  return cache.get(key, await dataVersion(db), async () =>
    jsonBytes(buildPicture(await loadPictureInput(db, scope, id, caller, asOf), { seed })),
  );
}

/**
 * The written picture in a language, with what changed since the scope's latest snapshot. A network's sets its towns side by side, each town's picture read as
 * the same reader sees it, as of the same day.
 */
export async function writtenPictureOf(
  db: Database,
  caller: Caller,
  picture: Picture,
  lang: Language,
  asOf: string,
): Promise<WrittenPicture> {
  if (picture.scope.kind !== 'network') {
    // "how it has changed" is said against the latest snapshot the reader may read
    const older = (await snapshotPictures(db, caller, picture.scope.kind, picture.scope.id)).at(-1);
    return writePicture(picture, lang, {
      change: older ? comparePictures(older as Picture, picture) : undefined,
    });
  }
  const towns: Picture[] = [];
  for (const code of picture.scope.municipalityCodes)
    towns.push(buildPicture(await loadPictureInput(db, 'municipality', code, caller, asOf)));
  return writeNetworkPicture(picture, towns, lang);
}

/** The sections of the written picture a strategy workshop opens with (issue 16). */
const OPENING_SECTIONS = new Set(['glance', 'strengths']);

/**
 * The opening findings of a scope's picture (at a glance, strengths) in a language, computed from public
 * data only: a workshop's participants have no account and may see no more than anyone. Null when the
 * scope itself is not public.
 */
export async function publicOpeningFindings(
  db: Database,
  cache: PictureCache,
  kind: ScopeKind,
  key: string,
  lang: Language,
  now: Date,
): Promise<string[] | null> {
  const asOf = day(now);
  const bytes = await cache.get(
    ['opening', kind, key, lang, asOf].join('\u0000'),
    await dataVersion(db),
    async () => {
      const picture = await loadPictureInput(db, kind, key, ANONYMOUS, asOf).then(
        (input) => buildPicture(input),
        (e: unknown) => {
          if (e instanceof AppError && e.status === 404) return null;
          throw e;
        },
      );
      if (!picture) return jsonBytes(null);
      const written = await writtenPictureOf(db, ANONYMOUS, picture, lang, asOf);
      const opening = written.sections.filter((s) => OPENING_SECTIONS.has(s.key));
      return jsonBytes(opening.flatMap((s) => s.sentences.map((sentence) => sentence.text)));
    },
  );
  return JSON.parse(bytes.toString('utf8')) as string[] | null;
}

/** The report in any of its formats: the PDF is the print view, printed by Chromium. */
export async function renderPictureReport(
  picture: Picture,
  written: WrittenPicture,
  format: ReportFormat,
  proposals: readonly string[],
) {
  if (format !== 'pdf') return renderReport(picture, written, format, proposals);
  const body = await htmlToPdf(reportPrintView(picture, written, proposals));
  return { body, contentType: CONTENT_TYPES.pdf };
}

/**
 * The picture as a Word, PDF, Excel or print-view report in the reader's language, with its written
 * findings and proposals and the scope's proposals from the users, and its file name.
 */
export async function pictureReport(
  db: Database,
  caller: Caller,
  { scope, id, seed, format, lang }: PictureQuery & { format: ReportFormat; lang: Language },
  now: Date,
) {
  const picture = buildPicture(await loadPictureInput(db, scope, id, caller, day(now)), { seed });
  const proposals = await loadProposals(db, caller, scope, [id, picture.scope.id], lang);
  const written = await writtenPictureOf(db, caller, picture, lang, day(now));
  const report = await renderPictureReport(picture, written, format, proposals);
  const fileName = `tilannekuva-${scope}-${id}-${lang}.${format}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return { ...report, fileName };
}
