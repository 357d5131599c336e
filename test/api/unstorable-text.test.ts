/**
 * Text PostgreSQL cannot store (NUL, U+0000) and text that is not Unicode (a lone UTF-16 surrogate) is
 * refused where it comes in, with 400 and the field named; nothing of it may reach the database as a
 * 500. Every list's `q` and filters, every resource's string fields, every parameter of every route in
 * the OpenAPI document, and random text from fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { z } from 'zod';
import { isStorableText } from '../../src/domain/common.js';
import { AppError, fromDatabaseError } from '../../src/server/errors.js';
import { RESOURCES } from '../../src/server/modules/index.js';
import { hostileText, UNSTORABLE_SAMPLES } from '../support/properties.js';
import { grantToken, caller, testApp } from '../db.js';
import { API, Factory, RESOURCE_CASES, expectError, fixtureFor, type Body } from './fixtures.js';

const { app, db, call, anonymous } = await testApp({
  // The live look-up must never leave the machine: nothing listens here.
  ytj: { baseUrl: 'http://127.0.0.1:9', maxRetries: 0, timeoutMs: 2000 },
});
const f = new Factory(call);
const viewer = caller(
  app,
  (await grantToken(db, { email: 'viewer@test.example', workspace: 'test', role: 'viewer' })).token,
);

const paths = (details: { path: string }[]) => details.map((d) => d.path);
const names = (field: string) => (p: string) => p === field || p.startsWith(`${field}.`);

/** The schema under .optional() and .nullable(). */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
    s = s.unwrap() as z.ZodType;
  return s;
}

/** The fields of a resource that take a string, or an array of strings. */
function stringFields(shape: z.ZodRawShape): { field: string; array: boolean }[] {
  return Object.entries(shape).flatMap(([field, schema]): { field: string; array: boolean }[] => {
    const s = unwrap(schema as z.ZodType);
    if (s instanceof z.ZodString || s instanceof z.ZodStringFormat) return [{ field, array: false }];
    if (s instanceof z.ZodArray && unwrap(s.element as z.ZodType) instanceof z.ZodString)
      return [{ field, array: true }];
    return [];
  });
}

const BAD = ['\u0000', 'Oy\u0000Ab', 'a\uD800b', '\uDC00', 'x\uDFFF\uD800y'];

describe('a list refuses NUL in its query string', () => {
  const searchable = RESOURCES.filter((r) => r.searchable);

  it('every searchable list: q with NUL is 400 naming q, also anonymously', async () => {
    expect(searchable.length).toBeGreaterThanOrEqual(13);
    for (const r of searchable) {
      for (const q of ['%00', 'a%00b', '%00%00kaup']) {
        for (const who of [call, anonymous]) {
          const details = expectError(await who('GET', `${API}/${r.path}?q=${q}`), 400, 'validation_failed');
          expect(paths(details), r.path).toEqual(['q']);
        }
      }
    }
  });

  it('every filter with NUL is refused with 400 naming the filter, and so is a cursor or a page size', async () => {
    for (const r of RESOURCES) {
      for (const name of [...Object.keys(r.filters ?? {}), 'cursor', 'sort', 'limit']) {
        const res = await call('GET', `${API}/${r.path}?${name}=x%00y`);
        expect(paths(expectError(res, 400)).some(names(name)), `${r.path} ${name}`).toBe(true);
      }
    }
  });

  it('a cursor that decodes to text with NUL is refused, never a 500', async () => {
    for (const r of RESOURCES) {
      const cursor = Buffer.from(JSON.stringify(['a\u0000', crypto.randomUUID()])).toString('base64url');
      const res = await call('GET', `${API}/${r.path}?cursor=${cursor}`);
      expect(res.status, `${r.path} ${JSON.stringify(res.body)}`).toBe(400);
    }
  });
});

