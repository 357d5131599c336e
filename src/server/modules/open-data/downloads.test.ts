/**
 * Bulk downloads and what every open data answer carries: CSV read back with the project's CSV reader,
 * JSON with its licence, the index, CORS, ETag and 304, caching, and the request budget of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../formats/csv.js';
import { createApp } from '../../app.js';
import { testApp } from '../../../../test/db.js';
import { buildOpenWorld, expectNoLeak } from '../../../../test/support/open-data.js';
import { DATASETS } from './downloads.service.js';

const { app, db, call, anonymous } = await testApp();
const world = await buildOpenWorld(db, call);
const OPEN = '/api/open/v1';
const FILES = DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]);

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

/** A CSV file's rows as objects by its header, read with the project's CSV reader. */
function csvRows(text: string) {
  const parsed = parseCsv(text, { delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.records.map((r) => r.fields);
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]]))) };
}

describe('bulk downloads', () => {
  it.each(FILES)('%s holds public records only, for anyone', async (file) => {
    const res = await get(`${OPEN}/download/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    expectNoLeak(await res.text(), world, file);
  });

  it('writes organisations as UTF-8 CSV with a BOM that reads back field for field', async () => {
    const res = await get(`${OPEN}/download/organisations.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { header, rows } = csvRows(new TextDecoder().decode(bytes));
    const api = (await anonymous('GET', `${OPEN}/organisations`)).body.items;
    expect(header).toEqual(Object.keys(api[0]));
    expect(rows).toEqual([
      expect.objectContaining({
        id: world.organisations.public,
        nameFi: 'Avoin Saha Oy',
        municipalityNameFi: 'Savonlinna',
        industryCode: '16100',
        website: 'https://saha.example.fi',
        publicConsent: 'true',
        businessId: '',
      }),
    ]);
  });

  it('writes lists in a CSV cell as JSON text, and every event past and upcoming', async () => {
    const { rows } = csvRows(await (await get(`${OPEN}/download/ecosystems.csv`)).text());
    expect(JSON.parse(rows[0]!.municipalities!)).toEqual([
      { code: '740', nameFi: 'Savonlinna', nameSv: 'Nyslott', nameEn: null },
    ]);
    const events = csvRows(await (await get(`${OPEN}/download/events.csv`)).text()).rows;
    expect(events.map((e) => e.id).sort()).toEqual([world.events.public, world.events.past].sort());
  });

  it('gives JSON with the licence beside the items', async () => {
    const res = await get(`${OPEN}/download/networks.json`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await res.json();
    expect(body.dataset).toBe('networks');
    expect(body.licence).toEqual({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(body.items.map((n: { id: string }) => n.id)).toEqual([world.networks.public]);
  });

  it('lists the datasets with their sizes, formats and licence', async () => {
    const { licence, datasets } = (await anonymous('GET', `${OPEN}/download`)).body;
    expect(licence.id).toBe('CC-BY-4.0');
    expect(datasets.map((d: { name: string }) => d.name)).toEqual([...DATASETS]);
    const records = Object.fromEntries(
      datasets.map((d: { name: string; records: number }) => [d.name, d.records]),
    );
    expect(records).toEqual({ organisations: 1, events: 2, ecosystems: 1, networks: 1, pages: 2 });
    expect(datasets[0].files).toEqual([
      {
        format: 'csv',
        mediaType: 'text/csv; charset=utf-8',
        url: `http://localhost${OPEN}/download/organisations.csv`,
      },
      {
        format: 'json',
        mediaType: 'application/json; charset=utf-8',
        url: `http://localhost${OPEN}/download/organisations.json`,
      },
    ]);
    expect(datasets[0].modifiedAt).toEqual(expect.any(String));
  });

  it('refuses a dataset or format it does not have', async () => {
    expect((await get(`${OPEN}/download/people.csv`)).status).toBe(400);
    expect((await get(`${OPEN}/download/organisations.xlsx`)).status).toBe(400);
  });
});

describe('the licence', () => {
  it('is stated in three languages and linked from every answer', async () => {
    const res = await anonymous('GET', `${OPEN}/licence`);
    expect(res.body).toEqual({
      id: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      statement: {
        fi: expect.stringContaining('CC-BY-4.0'),
        sv: expect.stringContaining('CC-BY-4.0'),
        en: expect.stringContaining('CC-BY-4.0'),
      },
    });
    for (const path of [`${OPEN}/licence`, `${OPEN}/organisations`, `${OPEN}/download/events.csv`]) {
      expect((await get(path)).headers.get('link'), path).toBe(
        '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
      );
    }
  });

  it("is the installation's own when configured", async () => {
    const own = { id: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };
    const other = createApp({ db, version: 'test', openDataLicence: own });
    expect(await (await other.request(`${OPEN}/licence`)).json()).toMatchObject(own);
    expect((await (await other.request(`${OPEN}/download/pages.json`)).json()).licence).toEqual(own);
    expect((await other.request(`${OPEN}/pages`)).headers.get('link')).toBe(`<${own.url}>; rel="license"`);
  });
});

describe('CORS, caching and ETag', () => {
  it('answers a preflight from any site for reads only, without credentials', async () => {
    const res = await app.request(`${OPEN}/organisations`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://kunta.example.fi',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets other sites read the answers, cached publicly for a minute', async () => {
    const res = await get(`${OPEN}/events`, { origin: 'https://kunta.example.fi' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    // The signed-in API keeps its own rules.
    const own = await get('/api/v1/changes/recent', { origin: 'https://kunta.example.fi' });
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
    expect(own.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('answers HEAD like GET, without the body', async () => {
    const res = await app.request(`${OPEN}/download/organisations.csv`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/organisations\.csv/);
    expect(await res.text()).toBe('');
  });

  it('answers 304 to a client that holds the current version, with its CORS and caching headers', async () => {
    for (const path of [`${OPEN}/organisations`, `${OPEN}/download/organisations.csv`]) {
      const first = await get(path);
      const tag = first.headers.get('etag');
      expect(tag, path).toMatch(/"/);
      const again = await get(path, { 'if-none-match': tag!, origin: 'https://kunta.example.fi' });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
      expect(again.headers.get('cache-control')).toBe('public, max-age=60');
    }
  });

  it('gives a new version once a public record changes, or a record becomes public', async () => {
    const path = `${OPEN}/download/organisations.json`;
    const tagOf = async () => (await get(path)).headers.get('etag')!;
    const before = await tagOf();
    await call('PATCH', `/api/v1/organisations/${world.organisations.public}`, { nameSv: 'Öppen Såg Ab' });
    const edited = await tagOf();
    expect(edited).not.toBe(before);
    expect((await get(path, { 'if-none-match': before })).status).toBe(200);
    await call('PATCH', `/api/v1/organisations/${world.organisations.network}`, { visibility: 'public' });
    const widened = await tagOf();
    expect(widened).not.toBe(edited);
    const items = (await (await get(path)).json()).items.map((o: { id: string }) => o.id);
    expect(items).toContain(world.organisations.network);
    await call('PATCH', `/api/v1/organisations/${world.organisations.network}`, { visibility: 'network' });
  });
});

describe('the request budget', () => {
  it('refuses an address over its open data budget with 429 and Retry-After, apart from the API budget', async () => {
    // The budgets are kept in the database, shared by every app on it: each app here asks from an address of its own.
    const limited = createApp({
      db,
      version: 'test',
      security: { openRequestsPerMinute: 3, apiRequestsPerMinute: 2 },
    });
    const from = (app: typeof limited, ip: string) => (path: string) =>
      app.request(path, {}, { incoming: { socket: { remoteAddress: ip } } });
    const ask = from(limited, '192.0.2.10');
    for (let i = 0; i < 3; i++) expect((await ask(`${OPEN}/licence`)).status).toBe(200);
    const refused = await ask(`${OPEN}/pages`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await refused.json()).error.code).toBe('rate_limited');
    // The signed-in API's budget is untouched by the open data's, and the other way round (the health
    // probes are outside both).
    expect((await ask('/api/v1/regions')).status).toBe(200);
    expect((await ask('/api/v1/regions')).status).toBe(200);
    expect((await ask('/api/v1/regions')).status).toBe(429);
    const apiSpent = from(
      createApp({ db, version: 'test', security: { apiRequestsPerMinute: 1 } }),
      '192.0.2.11',
    );
    expect((await apiSpent('/api/v1/regions')).status).toBe(200);
    expect((await apiSpent('/api/v1/regions')).status).toBe(429);
    expect((await apiSpent(`${OPEN}/pages`)).status).toBe(200);
  });
});
