/** The whole picture of a small town: contract, reproducibility, each section, peers and change. */
import { describe, expect, it } from 'vitest';
import { buildPicture, comparePictures, snapshotOf } from './picture.js';
import type { PictureInput, RelationColumns } from './picture.input.js';
import { pictureSchema, type Picture } from './picture.schema.js';
import { pictureChangeSchema } from './compare.js';
import { networkxAvailable, networkxReference } from '../../test/support/analysis/networkx.js';
import { townInput, townOrganisations, townRelations } from '../../test/support/analysis/town.js';

const picture = buildPicture(townInput());

describe('buildPicture', () => {
  it('matches the output schema and is reproducible byte for byte', () => {
    expect(() => pictureSchema.parse(picture)).not.toThrow();
    expect(JSON.stringify(buildPicture(townInput()))).toBe(JSON.stringify(picture));
  });

  it('states its conventions and parameters', () => {
    expect(picture.conventions.relations).toMatch(/undirected/);
    expect(picture.conventions.parallelRelations).toMatch(/sum of their weights/);
    expect(picture.conventions.selfLoops).toMatch(/dropped/);
    expect(picture.conventions.pagerank).toMatch(/damping 0.85/);
    expect(picture.conventions.betweenness).toMatch(/exact up to 5000/);
    expect(picture.parameters).toMatchObject({
      seed: 1,
      pagerank: { damping: 0.85, tolerance: 1e-6, converged: true },
      betweenness: { mode: 'exact', sources: 22, seed: null, exactLimit: 5000 },
      louvain: { seed: 1, resolution: 1 },
      lowCountThreshold: 5,
    });
  });

  it('network: counts, merging, outside ties, components, isolated and peripheral actors', () => {
    const n = picture.network;
    expect(n).toMatchObject({ nodes: 22, relations: 27, externalRelations: 1, edges: 26, parallelMerged: 1 });
    expect(n.components).toEqual({ count: 3, largest: 19, sizes: [19, 2, 1] });
    expect(n.isolated).toEqual(['lonely']);
    expect(n.peripheral).toContainEqual({ organisationId: 'pairA', reason: 'small_component' });
    expect(n.peripheral).toContainEqual({ organisationId: 'saw6', reason: 'single_tie' });
    expect(n.edgeList).toContainEqual({ from: 'saw1', to: 'saw2', weight: 3 });
    const saw1 = n.actors.find((a) => a.organisationId === 'saw1')!;
    expect(saw1).toMatchObject({ name: 'Saw1', degree: 6, weightedDegree: 13, isolated: false });
    expect(n.actors[0]!.organisationId).toBe('saw1'); // highest PageRank first
    expect(n.brokers[0]!.organisationId).toBe('park');
    for (const b of n.brokers)
      expect(n.actors.find((a) => a.organisationId === b.organisationId)!.broker).toBe(true);
    expect(n.modularity).toBeGreaterThan(0.3);
  });

  it.skipIf(!networkxAvailable)("actors carry networkx's values under their own ids", () => {
    const index = new Map(townOrganisations.map((o, i) => [o.id, i]));
    const edges = townRelations
      .filter((r) => index.has(r.to))
      .map((r) => [index.get(r.from)!, index.get(r.to)!, r.weight ?? 1] as [number, number, number]);
    const reference = networkxReference({ nodes: townOrganisations.length, edges });
    for (const actor of picture.network.actors) {
      const i = index.get(actor.organisationId)!;
      expect(actor.pagerank).toBeCloseTo(reference.pagerank[i]!, 6);
      expect(actor.betweenness).toBeCloseTo(reference.betweenness[i]!, 6);
      expect(actor.weightedDegree).toBe(reference.weightedDegree[i]);
    }
    const partition = townOrganisations.map(
      (o) => picture.network.actors.find((a) => a.organisationId === o.id)!.community,
    );
    expect(networkxReference({ nodes: townOrganisations.length, edges, partition }).modularity).toBeCloseTo(
      picture.network.modularity,
      12,
    );
  });

  it('composition and the triple helix', () => {
    const c = picture.composition;
    expect(c.organisations).toBe(22);
    expect(c.byKind[0]).toEqual({ code: 'company', count: 17, share: 17 / 22 });
    expect(c.tripleHelix.pillars.map((p) => [p.pillar, p.count])).toEqual([
      ['companies', 17],
      ['education', 1],
      ['rdi', 1],
      ['public', 2],
    ]);
    expect(c.tripleHelix.outside.count).toBe(1);
    expect(c.missingKinds).toEqual(['funder', 'public_agency']);
  });

  it('competences: a met need, unmet needs with partners from the same network first', () => {
    const c = picture.competences;
    expect(c.metNeeds).toEqual([
      { key: 'data', label: 'Data-analytiikka', neededBy: ['saw1'], offeredBy: ['soft1'] },
    ]);
    const robotics = c.unmetNeeds.find((u) => u.key === 'robotics')!;
    expect(robotics.neededBy).toEqual(['pulp', 'saw1']);
    expect(robotics.offeredElsewhere.map((o) => [o.organisationId, o.sameNetwork])).toEqual([
      ['robo-iisalmi', true],
      ['abc-helsinki', false],
      ['robo-kuopio', false],
    ]);
    expect(c.unmetNeeds.find((u) => u.key === 'marketing')!.offeredElsewhere).toEqual([]);
  });

  it('strengths and growth candidates come with evidence', () => {
    const [first] = picture.strengths;
    expect(first).toMatchObject({ code: '16', sectionCode: 'C' });
    expect(first!.evidence.map((e) => e.kind)).toEqual([
      'specialisation',
      'size',
      'centralActors',
      'competences',
      'projects',
      'growth',
    ]);
    expect(picture.growthCandidates.length).toBeGreaterThan(0);
    for (const item of [...picture.strengths, ...picture.growthCandidates])
      expect(item.evidence.length).toBeGreaterThan(1);
  });

  it('relations given as columns of positions give the same network', () => {
    const index = new Map(townOrganisations.map((o, i) => [o.id, i]));
    const inside = townRelations.filter((r) => index.has(r.to));
    const columns: RelationColumns = {
      from: Int32Array.from(inside, (r) => index.get(r.from)!),
      to: Int32Array.from(inside, (r) => index.get(r.to)!),
      weight: Float64Array.from(inside, (r) => r.weight ?? 1),
    };
    const other = buildPicture(townInput({ relations: columns }));
    expect({ ...other.network, externalRelations: 1 }).toEqual(picture.network);
  });

  it('peers get the same headline figures as the scope', () => {
    const peer = {
      scope: { kind: 'municipality' as const, id: '140', name: 'Iisalmi (test)', municipalityCodes: ['140'] },
      organisations: townOrganisations.slice(0, 10),
      relations: townRelations,
    };
    const withPeer = buildPicture(townInput({ peers: [peer] }));
    expect(withPeer.peers).toHaveLength(1);
    expect(withPeer.peers[0]).toMatchObject({ organisations: 10, scope: { id: '140' } });
    expect(Object.keys(withPeer.peers[0]!).sort()).toEqual(Object.keys(withPeer.headline).sort());
    expect(withPeer.headline).toMatchObject({ organisations: 22, edges: 26, components: 3, isolated: 1 });
  });
});