describe.each(RESOURCE_CASES)('%s refuses NUL and lone surrogates', (path, def) => {
  const url = `${API}/${path}`;
  const fields = stringFields(def.schemas.shape);

  it('in every string field, on create and on update, with 400 naming the field', async () => {
    const body: Body = await fixtureFor(path).create(f);
    const id = await f.id(path);
    for (const { field, array } of fields) {
      for (const bad of BAD) {
        const value = array ? ['ok', bad] : bad;
        const created = expectError(
          await call('POST', url, { ...body, [field]: value }),
          400,
          'validation_failed',
        );
        expect(paths(created).some(names(field)), `${field} ${JSON.stringify(bad)}`).toBe(true);
        const updated = expectError(
          await call('PATCH', `${url}/${id}`, { [field]: value }),
          400,
          'validation_failed',
        );
        expect(paths(updated).some(names(field)), `${field} ${JSON.stringify(bad)}`).toBe(true);
      }
    }
  });

  it('in the id, the workspace and the search, with 400 naming the parameter', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const res = await call(
        method,
        `${url}/ab%00c`,
        method === 'PATCH' ? fixtureFor(path).update : undefined,
      );
      expect(paths(expectError(res, 400, 'validation_failed')), method).toEqual(['id']);
    }
    const body = await fixtureFor(path).create(f);
    const res = await call('POST', `${url}?workspace=te%00st`, body);
    expect(paths(expectError(res, 400, 'validation_failed'))).toEqual(['workspace']);
  });
});

describe('nested text', () => {
  it('a funding call rule note with NUL names its path', async () => {
    const body = await fixtureFor('funding-calls').create(f);
    const res = await call('POST', `${API}/funding-calls`, {
      ...body,
      rules: [{ kind: 'note', textFi: 'Huom\u0000' }],
    });
    expect(paths(expectError(res, 400, 'validation_failed'))).toContain('rules.0.textFi');
  });
});

type Operation = { parameters?: { name: string; in: string }[]; requestBody?: unknown };

