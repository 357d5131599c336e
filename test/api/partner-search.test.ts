import { describe, expect, it } from 'vitest';
import { systemCaller } from '../../src/server/auth/caller.js';
import { rankCandidates } from '../../src/server/modules/partner-search/partner-search.repository.js';
import {
  isGroupUpTo,
  neighbourhoodOf,
  tiesWithGroup,
} from '../../src/server/modules/partner-search/partner-search.graph.repository.js';
import { caller, grantToken, testApp } from '../db.js';

const { app, db, call, anonymous } = await testApp({ logError: (e) => console.error(e) });

const BASE = '/api/v1/partner-search';

async function create(path: string, body: object, workspace = 'test'): Promise<string> {
  const res = await call('POST', `/api/v1/${path}?workspace=${workspace}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

const organisation = (nameFi: string, municipalityCode: string, extra: object = {}) =>
  create('organisations', { kind: 'company', nameFi, municipalityCode, visibility: 'public', ...extra });

const offer = (organisationId: string, fields: object, workspace = 'test') =>
  create('organisation-competences', { organisationId, direction: 'offer', ...fields }, workspace);

// A vocabulary: an energy theme with two members, and an unrelated competence.
const theme = await create('competences', {
  slug: 'energia',
  nameFi: 'energiamurros',
  nameSv: 'energiomställning',
  nameEn: 'energy transition',
  isTheme: true,
});
const hydrogen = await create('competences', {
  slug: 'vetytalous',
  nameFi: 'vetytalous',
  nameSv: 'vätgasekonomi',
  nameEn: 'hydrogen economy',
  themeId: theme,
});
const battery = await create('competences', {
  slug: 'akkuteknologia',
  nameFi: 'akkuteknologia',
  nameSv: 'batteriteknik',
  nameEn: 'battery technology',
  themeId: theme,
});
const wood = await create('competences', { slug: 'puurakentaminen', nameFi: 'puurakentaminen' });

// The asker in Iisalmi needs hydrogen; candidates elsewhere offer it more or less closely.
const asker = await organisation('Kysyjä Oy', '140');
await create('organisation-competences', {
  organisationId: asker,
  direction: 'need',
  competenceId: hydrogen,
});
const vety = await organisation('Vety Oy', '091', { sizeClass: 'small' });
await offer(vety, { competenceId: hydrogen });
await offer(vety, { competenceId: battery });
const lab = await organisation('Vetylaboratorio', '564', { kind: 'rdi', sizeClass: 'large' });
await offer(lab, { competenceId: hydrogen });
const partner = await organisation('Kumppani Oy', '091');
await offer(partner, { competenceId: hydrogen });
const akku = await organisation('Akku Oy', '179');
await offer(akku, { competenceId: battery });
const tagged = await organisation('Tagi Oy', '837');
await offer(tagged, { tag: 'consulting on hydrogen systems' });
const timber = await organisation('Puu Oy', '091');
await offer(timber, { competenceId: wood });

await create('relations', { fromOrganisationId: asker, toOrganisationId: partner, kind: 'collaboration' });
await create('relations', { fromOrganisationId: partner, toOrganisationId: vety, kind: 'supply_chain' });
const project = await create('projects', { nameFi: 'Vetyhanke' });
await create('project-roles', { projectId: project, organisationId: asker, role: 'main_implementer' });
await create('project-roles', { projectId: project, organisationId: lab, role: 'co_implementer' });

// Another workspace's private organisation: only its own readers (and admins) may find it.
await grantToken(db, { email: 'other@test.example', workspace: 'other' });
const hidden = await create(
  'organisations',
  { kind: 'company', nameFi: 'Salainen Vety Oy', municipalityCode: '091', visibility: 'private' },
  'other',
);
await offer(hidden, { competenceId: hydrogen, visibility: 'private' }, 'other');

const viewer = caller(
  app,
  (await grantToken(db, { email: 'viewer@test.example', workspace: 'test', role: 'viewer' })).token,
);

type Candidate = {
  organisation: {
    id: string;
    nameFi: string;
    municipality: { nameFi: string } | null;
    region: { nameFi: string } | null;
  };
  score: number;
  matches: { closeness: string; score: number; competence: { id: string } | null; tag: string | null }[];
  evidence: { projects: { id: string; role: string }[]; projectCount: number; relationCount: number };
  graph: {
    distance: number | null;
    commonPartners: { id: string; nameFi: string }[];
    commonPartnerCount: number;
  };
  collaboration: { sharedProjects: { id: string }[]; relationKinds: string[] };
};

async function search(query: string, who = viewer) {
  const res = await who('GET', `${BASE}?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    total: number;
    totalIsAtLeast: boolean;
    items: Candidate[];
    need: { source: string; text: string | null; competences: { id: string }[] };
  };
}

