/**
 * The network of a scope (ecosystem, municipality, region, network of towns) for Gephi: nodes are the
 * scope's organisations as the situational picture sees them (kind, municipality, TOL 2008 code and the
 * picture's measures of each actor), edges are the visible relations between them.
 */
import { buildPicture } from '../../../analysis/picture.js';
import type { ScopeKind } from '../../../analysis/picture.schema.js';
import type { NetworkExport, NetworkNode } from '../../../formats/writers/index.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { loadPictureInput } from '../pictures/picture.service.js';

const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

export async function networkExport(
  db: Database,
  caller: Caller,
  scope: ScopeKind,
  id: string,
  options: { now?: Date; seed?: number } = {},
): Promise<NetworkExport> {
  const now = options.now ?? new Date();
  const input = await loadPictureInput(db, scope, id, caller, now.toISOString().slice(0, 10));
  const picture = buildPicture(input, { seed: options.seed });
  const actors = new Map(picture.network.actors.map((a) => [a.organisationId, a]));
  const codes = [...new Set(input.organisations.map((o) => o.municipalityCode).filter((c) => c !== null))];
  const names = new Map(
    codes.length
      ? (
          await db
            .selectFrom('municipalities')
            .select(['code', 'nameFi'])
            .where('code', 'in', codes)
            .execute()
        ).map((m) => [String(m.code), String(m.nameFi)])
      : [],
  );
  const nodes: NetworkNode[] = input.organisations.map((o) => {
    const a = actors.get(o.id);
    return {
      id: o.id,
      name: o.name,
      kind: o.kind,
      municipality: o.municipalityCode ? (names.get(o.municipalityCode) ?? o.municipalityCode) : null,
      tol: o.tolCode,
      measures: a
        ? {
            degree: a.degree,
            weightedDegree: a.weightedDegree,
            pagerank: a.pagerank,
            betweenness: a.betweenness,
            community: a.community,
            component: a.component,
            participation: a.participation,
            broker: flag(a.broker),
            isolated: flag(a.isolated),
            peripheral: flag(a.peripheral),
          }
        : {},
    };
  });
  const ids = nodes.map((n) => n.id);
  const relations = ids.length
    ? await applyVisibility(
        db
          .selectFrom('relations')
          .select(['id', 'fromOrganisationId', 'toOrganisationId', 'kind', 'weight', 'source']),
        caller,
      )
        .where('fromOrganisationId', 'in', ids)
        .where('toOrganisationId', 'in', ids)
        .orderBy('id')
        .execute()
    : [];
  return {
    title: `${picture.scope.name} (${scope})`,
    directed: true,
    date: now,
    nodes,
    edges: relations.map((r) => ({
      id: String(r.id),
      source: String(r.fromOrganisationId),
      target: String(r.toOrganisationId),
      kind: String(r.kind),
      weight: Number(r.weight),
      provenance: r.source ?? null,
    })),
  };
}
