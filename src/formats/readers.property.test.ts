/**
 * Property tests: every reader gets random and mutated input and must answer with a result (never throw),
 * and nothing may reach Object.prototype or Array.prototype, whatever keys the input holds. The .xlsx path
 * has its own file (tabular/xlsx.property.test.ts).
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseClassificationFile } from './classification-file.js';
import { parseCsv } from './csv.js';
import { isStorableText } from '../domain/common.js';
import { edits, expectNoPollution, hostileChar, hostileText, mutate } from '../../test/support/properties.js';
import { dryRunImport } from './tabular/dry-run.js';
import { IMPORT_ENTITIES } from './tabular/entities.js';
import { readTable } from './tabular/table.js';
import { readYtjDump } from './ytj/dump.js';
import { organisationFromYtj } from './ytj/organisation.js';
import { parseYtjV1Response } from './ytj/v1.js';
import { parseYtjV3Response } from './ytj/v3.js';

/** Every string in the value is text the database can store. */
const storable = (value: unknown): boolean =>
  typeof value === 'string'
    ? isStorableText(value)
    : value !== null && typeof value === 'object'
      ? Object.values(value).every(storable)
      : true;

const fixture = (name: string) => fs.readFileSync(new URL(`./ytj/fixtures/${name}`, import.meta.url));
const RUNS = { numRuns: 200 };

afterEach(expectNoPollution);

// prettier-ignore
const KEYS = [
  '__proto__', 'constructor', 'prototype', 'polluted', 'businessId', 'value', 'names', 'name', 'type',
  'companies', 'results', 'mainBusinessLine', 'typeCodeSet', 'addresses', 'postOffices', 'languageCode',
  'descriptions', 'companyForms', 'endDate', 'registrationDate', 'postCode', 'totalResults', 'language',
  'code', 'businessLines',
];

/** JSON text whose objects use the keys the readers look for, and hostile ones. */
const hostileJson: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1, stringUnit: hostileChar }).map((v) => JSON.stringify(v)),
    fc.constantFrom(
      '"3412345-5"',
      '"0112038-9"',
      '"1"',
      '"TOIMI3"',
      '"2026-13-45"',
      '100',
      '{"polluted":true}',
    ),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 6 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

describe('YTJ readers', () => {
  it('v3 and v1 answer every JSON text, hostile keys included', () => {
    fc.assert(
      fc.property(hostileJson, (text) => {
        for (const result of [parseYtjV3Response(text), parseYtjV1Response(text)]) {
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) {
            for (const r of result.results)
              if (r.ok) {
                const mapped = organisationFromYtj(r.company);
                expect(mapped.ok).toBeTypeOf('boolean');
                if (mapped.ok) expect(storable(mapped.data)).toBe(true);
              }
          }
        }
      }),
      RUNS,
    );
  });

  it('v3 answers mutated real-shaped responses and arbitrary strings', () => {
    const base = fixture('v3-companies.json');
    fc.assert(
      fc.property(edits, hostileText(), (ops, junk) => {
        expect(parseYtjV3Response(mutate(base, ops)).ok).toBeTypeOf('boolean');
        expect(parseYtjV3Response(junk).ok).toBeTypeOf('boolean');
      }),
      RUNS,
    );
  });

  it('the dump reader ends every stream with companies, errors or one fatal item', async () => {
    const base = fixture('all-companies-sample.json');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          edits.map((ops) => mutate(base, ops)),
          hostileJson.map((t) => Buffer.from(t)),
        ),
        fc.integer({ min: 1, max: 64 }),
        async (bytes, size) => {
          const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
            bytes.subarray(i * size, (i + 1) * size),
          );
          let fatal = 0;
          for await (const item of readYtjDump(chunks)) {
            expect(fatal).toBe(0);
            if (item.kind === 'fatal') fatal++;
          }
        },
      ),
      { numRuns: 100 },
    );
  });
  it('both dump engines agree on every valid JSON array', async () => {
    const summary = async (text: string, engine: 'stream-json' | 'split') => {
      const out: string[] = [];
      for await (const item of readYtjDump([text], { engine })) {
        out.push(
          item.kind === 'company'
            ? `${item.index}:${item.company.businessId}:${item.company.name}`
            : `${item.index}:${item.kind}`,
        );
      }
      return out;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(hostileJson, { maxLength: 6 }), async (items) => {
        const text = `[${items.join(',')}]`;
        expect(await summary(text, 'split')).toEqual(await summary(text, 'stream-json'));
      }),
      { numRuns: 150 },
    );
  });
});

describe('CSV and classification readers', () => {
  const classification = Buffer.from(
    'code;classificationItemName\nKU005;Alajärvi\nKU009;Alavieska\n__proto__;constructor\n',
  );

  it('parseCsv and parseClassificationFile answer any text and mutated files', () => {
    fc.assert(
      fc.property(hostileText(), edits, (text, ops) => {
        const csv = parseCsv(text);
        expect(Array.isArray(csv.records)).toBe(true);
        expect(parseClassificationFile(text).ok).toBeTypeOf('boolean');
        expect(
          parseClassificationFile(mutate(classification, ops), { fileName: 'kunta_1_20250101.csv' }).ok,
        ).toBeTypeOf('boolean');
      }),
      RUNS,
    );
  });

  it('readTable and the dry run answer any bytes, with hostile headers', async () => {
    const header = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'Nimi',
      'Y-tunnus',
      'Kunta',
      'toString',
      'kind',
    );
    const cell = fc.oneof(
      hostileText({ maxLength: 12 }),
      fc.constantFrom('0112038-9', '2.12.2022', 'kyllä', '=1+1', '"'),
    );
    const csvText = fc
      .tuple(
        fc.array(header, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }),
        fc.constantFrom(',', ';'),
      )
      .map(([h, rows, d]) => [h, ...rows].map((r) => r.join(d)).join('\n'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(csvText, hostileText()),
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom(...IMPORT_ENTITIES),
        async (text, bytes, entity) => {
          for (const input of [text, bytes]) {
            const read = await readTable(input);
            if (!read.ok) continue;
            const result = dryRunImport(read.table, entity, {
              mapping: read.table.headers.map(() => '__proto__'),
            });
            expect(result.ok).toBe(false);
            const dry = dryRunImport(read.table, entity, {
              defaults: JSON.parse('{"__proto__":"x"}') as Record<string, string>,
            });
            expect(dry.ok).toBeTypeOf('boolean');
            const plain = dryRunImport(read.table, entity);
            if (plain.ok)
              for (const row of plain.rows) {
                expect(Object.getPrototypeOf(row.data)).toBe(Object.prototype);
                expect(storable(row.data)).toBe(true);
              }
          }
        },
      ),
      RUNS,
    );
  });
});
