/**
 * The integrator's guide (docs/api.md) is the source of its examples: each block marked
 * `example=<name>` is run against a live Solmu (a real process on the embedded PostgreSQL, the demo
 * network loaded) with a token made as a person makes one, and its output is checked against what the
 * API itself answers. Blocks marked `file=<name>` are the modules the examples import. The Power
 * Query blocks cannot run here; every address the guide gives on the example host is read instead.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiToken } from '../../e2e/support/api-token.js';
import { startSolmu, type Running } from '../../e2e/support/solmu.js';
import {
  blocksOf,
  fencedCode,
  isLanguage,
  runExample,
  writeExample,
  type Block,
  type Language,
} from './doc-examples.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8');
const BLOCKS = blocksOf(GUIDE);
const EXAMPLES = BLOCKS.filter(
  (b): b is Block & { language: Language } => b.kind === 'example' && isLanguage(b.language),
);
const HOST = 'https://solmu.example.fi';
const NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALL: Language[] = ['sh', 'python', 'ts'];

/** The examples the guide promises, in the languages it promises them. */
const PROMISED: Record<string, Language[]> = {
  whoami: ALL,
  'create-organisation': ALL,
  page: ALL,
  picture: ALL,
  refusal: ALL,
  'open-data': ALL,
  'changes-start': ['sh'],
  'changes-follow': ['sh'],
};

type Json = Record<string, unknown>;
type Me = { workspaces: { slug: string; role: string }[] };
type Organisation = { id: string; nameFi: string };

let solmu: Running;
let token: string;
let me: Me;
let dir: string;
const created = new Set<string>();

async function call(address: string, withToken = true): Promise<Response> {
  return fetch(`${solmu.base}${address}`, {
    headers: withToken ? { authorization: `Bearer ${token}` } : {},
  });
}

async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', address: string, body?: Json): Promise<T> {
  const res = await fetch(`${solmu.base}${address}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${address} answered ${res.status}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** What the change feed example must then report: made, renamed, and deleted since its start cursor. */
const sinceStart: { renamed?: Organisation; deleted?: string } = {};

async function get<T>(address: string): Promise<T> {
  const res = await call(address);
  if (!res.ok) throw new Error(`${address} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Every organisation the token's owner sees, by name, as the page examples print them. */
async function everyOrganisation(): Promise<string[]> {
  const lines: string[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '200', sort: 'nameFi' });
    if (cursor) query.set('cursor', cursor);
    const page: { items: Organisation[]; nextCursor: string | null } = await get(
      `/api/v1/organisations?${query}`,
    );
    lines.push(...page.items.map((o) => `${o.id} ${o.nameFi}`));
    cursor = page.nextCursor;
  } while (cursor);
  return lines;
}

const linesOf = (stdout: string) => stdout.trimEnd().split('\n');

/** What each example's output must be, read from the API by the test itself. */
const CHECKS: Record<string, (stdout: string, language: Language) => Promise<void>> = {
  whoami: async (stdout) => {
    expect(linesOf(stdout)).toEqual(me.workspaces.map((w) => `${w.slug} ${w.role}`));
  },
  'create-organisation': async (stdout) => {
    const [id, ...name] = stdout.trim().split(' ');
    expect(id).toMatch(UUID);
    expect(name.join(' ')).toBe('Rajapintaesimerkki Oy');
    expect(created.has(id!)).toBe(false);
    created.add(id!);
    expect((await get<Organisation>(`/api/v1/organisations/${id}`)).nameFi).toBe('Rajapintaesimerkki Oy');
  },
  page: async (stdout) => {
    const lines = linesOf(stdout);
    // More than one page of 50, so the walk followed its cursor.
    expect(lines.length).toBeGreaterThan(50);
    expect(lines).toEqual(await everyOrganisation());
  },
  picture: async (stdout) => {
    const picture = await get<{
      scope: { name: string };
      composition: { organisations: number };
      network: { edges: number };
    }>(`/api/v1/pictures?scope=network&id=${NETWORK}`);
    expect(picture.composition.organisations).toBeGreaterThan(0);
    const { name } = picture.scope;
    const figures = `${picture.composition.organisations} organisations, ${picture.network.edges} ties`;
    expect(stdout.trim()).toBe(`${name}: ${figures}`);
  },
  refusal: async (stdout, language) => {
    // Python's and TypeScript's helper turn the refusal into an error of status, code and message.
    if (language !== 'sh') {
      expect(stdout.trim()).toBe('400 validation_failed: The request body is not valid');
      return;
    }
    const lines = linesOf(stdout);
    expect(lines.at(-1)).toBe('400');
    const body = JSON.parse(lines.slice(0, -1).join('\n')) as {
      error: { code: string; details: { path: string }[] };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path)).toContain('nameFi');
  },
  'changes-start': async (stdout) => {
    expect(Number(stdout.trim())).toBe((await everyOrganisation()).length);
    // What happens after the start cursor is what following it must bring.
    const made = await send<Organisation>('POST', `/api/v1/organisations?workspace=${workspaceOf(me)}`, {
      kind: 'company',
      nameFi: 'Muutosvirta Oy',
      municipalityCode: '140',
      visibility: 'private',
    });
    sinceStart.renamed = await send<Organisation>('PATCH', `/api/v1/organisations/${made.id}`, {
      nameFi: 'Muutosvirta Oyj',
    });
    const [gone] = [...created];
    expect(gone).toBeDefined();
    await send('DELETE', `/api/v1/organisations/${gone}`);
    sinceStart.deleted = gone;
    // The feed serves a change once every transaction begun before it has ended (a background job's,
    // say): wait until all three are served, so the example's output does not depend on that moment.
    const cursor = fs.readFileSync(path.join(dir, 'organisations.cursor'), 'utf8').trim();
    await expect
      .poll(async () => {
        const query = new URLSearchParams({ resource: 'organisations', cursor, limit: '500' });
        return (await get<{ items: unknown[] }>(`/api/v1/changes?${query}`)).items.length;
      })
      .toBe(3);
  },
  'changes-follow': async (stdout) => {
    const { renamed, deleted } = sinceStart;
    expect(renamed?.nameFi).toBe('Muutosvirta Oyj');
    const lines = linesOf(stdout);
    // Created and then updated: both items carry the record as it is now, to be stored by id.
    const records = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Organisation);
    expect(records.map((r) => [r.id, r.nameFi])).toEqual([
      [renamed!.id, 'Muutosvirta Oyj'],
      [renamed!.id, 'Muutosvirta Oyj'],
    ]);
    expect(lines.filter((l) => !l.startsWith('{'))).toEqual([deleted]);
  },
  'open-data': async (stdout) => {
    const index = await get<{ datasets: { name: string; records: number }[] }>('/api/open/v1/download');
    const records = index.datasets.find((d) => d.name === 'organisations')!.records;
    expect(records).toBeGreaterThan(0);
    expect(stdout.trim()).toBe(`${records} organisations`);
  },
};

