/**
 * The open data API end to end: every route anonymous, public records only (whoever asks), paging,
 * filters, key figures, and the API document.
 */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { buildOpenWorld, expectNoLeak } from '../../../../test/support/open-data.js';
import { importNationalTable } from '../reference/national.import.js';

const { db, call, anonymous } = await testApp({ now: () => new Date('2026-12-07T12:00:00Z') });
const world = await buildOpenWorld(db, call);
const OPEN = '/api/open/v1';

const ROUTES = [
  `${OPEN}/licence`,
  `${OPEN}/pages`,
  `${OPEN}/organisations`,
  `${OPEN}/events`,
  `${OPEN}/ecosystems`,
  `${OPEN}/networks`,
  `${OPEN}/municipalities/740/key-figures`,
  `${OPEN}/municipalities/091/key-figures`,
  `${OPEN}/download`,
];

describe('the open data API', () => {
  it.each(ROUTES)('%s answers an anonymous caller, with public records only', async (path) => {
    const res = await anonymous('GET', path);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expectNoLeak(JSON.stringify(res.body), world, path);
  });

  it.each(ROUTES)('%s reads as an anonymous visitor even for a signed-in admin', async (path) => {
    const asAdmin = await call('GET', path);
    const asNobody = await anonymous('GET', path);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body).toEqual(asNobody.body);
  });

  it('lists published pages of public records with their addresses in three languages', async () => {
    const { items } = (await anonymous('GET', `${OPEN}/pages`)).body;
    expect(items.map((p: { path: string }) => p.path)).toEqual(['savonlinna', 'savonlinna/metsa']);
    expect(items[0]).toEqual({
      path: 'savonlinna',
      kind: 'municipality',
      nameFi: 'Savonlinna',
      nameSv: 'Nyslott',
      nameEn: null,
      addressFi: 'http://localhost/fi/invest/savonlinna',
      addressSv: 'http://localhost/sv/invest/savonlinna',
      addressEn: 'http://localhost/en/invest/savonlinna',
      publishedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(items[1]).toMatchObject({ kind: 'ecosystem', nameFi: 'Avoin metsäekosysteemi' });
    const towns = (await anonymous('GET', `${OPEN}/pages?kind=municipality`)).body.items;
    expect(towns).toHaveLength(1);
  });

  it('shows an organisation with its town, industry and consent', async () => {
    const { items, nextCursor } = (await anonymous('GET', `${OPEN}/organisations`)).body;
    expect(nextCursor).toBeNull();
    expect(items).toEqual([
      {
        id: world.organisations.public,
        nameFi: 'Avoin Saha Oy',
        nameSv: null,
        nameEn: null,
        businessId: null,
        kind: 'company',
        municipalityCode: '740',
        municipalityNameFi: 'Savonlinna',
        municipalityNameSv: 'Nyslott',
        industryCode: '16100',
        industryNameFi: expect.stringMatching(/^Sahatavaran/),
        industryNameSv: expect.any(String),
        industryNameEn: expect.any(String),
        website: 'https://saha.example.fi',
        publicConsent: true,
      },
    ]);
  });

  it('pages through organisations and filters them by town, kind and industry', async () => {
    const more = await Promise.all(
      ['Avoin A Oy', 'Avoin B Oy', 'Avoin C Oy'].map(async (nameFi) => {
        const res = await call('POST', '/api/v1/organisations', {
          kind: 'education',
          nameFi,
          municipalityCode: '167',
          tolCode: '85410',
          visibility: 'public',
        });
        return res.body.id as string;
      }),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await anonymous(
        'GET',
        `${OPEN}/organisations?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((o) => o.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([world.organisations.public, ...more].sort());
    const ids = async (query: string) =>
      (await anonymous('GET', `${OPEN}/organisations?${query}`)).body.items.map((o: { id: string }) => o.id);
    expect((await ids('municipalityCode=167')).sort()).toEqual([...more].sort());
    expect(await ids('kind=company')).toEqual([world.organisations.public]);
    expect(await ids('industryCode=16')).toEqual([world.organisations.public]);
    expect(await ids('industryCode=62')).toEqual([]);
    expect((await anonymous('GET', `${OPEN}/organisations?industryCode=x`)).status).toBe(400);
    expect((await anonymous('GET', `${OPEN}/organisations?limit=501`)).status).toBe(400);
    for (const id of more) await call('DELETE', `/api/v1/organisations/${id}`);
  });

  it('shows upcoming public events, naming only a public ecosystem or network', async () => {
    const { items } = (await anonymous('GET', `${OPEN}/events`)).body;
    expect(items).toEqual([
      {
        id: world.events.public,
        kind: 'webinar',
        titleFi: 'Avoin webinaari',
        titleSv: null,
        titleEn: null,
        startsAt: '2027-03-01T08:00:00.000Z',
        endsAt: '2027-03-01T10:00:00.000Z',
        location: 'Savonlinna-sali',
        isOnline: true,
        onlineUrl: 'https://meet.example.fi/webinaari',
        municipalityCode: '740',
        municipalityNameFi: 'Savonlinna',
        municipalityNameSv: 'Nyslott',
        ecosystemId: null,
        ecosystemNameFi: null,
        networkId: world.networks.public,
        networkNameFi: 'Avoin verkosto',
      },
    ]);
    const since2025 = (await anonymous('GET', `${OPEN}/events?from=2025-01-01T00:00:00Z`)).body.items;
    expect(since2025.map((e: { id: string }) => e.id).sort()).toEqual(
      [world.events.public, world.events.past].sort(),
    );
    const count = async (query: string) =>
      (await anonymous('GET', `${OPEN}/events?${query}`)).body.items.length;
    expect(await count(`networkId=${world.networks.public}`)).toBe(1);
    expect(await count(`ecosystemId=${world.ecosystems.private}`)).toBe(0);
    expect(await count(`networkId=${world.networks.private}`)).toBe(0);
    expect(await count('municipalityCode=091')).toBe(0);
    expect(await count('kind=visit')).toBe(0);
    expect((await anonymous('GET', `${OPEN}/events?cursor=${world.events.public}`)).status).toBe(400);
  });

  it('pages through events in the order they start', async () => {
    const all = (await anonymous('GET', `${OPEN}/events?from=2025-01-01T00:00:00Z`)).body.items;
    expect(all.map((e: { id: string }) => e.id)).toEqual([world.events.past, world.events.public]);
    const first = (await anonymous('GET', `${OPEN}/events?from=2025-01-01T00:00:00Z&limit=1`)).body;
    expect(first.items.map((e: { id: string }) => e.id)).toEqual([world.events.past]);
    expect(first.nextCursor).toBe(`2025-03-01T08:00:00.000Z~${world.events.past}`);
    const second = (
      await anonymous('GET', `${OPEN}/events?from=2025-01-01T00:00:00Z&limit=1&cursor=${first.nextCursor}`)
    ).body;
    expect(second).toEqual({
      items: [expect.objectContaining({ id: world.events.public })],
      nextCursor: null,
    });
  });

  it('shows public ecosystems with their towns and public networks with the towns of public members', async () => {
    const ecosystems = (await anonymous('GET', `${OPEN}/ecosystems`)).body.items;
    expect(ecosystems).toEqual([
      expect.objectContaining({
        id: world.ecosystems.public,
        themes: ['biotalous'],
        municipalities: [{ code: '740', nameFi: 'Savonlinna', nameSv: 'Nyslott', nameEn: null }],
      }),
    ]);
    expect((await anonymous('GET', `${OPEN}/ecosystems?municipalityCode=091`)).body.items).toEqual([]);
    const networks = (await anonymous('GET', `${OPEN}/networks`)).body.items;
    expect(networks).toEqual([
      expect.objectContaining({
        id: world.networks.public,
        kind: 'town_network',
        municipalities: [{ code: '740', nameFi: 'Savonlinna', nameSv: 'Nyslott', nameEn: null }],
      }),
    ]);
    expect((await anonymous('GET', `${OPEN}/networks?kind=city_network`)).body.items).toEqual([]);
  });

  it("gives a town's key figures from public records, and its jobs once the national table is there", async () => {
    const before = (await anonymous('GET', `${OPEN}/municipalities/740/key-figures`)).body;
    expect(before).toEqual({
      municipality: { code: '740', nameFi: 'Savonlinna', nameSv: 'Nyslott', nameEn: null },
      publicActors: 1,
      actorsByKind: [{ kind: 'company', count: 1 }],
      ecosystems: 1,
      upcomingEvents: 1,
      jobsByIndustry: null,
    });
    const jobs = [
      '"Alue","Toimiala","2022 Työpaikat"',
      '"KU740 Savonlinna","16 Sahatavaran sekä puu- ja korkkituotteiden valmistus",600',
      '"KU740 Savonlinna","62 Ohjelmistot, konsultointi ja siihen liittyvä toiminta",400',
    ].join('\n');
    expect(await importNationalTable(db, jobs, { basis: 'jobs', source: 'Tilastokeskus' })).toMatchObject({
      ok: true,
    });
    const after = (await anonymous('GET', `${OPEN}/municipalities/740/key-figures`)).body;
    expect(after.jobsByIndustry).toEqual({
      year: 2022,
      source: 'Tilastokeskus',
      title: null,
      industries: [
        {
          industryCode: '16',
          nameFi: expect.stringMatching(/^Sahatavaran/),
          nameSv: expect.any(String),
          nameEn: expect.any(String),
          jobs: 600,
        },
        {
          industryCode: '62',
          nameFi: expect.stringMatching(/^Ohjelmistot/),
          nameSv: expect.any(String),
          nameEn: expect.any(String),
          jobs: 400,
        },
      ],
    });
    const helsinki = (await anonymous('GET', `${OPEN}/municipalities/091/key-figures`)).body;
    expect(helsinki).toMatchObject({ publicActors: 0, actorsByKind: [], jobsByIndustry: { industries: [] } });
    expect((await anonymous('GET', `${OPEN}/municipalities/999/key-figures`)).status).toBe(404);
    expect((await anonymous('GET', `${OPEN}/municipalities/x/key-figures`)).status).toBe(400);
  });

  it('is documented in the API document under its own tag', async () => {
    const doc = (await anonymous('GET', '/api/v1/openapi.json')).body;
    for (const path of [
      'pages',
      'organisations',
      'events',
      'ecosystems',
      'networks',
      'licence',
      'download',
    ]) {
      expect(doc.paths[`${OPEN}/${path}`]?.get?.tags, path).toEqual(['open data']);
    }
    expect(doc.paths[`${OPEN}/download/{file}`].get.parameters[0].schema.enum).toContain('organisations.csv');
    expect(doc.components.schemas.OpenOrganisation.properties.publicConsent).toBeDefined();
  });
});
