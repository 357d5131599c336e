import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { TOWN_NETWORK } from '../../../../data/demo/index.js';
import { testApp } from '../../../../test/db.js';
import { loadDemoWorld } from '../demo/demo.service.js';
import { upload } from '../../../../test/support/imports.js';

const { app, db, admin, call } = await testApp();
await loadDemoWorld(db);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-exports-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function get(url: string, token: string | null = admin.token) {
  const res = await app.request(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const text = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
const total = async (p: string) => (await call('GET', p)).body.total as number;

/** networkx reads the file back; returns node and edge counts and one node's attributes. */
function networkx(file: string, format: 'gexf' | 'graphml') {
  const script = `
import json, sys, networkx as nx
g = nx.read_${format}(sys.argv[1])
n = next(iter(g.nodes(data=True)))
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "attributes": sorted(n[1].keys()), "kinds": sorted({d.get("kind") for _, _, d in g.edges(data=True)})}))`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8', timeout: 60_000 })) as {
    nodes: number;
    edges: number;
    directed: boolean;
    attributes: string[];
    kinds: string[];
  };
}
const hasNetworkx = (() => {
  try {
    execFileSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('exports', () => {
  it('writes CSV for Finnish Excel with formula injection escaped', async () => {
    await call('POST', '/api/v1/organisations', { kind: 'company', nameFi: '=HYPERLINK("http://evil")' });
    const res = await get('/api/v1/exports/organisations.csv?delimiter=semicolon');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="organisations.csv"');
    const body = text(res.bytes);
    expect(body.startsWith('\uFEFFid;kind;nameFi;')).toBe(true);
    expect(body).toContain(`;"'=HYPERLINK(""http://evil"")";`);
    const lines = body.trimEnd().split('\r\n');
    expect(lines.length - 1).toBe(await total('/api/v1/organisations'));
  });

  it('writes Excel and JSON of the records the caller may see', async () => {
    const xlsx = await get('/api/v1/exports/organisations.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('id');
    expect(sheet.rowCount - 1).toBe(await total('/api/v1/organisations'));
    const json = JSON.parse(text((await get('/api/v1/exports/relations.json')).bytes)) as unknown[];
    expect(json.length).toBe(await total('/api/v1/relations'));
    // Anonymous callers get the public records only.
    const anonymous = JSON.parse(text((await get('/api/v1/exports/organisations.json', null)).bytes)) as {
      visibility: string;
    }[];
    const publicCount = Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from organisations where visibility = 'public'`.execute(db)
      ).rows[0]!.n,
    );
    expect(anonymous.length).toBe(publicCount);
    expect(new Set(anonymous.map((o) => o.visibility))).toEqual(new Set(['public']));
    expect((await get('/api/v1/exports/nothing.csv')).status).toBe(404);
    expect((await get('/api/v1/exports/organisations.pdf')).status).toBe(404);
  });

  it('audits every export of personal data', async () => {
    const res = await get('/api/v1/exports/people.csv');
    expect(res.status).toBe(200);
    const entry = await db
      .selectFrom('auditLog')
      .select(['detail'])
      .where('action', '=', 'export')
      .where('entity', '=', 'people')
      .executeTakeFirst();
    expect((entry?.detail as { ids: string[] }).ids.length).toBe(await total('/api/v1/people'));
  });

  it('re-imports its own CSV as updates of the same records', async () => {
    const csv = text((await get('/api/v1/exports/organisations.csv')).bytes);
    const before = await total('/api/v1/organisations');
    const res = await upload(app, admin.token, 'entity=organisations&dryRun=true', {
      name: 'o.csv',
      bytes: csv,
    });
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    expect(res.body.counts).toMatchObject({ rows: before, created: 0, updated: before, failed: 0 });
  });

  it.skipIf(!hasNetworkx)(
    'writes the network of a scope as GEXF and GraphML that networkx reads',
    async () => {
      const picture = (await call('GET', `/api/v1/pictures?scope=network&id=${TOWN_NETWORK}`)).body;
      for (const format of ['gexf', 'graphml'] as const) {
        const res = await get(`/api/v1/exports/network.${format}?scope=network&id=${TOWN_NETWORK}`);
        expect(res.status).toBe(200);
        const file = path.join(dir, `network.${format}`);
        fs.writeFileSync(file, res.bytes);
        const g = networkx(file, format);
        expect(g.nodes).toBe(picture.network.nodes);
        expect(g.edges).toBe(picture.network.relations);
        expect(g.directed).toBe(true);
        expect(g.attributes).toEqual(
          expect.arrayContaining(['kind', 'municipality', 'pagerank', 'betweenness']),
        );
        expect(g.kinds.length).toBeGreaterThan(0);
      }
      expect((await get('/api/v1/exports/network.gexf?scope=network&id=nope')).status).toBe(404);
    },
  );

  it('writes the visible events as iCalendar, optionally of one network', async () => {
    const all = await get('/api/v1/exports/events.ics');
    expect(all.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(text(all.bytes))).getAllSubcomponents('vevent');
    expect(events.length).toBe(await total('/api/v1/events'));
    const network = (await call('GET', `/api/v1/networks/${TOWN_NETWORK}`)).body.id as string;
    const some = await get(`/api/v1/exports/events.ics?networkId=${network}&lang=en`);
    const ofNetwork = new ICAL.Component(ICAL.parse(text(some.bytes))).getAllSubcomponents('vevent');
    expect(ofNetwork.length).toBe(await total(`/api/v1/events?networkId=${network}`));
    expect(ofNetwork.length).toBeLessThanOrEqual(events.length);
    const first = new ICAL.Event(ofNetwork[0]!);
    expect(first.uid).toMatch(/@solmu$/);
  });
});
