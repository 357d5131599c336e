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
import { GEXF_STRUCTURE, runPython } from '../../../../test/support/networkx.js';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { GraphConstructor } from 'graphology-types';
import { mapLayout } from '../../../analysis/map-layout.js';
import { KIND_COLORS, kindColor, rgbOf } from '../../../domain/network-style.js';

// graphology's types describe its CommonJS build; under NodeNext the ESM default export is the class.
const Graph = graphology as unknown as GraphConstructor;

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
  return JSON.parse(runPython(script, file)) as {
    nodes: number;
    edges: number;
    directed: boolean;
    attributes: string[];
    kinds: string[];
  };
}
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

  it('writes the network of a scope as GEXF and GraphML that networkx reads', async () => {
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
  });

  it('draws the exported network as the map does: colour by kind, size by the measure, the layout', async () => {
    const map = (await call('GET', `/api/v1/graph?scope=network&id=${TOWN_NETWORK}`)).body as {
      nodes: { id: string[]; kind: string[] };
      edges: { from: number[]; to: number[] };
    };
    const at = framedLayout(mapLayout(map.nodes.id.length, map.edges));
    const url = `/api/v1/exports/network.gexf?scope=network&id=${TOWN_NETWORK}&sizeBy=betweenness`;
    const g = parseGexf(Graph, text((await get(url)).bytes));
    expect(g.order).toBe(map.nodes.id.length);
    const kinds = new Set<string>();
    map.nodes.id.forEach((id, i) => {
      const a = g.getNodeAttributes(id);
      const { r, g: green, b } = rgbOf(kindColor(map.nodes.kind[i]));
      expect(a.color).toBe(`rgb(${r},${green},${b})`);
      expect({ x: a.x, y: a.y }).toEqual(at(i));
      kinds.add(a.kind as string);
    });
    expect(kinds.size).toBeGreaterThan(1);
    // The layout is as wide as the map's canvas, so Gephi draws sizes beside it as the map does.
    const xs = g.mapNodes((_, a) => a.x as number);
    const ys = g.mapNodes((_, a) => a.y as number);
    const widest = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(widest).toBeCloseTo(1000, 0);
    // Sizes follow betweenness: a larger measure never gets a smaller circle, and they differ.
    const bySize = g
      .mapNodes((_, a) => [Number(a.betweenness ?? 0), a.size as number])
      .sort((p, q) => p[0]! - q[0]!);
    bySize.slice(1).forEach(([, size], i) => expect(size).toBeGreaterThanOrEqual(bySize[i]![1]!));
    expect(new Set(bySize.map(([, size]) => size)).size).toBeGreaterThan(1);
    // Degree (the map's default) gives other sizes.
    const byDegree = parseGexf(Graph, text((await get(url.replace('&sizeBy=betweenness', ''))).bytes));
    const degreeSizes = byDegree
      .mapNodes((_, a) => [Number(a.degree), a.size as number])
      .sort((p, q) => p[0]! - q[0]!);
    degreeSizes.slice(1).forEach(([, size], i) => expect(size).toBeGreaterThanOrEqual(degreeSizes[i]![1]!));
    expect(byDegree.getNodeAttribute(map.nodes.id[0]!, 'degree')).toSatisfy(Number.isInteger);
    // GraphML carries the same drawing in Gephi's keys.
    const graphml = parseGraphml(Graph, text((await get(url.replace('.gexf', '.graphml'))).bytes));
    const first = graphml.getNodeAttributes(map.nodes.id[0]!);
    expect(first.color).toBe(kindColor(map.nodes.kind[0]).toLowerCase());
    expect({ x: first.x, y: first.y }).toEqual(at(0));
    expect(first.size).toBe(g.getNodeAttribute(map.nodes.id[0]!, 'size'));
    expect(Object.values(KIND_COLORS)).toContain(kindColor(map.nodes.kind[0]));
    expect((await get(url.replace('betweenness', 'shoe-size'))).status).toBe(400);
  });

  it('exports files networkx reads with the drawing, and GEXF that keeps to GEXF 1.3', async () => {
    const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1]); h = nx.read_graphml(sys.argv[2])
n = sys.argv[3]
print(json.dumps({"nodes": [g.number_of_nodes(), h.number_of_nodes()], "viz": g.nodes[n]["viz"],
  "gexf": {k: v for k, v in g.nodes[n].items() if k != "viz"}, "graphml": h.nodes[n]}))`;
    const files: string[] = [];
    for (const format of ['gexf', 'graphml']) {
      const res = await get(
        `/api/v1/exports/network.${format}?scope=network&id=${TOWN_NETWORK}&sizeBy=pagerank`,
      );
      files.push(path.join(dir, `drawn.${format}`));
      fs.writeFileSync(files.at(-1)!, res.bytes);
    }
    const map = (await call('GET', `/api/v1/graph?scope=network&id=${TOWN_NETWORK}`)).body as {
      nodes: { id: string[]; kind: string[] };
      edges: { from: number[]; to: number[] };
    };
    const i = 0;
    const node = map.nodes.id[i]!;
    const out = JSON.parse(runPython(script, files[0]!, files[1]!, node)) as {
      nodes: number[];
      viz: { color: { r: number; g: number; b: number }; size: number; position: { x: number; y: number } };
      gexf: Record<string, unknown>;
      graphml: Record<string, unknown>;
    };
    expect(out.nodes).toEqual([map.nodes.id.length, map.nodes.id.length]);
    expect(out.viz.color).toMatchObject(rgbOf(kindColor(map.nodes.kind[i])));
    expect(out.viz.position).toMatchObject(framedLayout(mapLayout(map.nodes.id.length, map.edges))(i));
    expect(out.viz.size).toBeGreaterThan(0);
    expect(out.gexf).toMatchObject({ kind: map.nodes.kind[i], isolated: expect.any(Boolean) });
    expect(typeof out.gexf.pagerank).toBe('number');
    expect(out.graphml).toMatchObject({
      ...rgbOf(kindColor(map.nodes.kind[i])),
      x: out.viz.position.x,
      y: out.viz.position.y,
      size: out.viz.size,
      pagerank: out.gexf.pagerank,
    });
    expect(JSON.parse(runPython(GEXF_STRUCTURE, files[0]!))).toEqual([]);
  });

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

/**
 * Where the export puts node i of the map's layout: centred on the origin and scaled so that its wider
 * side is 1000 units, rounded to six significant digits.
 */
function framedLayout(layout: { x: Float64Array; y: Float64Array }) {
  const span = (v: Float64Array) => [Math.min(...v), Math.max(...v)] as const;
  const [[x0, x1], [y0, y1]] = [span(layout.x), span(layout.y)];
  const scale = 1000 / Math.max(x1 - x0, y1 - y0);
  const place = (v: number, lo: number, hi: number) =>
    Number(((v - (lo + hi) / 2) * scale).toPrecision(6)) + 0;
  return (i: number) => ({ x: place(layout.x[i]!, x0, x1), y: place(layout.y[i]!, y0, y1) });
}
