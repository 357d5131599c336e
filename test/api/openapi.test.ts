import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createDatabase } from '../../src/server/db/database.js';
import { RESOURCES } from '../../src/server/modules/index.js';
import { testApp } from '../db.js';
import { API, RESOURCE_CASES, type Json } from './fixtures.js';

const { app, call } = await testApp();
const doc = (await call('GET', `${API}/openapi.json`)).body;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Every [method, path] operation in the document. */
const operations = (): [string, string, Json][] =>
  Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m): [string, string, Json] => [m, path, item[m]]),
  );

/** The routes Hono actually serves under /api, as OpenAPI [method, path] pairs. */
const servedRoutes = () => {
  const seen = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/')) continue;
    if (
      route.path === `${API}/openapi.json` ||
      route.path === '/api/docs' ||
      route.path.startsWith('/api/docs/')
    )
      continue;
    seen.add(`${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return [...seen].sort();
};

/** A response, or the shared one it refers to (`#/components/responses/...`). */
const resolved = (response: Json): Json =>
  response.$ref ? doc.components.responses[String(response.$ref).split('/').pop()!] : response;

const refName = (schema: Json) => String(schema?.$ref ?? '').replace('#/components/schemas/', '');

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with the app version', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: 'test' });
  });

  it.each(RESOURCE_CASES)('%s: documents list, create, read, update and delete', (path, def) => {
    const collection = doc.paths[`${API}/${path}`];
    const item = doc.paths[`${API}/${path}/{id}`];
    expect(Object.keys(collection ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(item ?? {}).sort()).toEqual(['delete', 'get', 'patch']);

    const list = collection.get;
    expect(refName(list.responses['200'].content['application/json'].schema)).toBe(`${def.entity}Page`);
    const params = (list.parameters as Json[]).map((p) => p.name).sort();
    const expected = [
      'limit',
      'cursor',
      'sort',
      ...(def.searchable ? ['q'] : []),
      ...Object.keys(def.filters ?? {}),
    ];
    expect(params).toEqual(expected.sort());
    for (const p of list.parameters as Json[]) expect(p.in).toBe('query');

    const create = collection.post;
    expect(create.requestBody.required).toBe(true);
    expect(refName(create.requestBody.content['application/json'].schema)).toBe(`${def.entity}Create`);
    expect(Object.keys(create.responses).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '409',
      '422',
      '429',
      '500',
    ]);
    expect(create.parameters).toEqual([expect.objectContaining({ name: 'workspace', in: 'query' })]);
    expect(refName(create.responses['201'].content['application/json'].schema)).toBe(def.entity);

    expect(refName(item.get.responses['200'].content['application/json'].schema)).toBe(def.entity);
    expect(item.get.responses['404']).toBeDefined();
    expect(refName(item.patch.requestBody.content['application/json'].schema)).toBe(`${def.entity}Update`);
    expect(Object.keys(item.patch.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '422',
      '429',
      '500',
    ]);
    expect(Object.keys(item.delete.responses).sort()).toEqual([
      '204',
      '400',
      '401',
      '403',
      '404',
      '429',
      '500',
    ]);
    for (const op of [item.get, item.patch, item.delete]) {
      expect(op.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    }
    for (const op of [list, create, item.get, item.patch, item.delete]) {
      expect(op.tags).toEqual([path]);
      expect(op.summary).toEqual(expect.any(String));
    }
  });

  it('documents every route the app serves under /api, and nothing it does not serve', () => {
    const served = servedRoutes();
    const documented = operations()
      .map(([m, p]) => `${m} ${p}`)
      .sort();
    expect(served.length).toBeGreaterThanOrEqual(RESOURCES.length * 5 + 1);
    expect(documented).toEqual(served);
    expect(served).toContain('get /api/health');
    expect(served).toContain('get /api/health/live');
    expect(served).toContain('get /api/health/ready');
  });

  it('leaves out of the document only the pages served outside /api', () => {
    const pages = new Set<string>();
    for (const route of app.routes) {
      if (route.method === 'ALL' || route.path.startsWith('/api/')) continue;
      pages.add(`${route.method.toLowerCase()} ${route.path}`);
    }
    // the web app (its pages and assets), the one-time sign-in link, the OpenID Connect browser redirects,
    // the public Invest-in site (its pages, files, embeds, sitemap and robots) and its forms (browsers
    // post them as forms)
    expect([...pages].sort()).toEqual([
      'get /',
      'get /:lang{fi|sv|en}',
      'get /:lang{fi|sv|en}/*',
      'get /:lang{fi|sv|en}/invest',
      'get /:lang{fi|sv|en}/invest/*',
      'get /:lang{fi|sv|en}/invest/:a',
      'get /:lang{fi|sv|en}/invest/:a/:b',
      'get /assets/:file',
      'get /auth/link',
      'get /auth/oidc/callback',
      'get /auth/oidc/start',
      'get /embed.js',
      'get /embed/:lang{fi|sv|en}/:a/:b/:widget{figures|events|map}',
      'get /embed/:lang{fi|sv|en}/:a/:widget{figures|events|map}',
      'get /embed/frame.js',
      'get /invest/events/:file',
      'get /invest/site.css',
      'get /invest/stories/:id/image',
      'get /metrics',
      'get /robots.txt',
      'get /sitemap.xml',
      'post /invest/enquiries',
      'post /invest/feedback',
    ]);
  });

  it('gives every operation responses, and error responses the error envelope', () => {
    for (const [method, path, op] of operations()) {
      const responses = Object.entries(op.responses ?? {}) as [string, Json][];
      expect(responses.length, `${method} ${path}`).toBeGreaterThan(0);
      expect(
        responses.some(([status]) => status.startsWith('2')),
        `${method} ${path} has a success`,
      ).toBe(true);
      for (const [status, answer] of responses) {
        const response = resolved(answer);
        expect(response.description, `${method} ${path} ${status}`).toEqual(expect.any(String));
        // the health probes answer 503 with their own report
        if (Number(status) >= 400 && !path.startsWith('/api/health')) {
          expect(refName(response.content['application/json'].schema), `${method} ${path} ${status}`).toBe(
            'Error',
          );
        }
      }
    }
  });

  it.each(RESOURCE_CASES)(
    '%s: has component schemas for the entity, its page, create and update',
    (_path, def) => {
      const schemas = doc.components.schemas as Record<string, Json>;
      for (const name of [def.entity, `${def.entity}Page`, `${def.entity}Create`, `${def.entity}Update`]) {
        expect(schemas[name], name).toBeDefined();
      }
      const entity = schemas[def.entity];
      const fields = [
        'id',
        'workspaceId',
        ...Object.keys(def.schemas.shape),
        ...Object.keys(def.extraOutput ?? {}),
        'createdAt',
        'updatedAt',
        'createdBy',
        'updatedBy',
      ];
      expect(Object.keys(entity.properties).sort()).toEqual(fields.sort());
      for (const name of [`${def.entity}Create`, `${def.entity}Update`]) {
        expect(schemas[name].additionalProperties, `${name} is strict`).toBe(false);
        expect(Object.keys(schemas[name].properties).sort()).toEqual(Object.keys(def.schemas.shape).sort());
        // visibility is the writer's to choose; the workspace comes from the caller, never the body
        expect(Object.keys(schemas[name].properties), name).toContain('visibility');
        expect(Object.keys(schemas[name].properties), name).not.toContain('workspaceId');
      }
      const visibilities = (entity.properties.visibility.enum as unknown[]).filter((v) => v !== null);
      expect(visibilities, def.entity).toEqual(['private', 'network', 'public']);
      expect(schemas[`${def.entity}Update`].required ?? []).toEqual([]);
      expect(schemas.Error).toBeDefined();
    },
  );
});

describe('health', () => {
  it('reports status, database and version', async () => {
    const res = await call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: { ok: true, version: expect.any(String) },
      version: 'test',
    });
    expect(res.body.database.version).toMatch(/^\d+/);
  });

  it('reports a database it cannot reach as degraded with 503', async () => {
    const db = createDatabase('postgres://nobody:nothing@127.0.0.1:1/none', 1);
    try {
      const down = createApp({ db, version: 'test', logError: () => {} });
      const res = await down.request('/api/health');
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: 'degraded',
        database: { ok: false, version: null },
        version: 'test',
      });
    } finally {
      await db.destroy();
    }
  });
});