/** Every route of the OpenAPI document with NUL in each of its parameters: never a 5xx. */
describe('every route of the API', async () => {
  const doc = (await call('GET', `${API}/openapi.json`)).body as {
    paths: Record<string, Record<string, Operation>>;
  };

  it('answers NUL in any path or query parameter without a 5xx', async () => {
    let tried = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        for (const param of op.parameters ?? []) {
          if (param.in !== 'query' && param.in !== 'path') continue;
          const value = 'a%00b';
          const others = (op.parameters ?? []).filter((p) => p !== param && p.in === 'path');
          let target = template.replace(`{${param.name}}`, value);
          for (const p of others) target = target.replace(`{${p.name}}`, crypto.randomUUID());
          if (param.in === 'query') target += `?${param.name}=${value}`;
          const body = op.requestBody ? {} : undefined;
          for (const who of [call, viewer, anonymous]) {
            const res = await who(method.toUpperCase(), target, body);
            tried++;
            expect(res.status, `${method} ${target}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it('answers NUL or a lone surrogate in any string field of any JSON body without a 5xx', async () => {
    type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema> } & {
      anyOf?: Schema[];
      oneOf?: Schema[];
      items?: Schema;
    };
    const components = (doc as { components?: { schemas?: Record<string, Schema> } }).components?.schemas;
    const resolve = (schema: Schema): Schema =>
      schema.$ref ? resolve(components![schema.$ref.split('/').pop()!]!) : schema;
    const takesString = (schema: Schema): boolean => {
      const s = resolve(schema);
      return [s.type].flat().includes('string') || [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some(takesString);
    };
    let tried = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)
          ?.content;
        const schema = content?.['application/json']?.schema;
        if (!schema) continue;
        const target = template.replace(/\{[^}]+\}/g, () => crypto.randomUUID());
        for (const [field, property] of Object.entries(resolve(schema).properties ?? {})) {
          const items = resolve(property).items;
          if (!takesString(property) && !(items && takesString(items))) continue;
          for (const bad of ['a\u0000b', 'a\uD800b']) {
            const value = takesString(property) ? bad : [bad];
            const res = await call(method.toUpperCase(), target, { [field]: value });
            tried++;
            expect(res.status, `${method} ${target} ${field}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
  });
});

describe("a database error about a value is the client's, never a 500", () => {
  it('NUL in text or in JSON, a number out of range: 400', async () => {
    const failures = [
      sql`select ${'a\u0000b'}::text`,
      sql`select ${'{"a": "\\u0000"}'}::jsonb`,
      sql`select ${'99999'}::smallint`,
    ];
    for (const query of failures) {
      const error = await query.execute(db).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, query.compile(db).sql).toBeDefined();
      const mapped = fromDatabaseError(error);
      expect(mapped, String(error)).toBeInstanceOf(AppError);
      expect((mapped as AppError).status).toBe(400);
    }
  });
});

describe('custom routes', () => {
  it('sign-in with NUL in the e-mail is a 400 naming it, not a 500', async () => {
    const res = await anonymous('POST', `${API}/auth/login`, {
      email: 'a\u0000@x.example',
      password: 'x'.repeat(12),
    });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    expect(paths(expectError(res, 400))).toEqual(['email']);
  });

  it('a sign-in link with NUL is refused, not a 500', async () => {
    const res = await app.request('/auth/link?token=a%00b');
    expect(res.status).toBeLessThan(500);
  });

  it('an admin, a token or a picture with NUL in its text is refused with the field named', async () => {
    const cases: [string, string, Body, string][] = [
      ['POST', `${API}/admin/users`, { email: 'new@x.example', displayName: 'A\u0000' }, 'displayName'],
      ['POST', `${API}/admin/workspaces`, { slug: 'ws-nul', nameFi: 'Työtila\u0000' }, 'nameFi'],
      ['POST', `${API}/tokens`, { name: 'token\u0000' }, 'name'],
      ['POST', `${API}/tokens`, { name: 'token\uD800' }, 'name'],
    ];
    for (const [method, target, body, field] of cases) {
      const res = await call(method, target, body);
      expect(paths(expectError(res, 400)), `${method} ${target}`).toContain(field);
    }
  });

  it('an upload whose file name holds NUL is answered without a 5xx', async () => {
    const admin = (await grantToken(db, { email: 'uploader@test.example', workspace: 'test' })).token;
    for (const name of ['toimijat\u0000.csv', '\u0000', 'a\uD800.csv']) {
      const form = new FormData();
      form.append('file', new File(['Nimi;Y-tunnus\nEsimerkki Oy;\n'], name, { type: 'text/csv' }));
      const res = await app.request(`${API}/imports?entity=organisations&dryRun=true`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(res.status, `${JSON.stringify(name)}: ${await res.text()}`).toBeLessThan(500);
    }
  });
});

describe('fuzz: random text with NUL and lone surrogates', () => {
  it('at every list q: no 5xx; text with NUL is a 400 naming q', async () => {
    const searchable = RESOURCES.filter((r) => r.searchable).map((r) => r.path);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...searchable), hostileText({ maxLength: 40 }), async (path, q) => {
        if (/\p{Cs}/u.test(q)) return; // a URL cannot carry a lone surrogate
        const res = await anonymous('GET', `${API}/${path}?q=${encodeURIComponent(q)}`);
        expect(res.status, `${path} ${JSON.stringify(q)}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
        if (q.includes('\u0000')) expect(paths(expectError(res, 400))).toEqual(['q']);
      }),
      { numRuns: 300 },
    );
  });

  it('at every text field of every resource: no 5xx; text that cannot be stored is a 400 naming the field, any other is stored as sent', async () => {
    const targets = await Promise.all(
      RESOURCES.map(async (r) => ({
        path: r.path,
        id: await f.id(r.path),
        fields: stringFields(r.schemas.shape),
      })),
    );
    const cases = targets.flatMap((t) => t.fields.map((field) => ({ ...t, ...field })));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), hostileText({ maxLength: 60 }), async (c, text) => {
        const res = await call('PATCH', `${API}/${c.path}/${c.id}`, { [c.field]: c.array ? [text] : text });
        expect(
          res.status,
          `${c.path}.${c.field} ${JSON.stringify(text)}: ${JSON.stringify(res.body)}`,
        ).toBeLessThan(500);
        if (!isStorableText(text)) {
          expect(paths(expectError(res, 400, 'validation_failed')).some(names(c.field))).toBe(true);
        } else if (res.status === 200) {
          const stored = (res.body as Body)[c.field];
          expect(c.array ? stored[0] : stored).toBe(text.trim());
        }
      }),
      { numRuns: 600 },
    );
  });

  it('samples the characters it is meant to', () => {
    expect(UNSTORABLE_SAMPLES).toContain('\u0000');
    expect(UNSTORABLE_SAMPLES.filter((s) => !isStorableText(s))).toEqual(UNSTORABLE_SAMPLES);
  });
});