const names = (r: { items: Candidate[] }) => r.items.map((c) => c.organisation.nameFi);
const find = (r: { items: Candidate[] }, id: string) => r.items.find((c) => c.organisation.id === id)!;

describe('GET /api/v1/partner-search', () => {
  it('ranks exact offers above same-theme ones, more matching offers first, then by name', async () => {
    const r = await search(`competenceId=${hydrogen}&asker=${asker}`);
    expect(names(r)).toEqual(['Vety Oy', 'Kumppani Oy', 'Vetylaboratorio', 'Akku Oy']);
    expect(r.total).toBe(4);
    expect(r.items.map((c) => c.score)).toEqual([1.05, 1, 1, 0.6]);
    expect(find(r, vety).matches.map((m) => [m.closeness, m.score, m.competence?.id])).toEqual([
      ['exact', 1, hydrogen],
      ['theme', 0.6, battery],
    ]);
    expect(find(r, akku).matches[0]).toMatchObject({ closeness: 'theme', competence: { id: battery } });
  });

  it('explains place, evidence, graph distance, common partners and earlier collaboration', async () => {
    const r = await search(`competenceId=${hydrogen}&asker=${asker}`);
    const v = find(r, vety);
    expect(v.organisation.municipality?.nameFi).toBe('Helsinki');
    expect(v.organisation.region?.nameFi).toBe('Uusimaa');
    expect(v.graph).toMatchObject({ distance: 2, commonPartnerCount: 1 });
    expect(v.graph.commonPartners.map((p) => p.nameFi)).toEqual(['Kumppani Oy']);
    const k = find(r, partner);
    expect(k.graph.distance).toBe(1);
    expect(k.collaboration.relationKinds).toEqual(['collaboration']);
    expect(k.evidence.relationCount).toBe(2);
    const l = find(r, lab);
    expect(l.graph.distance).toBeNull();
    expect(l.collaboration.sharedProjects.map((p) => p.id)).toEqual([project]);
    expect(l.evidence).toMatchObject({
      projectCount: 1,
      projects: [{ id: project, role: 'co_implementer' }],
    });
  });

  it('measures from a whole town when the asker is a municipality code', async () => {
    const r = await search(`competenceId=${hydrogen}&asker=140`);
    expect(find(r, partner).graph.distance).toBe(1);
    expect(find(r, vety).graph).toMatchObject({ distance: 2, commonPartners: [{ id: partner }] });
    expect(find(r, lab).collaboration.sharedProjects.map((p) => p.id)).toEqual([project]);
    expect(find(r, akku).graph.distance).toBeNull();
  });

  it('reads the ties around a page alike from the neighbourhood of a small group and from the relations of a large town', async () => {
    const around = [partner, vety, lab, akku];
    const town = { municipalityCode: '140' };
    const sorted = (ties: { a: string; kind: string }[]) => ties.map((t) => `${t.a} ${t.kind}`).sort();
    const wanted = new Set(around);
    const whole = (await neighbourhoodOf(db, systemCaller(), town)).filter((t) => wanted.has(t.a));
    const probed = await tiesWithGroup(db, systemCaller(), around, town);
    expect(sorted(whole)).toEqual([`${partner} collaboration`]);
    expect(sorted(probed.map((t) => ({ a: t.a, kind: t.kind })))).toEqual(sorted(whole));
  });

  it('reads a written need in Swedish as its vocabulary competence, and words alone as a text match', async () => {
    const sv = await search('q=v%C3%A4tgasekonomi');
    expect(sv.need.competences.map((c) => c.id)).toEqual([hydrogen]);
    expect(names(sv).slice(0, 3)).toEqual(['Vety Oy', 'Kumppani Oy', 'Vetylaboratorio']);
    // "systems" is found by "system": English stemming, not the literal word.
    const text = await search('q=hydrogen%20system');
    expect(text.need.competences).toEqual([]);
    expect(names(text)).toEqual(['Tagi Oy']);
    expect(text.items[0]!.matches[0]).toMatchObject({
      closeness: 'text',
      tag: 'consulting on hydrogen systems',
    });
    expect(text.items[0]!.matches[0]!.score).toBeGreaterThan(0.3);
  });

  it('takes the need from an organisation or an ecosystem, leaving the asker itself out', async () => {
    const fromOrg = await search(`fromOrganisationId=${asker}`);
    expect(fromOrg.need).toMatchObject({ source: 'organisation', competences: [{ id: hydrogen }] });
    expect(names(fromOrg)).toEqual(['Vety Oy', 'Kumppani Oy', 'Vetylaboratorio', 'Akku Oy']);
    expect(find(fromOrg, partner).graph.distance).toBe(1);
    const ecosystem = await create('ecosystems', { slug: 'iisalmen-energia', nameFi: 'Iisalmen energia' });
    await create('ecosystem-members', { ecosystemId: ecosystem, organisationId: asker, role: 'core' });
    const fromEcosystem = await search(`fromEcosystemId=${ecosystem}`);
    expect(fromEcosystem.need.source).toBe('ecosystem');
    expect(names(fromEcosystem)).toEqual(names(fromOrg));
    // A need written as a free tag is searched as words.
    const seeker = await organisation('Etsijä Oy', '140');
    await create('organisation-competences', {
      organisationId: seeker,
      direction: 'need',
      tag: 'hydrogen systems',
    });
    const fromTag = await search(`fromOrganisationId=${seeker}`);
    expect(fromTag.need).toMatchObject({ competences: [], text: '"hydrogen systems"' });
    expect(names(fromTag)).toEqual(['Tagi Oy']);
  });

  it('searches in a town, a network or the Innokaupungit', async () => {
    expect(names(await search(`competenceId=${hydrogen}&scope=town&scopeId=091`))).toEqual([
      'Vety Oy',
      'Kumppani Oy',
    ]);
    const network = await create('networks', {
      slug: 'testiverkko',
      kind: 'town_network',
      nameFi: 'Testiverkko',
    });
    await create('network-members', { networkId: network, organisationId: lab, role: 'member' });
    expect(names(await search(`competenceId=${hydrogen}&scope=network&scopeId=${network}`))).toEqual([
      'Vetylaboratorio',
    ]);
    expect(names(await search(`competenceId=${hydrogen}&scope=network&scopeId=testiverkko`))).toEqual([
      'Vetylaboratorio',
    ]);
    const inno = await create('networks', {
      slug: 'innokaupungit',
      kind: 'city_network',
      nameFi: 'Innokaupungit',
    });
    const jyvaskyla = await organisation('Jyväskylän kaupunki', '179', { kind: 'municipality' });
    await create('network-members', { networkId: inno, organisationId: jyvaskyla, role: 'member' });
    expect(names(await search(`competenceId=${hydrogen}&scope=innokaupungit`))).toEqual(['Akku Oy']);
  });

  it('filters by kind, size, region and leaves out those already related', async () => {
    expect(names(await search(`competenceId=${hydrogen}&kind=rdi`))).toEqual(['Vetylaboratorio']);
    expect(names(await search(`competenceId=${hydrogen}&sizeClass=small`))).toEqual(['Vety Oy']);
    expect(names(await search(`competenceId=${hydrogen}&regionCode=01`))).toEqual(['Vety Oy', 'Kumppani Oy']);
    expect(names(await search(`competenceId=${hydrogen}&notRelatedTo=${asker}`))).toEqual([
      'Vety Oy',
      'Vetylaboratorio',
      'Akku Oy',
    ]);
    // A whole town: the relations of every organisation in Iisalmi.
    expect(names(await search(`competenceId=${hydrogen}&notRelatedTo=140`))).not.toContain('Kumppani Oy');
  });

  it('counts those not related only up to a cap, and says so, paging in the same order', async () => {
    const notRelated = `competenceId=${hydrogen}&notRelatedTo=${asker}`;
    const all = await search(notRelated);
    expect([all.total, all.totalIsAtLeast]).toEqual([3, false]);
    expect((await search(`competenceId=${hydrogen}`)).totalIsAtLeast).toBe(false);
    const pages = [await search(`${notRelated}&limit=2`), await search(`${notRelated}&limit=2&offset=2`)];
    expect(pages.flatMap(names)).toEqual(names(all));
    const need = { exactIds: [hydrogen], themeIds: [battery, theme], text: null };
    const filter = {
      municipalityCodes: null,
      memberIds: null,
      excludeIds: [asker, hidden], // the system caller would see the other workspace's too
      notRelatedTo: { organisationId: asker },
    };
    const rank = (cap: number, offset = 0, reach?: number) =>
      rankCandidates(db, systemCaller(), need, filter, { limit: 1, offset }, { lazy: true, cap, reach });
    const capped = await rank(2);
    expect([capped.total, capped.totalIsAtLeast]).toEqual([2, true]);
    expect(capped.rows.map((r) => r.nameFi)).toEqual(['Vety Oy']);
    expect((await rank(2, 2)).rows.map((r) => r.nameFi)).toEqual(['Akku Oy']);
    const exact = await rank(3);
    expect([exact.total, exact.totalIsAtLeast]).toEqual([3, false]);
    // Reading only the best candidate first, the related second one leaves the page short: the reach grows.
    expect((await rank(3, 1, 1)).rows.map((r) => r.nameFi)).toEqual(names(all).slice(1, 2));
  });

  it('leaves out the whole neighbourhood of a small group at once, with the same page as probing each candidate', async () => {
    const need = { exactIds: [hydrogen], themeIds: [battery, theme], text: null };
    for (const group of [{ organisationId: asker }, { municipalityCode: '140' }]) {
      expect(await isGroupUpTo(db, group, 0)).toBe('organisationId' in group);
      const filter = { municipalityCodes: null, memberIds: null, excludeIds: [hidden], notRelatedTo: group };
      const read = (lazy: boolean) =>
        rankCandidates(db, systemCaller(), need, filter, { limit: 10, offset: 0 }, { lazy });
      const [whole, probed] = [await read(false), await read(true)];
      expect(whole.rows.length).toBeGreaterThan(0);
      expect(whole.rows.map((r) => r.nameFi)).toEqual(probed.rows.map((r) => r.nameFi));
      expect([whole.total, whole.totalIsAtLeast]).toEqual([probed.total, false]);
    }
  });

  it('pages the ranking', async () => {
    const first = await search(`competenceId=${hydrogen}&limit=2`);
    const second = await search(`competenceId=${hydrogen}&limit=2&offset=2`);
    expect([...names(first), ...names(second)]).toEqual([
      'Vety Oy',
      'Kumppani Oy',
      'Vetylaboratorio',
      'Akku Oy',
    ]);
    expect(first.total).toBe(4);
  });

  it('never shows an organisation the caller cannot see, nor lets it stand as the need', async () => {
    expect(names(await search(`competenceId=${hydrogen}`, call))).toContain('Salainen Vety Oy');
    const r = await search(`competenceId=${hydrogen}&scope=town&scopeId=091`);
    expect(names(r)).not.toContain('Salainen Vety Oy');
    expect((await viewer('GET', `${BASE}?fromOrganisationId=${hidden}`)).status).toBe(404);
    expect((await viewer('GET', `${BASE}?competenceId=${hydrogen}&notRelatedTo=${hidden}`)).status).toBe(404);
  });

  it('refuses a bad query with the field named, and strangers', async () => {
    const field = async (query: string) => {
      const res = await viewer('GET', `${BASE}?${query}`);
      expect(res.status).toBe(400);
      return res.body.error.details.map((d: { path: string }) => d.path);
    };
    expect(await field(`competenceId=${hydrogen}&limit=500`)).toEqual(['limit']);
    expect(await field(`competenceId=${hydrogen}&q=vety`)).toEqual(['q']);
    expect(await field('scope=finland')).toEqual(['competenceId']);
    expect(await field(`competenceId=${hydrogen}&scope=town`)).toEqual(['scopeId']);
    expect(await field(`competenceId=not-an-id`)).toEqual(['competenceId']);
    expect(await field(`competenceId=${hydrogen}&colour=red`)).toEqual(['colour']);
    expect((await anonymous('GET', `${BASE}?competenceId=${hydrogen}`)).status).toBe(401);
    expect((await viewer('GET', `${BASE}?competenceId=${timber}`)).status).toBe(404);
  });
});
