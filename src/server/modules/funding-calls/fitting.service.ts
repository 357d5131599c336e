/**
 * Open funding calls that fit (issue 15): for an ecosystem, or the caller's own ecosystems, the open
 * calls whose themes overlap the ecosystem's; for a set of organisations (a consortium's mix), the open
 * calls whose themes they offer competence in, with the call's required organisation kinds checked.
 * Ranked by how many themes are shared, then by the nearest deadline. The matching is src/analysis/call-fit.ts.
 */
import {
  mixFit,
  rankByThemes,
  themeReader,
  type MixFit,
  type MixMember,
  type Theme,
} from '../../../analysis/call-fit.js';
import { storedCallRules } from '../../../domain/projects.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import * as repo from './fitting.repository.js';

export type FittingEcosystem = { ecosystem: repo.EcosystemRow; themes: Theme[] };
export type FittingCall = {
  call: repo.OpenCallRow;
  overlap: number;
  themes: Theme[];
  ecosystems: FittingEcosystem[];
  mix: MixFit | null;
};

const requiredKinds = (rules: unknown) =>
  storedCallRules(rules).flatMap((r) => (r.kind === 'requiredOrganisationKinds' ? r.kinds : []));

const byOverlapThenDeadline = (a: FittingCall, b: FittingCall) =>
  b.overlap - a.overlap ||
  Date.parse(String(a.call.deadlineAt)) - Date.parse(String(b.call.deadlineAt)) ||
  a.call.id.localeCompare(b.call.id);

async function openCallsWithThemes(db: Database, caller: Caller, now: Date) {
  const [vocabulary, calls] = await Promise.all([
    repo.vocabularyThemes(db, caller),
    repo.openCalls(db, caller, now),
  ]);
  const read = themeReader(vocabulary);
  const ranked = calls.map((row) => ({
    id: row.id,
    deadlineAt: new Date(row.deadlineAt).toISOString(),
    themes: read(row.themes),
    row,
  }));
  return { read, vocabulary, calls: ranked };
}

/** Open calls for one ecosystem (it must be visible), or for each of the caller's own ecosystems. */
export async function fittingForEcosystems(db: Database, caller: Caller, now: Date, ecosystemId?: string) {
  const ecosystems = ecosystemId
    ? [await repo.visibleEcosystem(db, caller, ecosystemId)]
    : await repo.ecosystemsOf(db, caller);
  if (ecosystems.some((e) => !e)) throw notFound('Ecosystem');
  const { read, calls } = await openCallsWithThemes(db, caller, now);
  const fits = new Map<string, FittingCall>();
  for (const ecosystem of ecosystems as repo.EcosystemRow[]) {
    for (const { call, themes } of rankByThemes(calls, read(ecosystem.themes))) {
      const fit = fits.get(call.id) ?? { call: call.row, overlap: 0, themes: [], ecosystems: [], mix: null };
      fit.ecosystems.push({ ecosystem, themes });
      fit.overlap = Math.max(fit.overlap, themes.length);
      fit.themes = [...new Map([...fit.themes, ...themes].map((t) => [t.key, t])).values()];
      fits.set(call.id, fit);
    }
  }
  return [...fits.values()].sort(byOverlapThenDeadline);
}

/** The organisations as a mix: each visible one with its kind and offered themes; an invisible one is not found. */
async function mixMembers(
  db: Database,
  caller: Caller,
  ids: readonly string[],
  themes: Pick<Awaited<ReturnType<typeof openCallsWithThemes>>, 'read' | 'vocabulary'>,
) {
  const { read, vocabulary } = themes;
  const unique = [...new Set(ids)];
  const [organisations, offers] = await Promise.all([
    repo.visibleOrganisations(db, caller, unique),
    repo.offeredThemeIds(db, caller, unique),
  ]);
  if (organisations.length !== unique.length) throw notFound('Organisation');
  const slugOf = new Map(vocabulary.map((t) => [t.id, t.slug]));
  return organisations.map((o): MixMember => ({
    id: o.id,
    kind: o.kind,
    themes: read(
      offers.filter((x) => x.organisationId === o.id && x.themeId).map((x) => slugOf.get(x.themeId!) ?? ''),
    ),
  }));
}

/**
 * The seam for a consortium's mix: open calls whose themes the organisations offer, each with its
 * required organisation kinds checked against them.
 */
export async function fittingForOrganisations(
  db: Database,
  caller: Caller,
  now: Date,
  organisationIds: readonly string[],
) {
  const open = await openCallsWithThemes(db, caller, now);
  const members = await mixMembers(db, caller, organisationIds, open);
  return open.calls
    .map((c): FittingCall => {
      const mix = mixFit({ themes: c.themes, requiredKinds: requiredKinds(c.row.rules) }, members);
      return {
        call: c.row,
        overlap: mix.themes.length,
        themes: mix.themes.map((t) => t.theme),
        ecosystems: [],
        mix,
      };
    })
    .filter((f) => f.overlap > 0)
    .sort(byOverlapThenDeadline);
}