beforeAll(async () => {
  solmu = await startSolmu();
  token = await makeApiToken(
    solmu.base,
    solmu.links['Verkostokoordinaattori (Iisalmi)']!,
    'integrator guide examples',
  );
  me = await get<Me>('/api/v1/auth/me');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-api-examples-'));
  for (const block of BLOCKS.filter((b) => b.kind === 'file'))
    fs.writeFileSync(path.join(dir, block.name), block.code);
}, 180_000);

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await solmu?.stop();
}, 60_000);

describe('the examples of docs/api.md', () => {
  it('holds each promised example in each promised language, and only those', () => {
    const found: Record<string, string[]> = {};
    for (const b of BLOCKS.filter((b) => b.kind === 'example')) (found[b.name] ??= []).push(b.language);
    expect(found).toEqual(PROMISED);
  });

  it('type-checks the TypeScript examples and their module', async () => {
    const files = EXAMPLES.filter((b) => b.language === 'ts').map((b) => writeExample(dir, b));
    const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
    const options = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022'];
    const modules = ['--module', 'nodenext', '--moduleResolution', 'nodenext'];
    const types = ['--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules/@types')];
    await expect(
      promisify(execFile)(tsc, [...options, ...modules, ...types, ...files], { cwd: dir }),
    ).resolves.toBeDefined();
  }, 60_000);

  for (const block of EXAMPLES) {
    it(`runs ${block.name} in ${block.language} (line ${block.line})`, async () => {
      const file = writeExample(dir, block);
      const env = { SOLMU_URL: solmu.base, SOLMU_TOKEN: token, SOLMU_WORKSPACE: workspaceOf(me) };
      const { stdout } = await runExample(block.language, file, { dir, root: ROOT, env });
      await CHECKS[block.name]!(stdout, block.language);
    }, 60_000);
  }
});

describe('the addresses the Excel and Power BI sections give', () => {
  const queries = fencedCode(GUIDE, 'powerquery');

  it('reads every Power Query source from a fixed address', () => {
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const query of queries) {
      for (const source of query.matchAll(/Web\.Contents\(\s*("[^"]*")/g))
        expect(source[1]).toBe(`"${HOST}"`);
    }
  });

  it('answers each Power Query source as the query reads it', async () => {
    for (const query of queries) {
      const relative = /RelativePath = "([^"]+)"/.exec(query)![1]!;
      const paged = /Query = \[limit = "(\d+)"\]/.exec(query)?.[1];
      const res = await call(`/${relative}${paged ? `?limit=${paged}` : ''}`, query.includes('Headers'));
      expect(res.status, relative).toBe(200);
      const text = await res.text();
      if (relative.endsWith('.csv')) {
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/(^|,)"?id"?(,|$)/);
      } else {
        expect((JSON.parse(text) as Json).nextCursor).toBeDefined();
      }
    }
  });

  it('answers every address on the example host with 200', async () => {
    const addresses = new Set(
      [...GUIDE.matchAll(/https:\/\/solmu\.example\.fi(\/api\/[^\s`)]+)/g)].map((m) => m[1]!),
    );
    expect(addresses.size).toBeGreaterThanOrEqual(4);
    for (const address of addresses) expect((await call(address)).status, address).toBe(200);
  });
});

/** The workspace the examples write into: the first where the token's owner is an editor. */
function workspaceOf(account: Me): string {
  const editor = account.workspaces.find((w) => w.role === 'editor');
  if (!editor) throw new Error('The token owner edits no workspace');
  return editor.slug;
}