describe('comparePictures and snapshots', () => {
  function later(): PictureInput {
    return townInput({
      asOf: '2025-01-31',
      organisations: [
        ...townOrganisations,
        {
          id: 'saw7',
          name: 'Saw7',
          kind: 'company',
          tolCode: '16100',
          municipalityCode: '740',
          sizeClass: 'micro',
        },
      ],
      relations: [
        ...townRelations.filter((r) => !(r.from === 'assoc' && r.to === 'hotel')),
        { from: 'saw7', to: 'saw1', weight: 2 },
        { from: 'uas', to: 'saw2', weight: 4 },
      ],
      history: [snapshotOf(picture)],
    });
  }

  it('lists new and removed actors and ties, reweighted ties and changed measures', () => {
    const newer = buildPicture(later());
    const change = comparePictures(picture, newer);
    expect(() => pictureChangeSchema.parse(change)).not.toThrow();
    expect(change).toMatchObject({ from: '2024-01-31', to: '2025-01-31' });
    expect(change.actors).toEqual({ added: [{ organisationId: 'saw7', name: 'Saw7' }], removed: [] });
    expect(change.ties!.added).toEqual([{ from: 'saw1', to: 'saw7', weight: 2 }]);
    // ties are listed in the order of the organisations: hotel comes before assoc
    expect(change.ties!.removed).toEqual([{ from: 'hotel', to: 'assoc', weight: 1 }]);
    expect(change.ties!.reweighted).toEqual([{ from: 'uas', to: 'saw2', before: 1, after: 5 }]);
    expect(change.headline.organisations).toEqual({ before: 22, after: 23, change: 1 });
    expect(change.headline.edges).toEqual({ before: 26, after: 26, change: 0 });
    expect(change.actorChanges.map((a) => a.organisationId)).toContain('saw1');
    expect(change.specialisation).toContainEqual(
      expect.objectContaining({
        level: 'division',
        code: '16',
        scopeCount: { before: 6, after: 7, change: 1 },
      }),
    );
    expect(change.composition).toContainEqual({
      dimension: 'byKind',
      code: 'company',
      count: { before: 17, after: 18, change: 1 },
    });
  });

  it('a snapshot of the older picture feeds growth evidence into the newer one', () => {
    const newer: Picture = buildPicture(later());
    const sawmills = newer.strengths.find((s) => s.code === '16')!;
    expect(sawmills.evidence).toContainEqual({
      kind: 'growth',
      since: '2024-01-31',
      before: 6,
      now: 7,
      change: 1 / 6,
    });
    // (7 − 6) / max(6, 5) / 0.5
    expect(sawmills.scoreParts.growth).toBeCloseTo(1 / 3, 12);
  });
});
