/**
 * The API document as integrators' tools read it: Redocly CLI's recommended rules find no error in it,
 * operation ids are stable names, and who may call each operation is declared.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../scripts/openapi.js';
import { RESOURCES } from '../../src/server/modules/index.js';
import { createExample, recordExample } from '../../src/server/resources/examples.js';
import { outputSchema } from '../../src/server/resources/presenter.js';
import type { Json } from './fixtures.js';

const run = promisify(execFile);
const doc = (await openApiDocument()) as Json;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

type Problem = { ruleId: string; severity: 'error' | 'warn'; message: string };

/** `redocly lint` with the repository's redocly.yaml on a document, its problems as JSON. */
async function lint(document: Json): Promise<Problem[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-contract-'));
  const file = path.join(dir, 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(document));
  // The CLI exits 1 when it finds errors; the JSON on stdout is the answer either way.
  const out = await run('npx', ['redocly', 'lint', file, '--format', 'json', '--max-problems', '10000'], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  }).catch((e: { stdout: string }) => e);
  fs.rmSync(dir, { recursive: true, force: true });
  return (JSON.parse(out.stdout) as { problems: Problem[] }).problems;
}

const summary = (problems: Problem[]) => problems.map((p) => `${p.ruleId}: ${p.message}`).join('\n');

const operations = (): [string, string, Json][] =>
  Object.entries(doc.paths as Record<string, Json>).flatMap(([p, item]) =>
    METHODS.filter((m) => item[m]).map((m): [string, string, Json] => [m, p, item[m]]),
  );

describe('the API document under Redocly lint (recommended rules)', () => {
  it('has no errors, nor warnings (an example that does not fit its schema is one)', async () => {
    expect(summary(await lint(doc))).toBe('');
  }, 60_000);

  it('finds the errors of a document without operation ids, security or servers', async () => {
    const broken = structuredClone(doc);
    delete broken.servers;
    delete broken.paths['/api/v1/organisations'].get.security;
    broken.paths['/api/v1/organisations/{id}'].get.operationId = 'listOrganisations';
    const rules = new Set((await lint(broken)).filter((p) => p.severity === 'error').map((p) => p.ruleId));
    expect([...rules].sort()).toEqual([
      'no-empty-servers',
      'operation-operationId-unique',
      'security-defined',
    ]);
  }, 60_000);
});

describe('the API contract', () => {
  it('shows examples of the main resources that their own schemas accept', () => {
    const withExamples = RESOURCES.filter((def) => createExample(def));
    expect(withExamples.map((def) => def.path).sort()).toEqual(
      ['ecosystems', 'events', 'networks', 'organisations', 'people', 'projects'].sort(),
    );
    for (const def of withExamples) {
      expect(def.schemas.create.safeParse(createExample(def)).error, def.path).toBeUndefined();
      expect(outputSchema(def).safeParse(recordExample(def)).error, def.path).toBeUndefined();
      const body = doc.paths[`/api/v1/${def.path}`].post.requestBody.content['application/json'];
      expect(body.example).toEqual(createExample(def));
    }
  });

  it('names the generic resources’ operations from method and path', () => {
    const ids = (p: string) => Object.values(doc.paths[p] as Json).map((op: Json) => op.operationId);
    expect(ids('/api/v1/organisations')).toEqual(['listOrganisations', 'createOrganisation']);
    expect(ids('/api/v1/organisations/{id}')).toEqual([
      'getOrganisation',
      'updateOrganisation',
      'deleteOrganisation',
    ]);
    expect(ids('/api/v1/people/{id}')).toContain('getPerson');
    expect(ids('/api/v1/strategies')).toEqual(['listStrategies', 'createStrategy']);
  });

  it('gives every operation a unique camelCase operation id', () => {
    const all = operations().map(([, , op]) => op.operationId as string);
    for (const id of all) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(new Set(all).size).toBe(all.length);
  });

  it('declares the session cookie with its CSRF header and the bearer token', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: '__Host-solmu' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      apiToken: { type: 'http', scheme: 'bearer' },
    });
  });

  it('says which operations are public, which read anonymously and what writes need', () => {
    const op = (m: string, p: string) => doc.paths[p][m];
    expect(op('get', '/api/health').security).toEqual([]);
    expect(op('post', '/api/v1/auth/login').security).toEqual([]);
    expect(op('get', '/api/open/v1/organisations').security).toEqual([]);
    expect(op('get', '/api/v1/organisations').security).toEqual([{}, { session: [] }, { apiToken: [] }]);
    expect(op('post', '/api/v1/organisations').security).toEqual([
      { session: [], csrf: [] },
      { apiToken: ['write'] },
    ]);
    expect(op('get', '/api/v1/admin/users').security).toEqual([{ session: [] }, { apiToken: [] }]);
    // API tokens are made by people only, never by another token.
    expect(op('post', '/api/v1/tokens').security).toEqual([{ session: [], csrf: [] }]);
  });

  it('describes every tag its operations use, and names its licence and contact', () => {
    const described = new Map((doc.tags as Json[]).map((t) => [t.name, t.description]));
    for (const [m, p, op] of operations())
      for (const tag of op.tags) expect(described.get(tag), `${m} ${p}: ${tag}`).toEqual(expect.any(String));
    expect(doc.info.license).toEqual({ name: 'CC-BY-4.0', url: expect.stringMatching(/^https:/) });
    expect(doc.info.contact.name).toEqual(expect.any(String));
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });
});
