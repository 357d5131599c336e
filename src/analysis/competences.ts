/**
 * Competence supply and demand in a scope: what its organisations offer, what they need, which needs are
 * met inside the scope, and for the unmet ones the organisations elsewhere that offer the competence —
 * those in other towns of the scope's networks first (an existing partnership is the shortest way to a
 * partner), then the rest, each group by name.
 */
import type { ElsewhereOrganisation, PictureCompetence } from './picture.input.js';
import type { PictureCompetences } from './picture.schema.js';

export interface CompetenceOptions {
  /** Suggestions listed per unmet need; default 10. */
  readonly maxSuggestions?: number;
}

interface Grouped {
  label: string;
  ids: Set<string>;
}

function group(competences: readonly PictureCompetence[], direction: 'offer' | 'need'): Map<string, Grouped> {
  const out = new Map<string, Grouped>();
  for (const c of competences) {
    if (c.direction !== direction) continue;
    const entry = out.get(c.key) ?? { label: c.label, ids: new Set<string>() };
    entry.ids.add(c.organisationId);
    out.set(c.key, entry);
  }
  return out;
}

/** Rows by number of organisations (most first), then label. */
function rows(grouped: Map<string, Grouped>): PictureCompetences['offered'] {
  return [...grouped]
    .map(([key, g]) => ({ key, label: g.label, organisationIds: [...g.ids].sort() }))
    .sort(
      (a, b) => b.organisationIds.length - a.organisationIds.length || a.label.localeCompare(b.label, 'fi'),
    );
}

/** Organisations elsewhere that offer a competence: same-network towns first, then by name. */
function suggestions(
  offeredBy: Iterable<string>,
  byId: ReadonlyMap<string, ElsewhereOrganisation>,
  partnerTowns: ReadonlySet<string>,
  limit: number,
): PictureCompetences['unmetNeeds'][number]['offeredElsewhere'] {
  return [...offeredBy]
    .map((id) => byId.get(id))
    .filter((o): o is ElsewhereOrganisation => o !== undefined)
    .map((o) => ({
      organisationId: o.id,
      name: o.name,
      municipalityCode: o.municipalityCode,
      sameNetwork: o.municipalityCode !== null && partnerTowns.has(o.municipalityCode),
    }))
    .sort(
      (a, b) =>
        Number(b.sameNetwork) - Number(a.sameNetwork) ||
        a.name.localeCompare(b.name, 'fi') ||
        a.organisationId.localeCompare(b.organisationId),
    )
    .slice(0, limit);
}

export function competences(
  scopeOrganisationIds: ReadonlySet<string>,
  scopeCompetences: readonly PictureCompetence[],
  elsewhere: { organisations: readonly ElsewhereOrganisation[]; competences: readonly PictureCompetence[] },
  networkMunicipalityCodes: readonly string[],
  options: CompetenceOptions = {},
): PictureCompetences {
  const inScope = scopeCompetences.filter((c) => scopeOrganisationIds.has(c.organisationId));
  const offered = group(inScope, 'offer');
  const needed = group(inScope, 'need');
  const outside = group(
    elsewhere.competences.filter((c) => !scopeOrganisationIds.has(c.organisationId)),
    'offer',
  );
  const byId = new Map(elsewhere.organisations.map((o) => [o.id, o]));
  const partnerTowns = new Set(networkMunicipalityCodes);
  const limit = options.maxSuggestions ?? 10;
  const metNeeds: PictureCompetences['metNeeds'] = [];
  const unmetNeeds: PictureCompetences['unmetNeeds'] = [];
  for (const { key, label, organisationIds: neededBy } of rows(needed)) {
    const offeredBy = offered.get(key);
    if (offeredBy) {
      metNeeds.push({ key, label, neededBy, offeredBy: [...offeredBy.ids].sort() });
    } else {
      const offeredElsewhere = suggestions(outside.get(key)?.ids ?? [], byId, partnerTowns, limit);
      unmetNeeds.push({ key, label, neededBy, offeredElsewhere });
    }
  }
  return { offered: rows(offered), needed: rows(needed), metNeeds, unmetNeeds };
}
