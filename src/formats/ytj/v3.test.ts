import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { YtjCompany, YtjMapResult } from './types.js';
import { mapYtjV3Company, parseYtjV3Response } from './v3.js';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

function companies(results: YtjMapResult[]): YtjCompany[] {
  return results.map((r) => {
    if (!r.ok) throw new Error(r.error);
    return r.company;
  });
}

function parsed(bytes: Uint8Array | string) {
  const result = parseYtjV3Response(bytes);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('parseYtjV3Response on the raw API shape', () => {
  const result = parsed(fixture('v3-companies.json'));
  const [machine, bakery, roofer] = companies(result.results);

  it('reads every company and the total', () => {
    expect(result.totalResults).toBe(3);
    expect(result.results).toHaveLength(3);
  });

  it('keeps names with their history, types and languages, current name first', () => {
    expect(machine?.name).toBe('Koivukosken Metsäkone Oy');
    expect(machine?.names.map((n) => [n.name, n.type, n.endDate, n.language])).toEqual([
      ['Koivukosken Metsäkone Oy', 'name', null, 'fi'],
      ['Koivukoski Forest Machines Ltd', 'parallel', null, 'en'],
      ['KoMe Huolto', 'auxiliary', null, null],
      ['Koivukosken Konepaja Oy', 'name', '2023-05-09', 'fi'],
    ]);
    expect(bakery?.names.find((n) => n.type === 'parallel')?.language).toBe('fi');
    expect(bakery?.names[0]?.language).toBe('sv');
  });

  it('maps company form, TOL 2025 and TOL 2008 when both are present', () => {
    expect(machine?.companyForm).toMatchObject({ code: '16', names: { fi: 'Osakeyhtiö', sv: 'Aktiebolag' } });
    expect(machine?.tol2025).toMatchObject({ code: '28920', codeSet: 'TOIMI4', classification: 'TOL2025' });
    expect(machine?.tol2008).toBeNull();
    expect(bakery?.tol2025?.code).toBe('10710');
    expect(bakery?.tol2008).toMatchObject({
      code: '10710',
      codeSet: 'TOIMI3',
      registrationDate: '1990-11-20',
    });
    expect(roofer?.tol2008?.names.fi).toBe('Kattorakentaminen');
  });

  it('puts the street address first and keeps postal code, post office and the municipality hint', () => {
    expect(machine?.addresses.map((a) => a.type)).toEqual(['street', 'postal']);
    expect(machine?.addresses[0]).toMatchObject({
      street: 'Teollisuustie 12',
      postCode: '74120',
      postOffice: { fi: 'IISALMI', sv: 'IDENSALMI' },
      municipalityCodeHint: '140',
    });
    expect(machine?.addresses[1]).toMatchObject({ street: null, postOfficeBox: '45', postCode: '74101' });
    expect(bakery?.addresses[0]?.street).toBe('Strandgatan 4 A 2');
  });

  it('reads status, dates, website and the last-modified stamp in one format', () => {
    expect(machine?.status).toEqual({
      active: true,
      tradeRegisterStatus: '1',
      businessIdStatus: '2',
      situations: [],
    });
    expect(roofer?.status.active).toBe(false);
    expect(roofer?.endDate).toBe('2025-03-31');
    expect(roofer?.status.situations).toEqual([
      { type: 'KONK', registrationDate: '2024-09-30', endDate: null },
    ]);
    expect(machine?.website).toBe('www.koivukoskenmetsakone.example');
    expect(machine?.euId).toBe('FIFPRO.3123456-3');
    expect(machine?.lastModified).toBe('2026-02-11T08:15:42');
    expect(bakery?.lastModified).toBe('2026-01-02T07:49:26');
  });
});

describe('parseYtjV3Response on the X-Road adapter shape', () => {
  const [coop] = companies(parsed(fixture('v3-adapter-reshaped.json')).results);

  it('reads collapsed one-element lists and restores leading zeros lost to numbers', () => {
    expect(coop?.name).toBe('Helsingin Kaupunkiviljelijät osk');
    expect(coop?.companyForm?.code).toBe('14');
    expect(coop?.addresses[0]).toMatchObject({
      street: 'Mannerheimintie 100',
      postCode: '00100',
      municipalityCodeHint: '091',
      postOffice: { fi: 'HELSINKI', sv: 'HELSINGFORS' },
    });
    expect(coop?.tol2008?.code).toBe('01130');
    expect(coop?.status.tradeRegisterStatus).toBe('1');
  });
});

const shared = new URL('../../../../shared/data/ytj-sample-companies.json', import.meta.url);

describe.skipIf(!fs.existsSync(shared))('the real v3 records in ../shared/data (adapter-reshaped)', () => {
  it('maps both housing companies', () => {
    const file = JSON.parse(fs.readFileSync(shared, 'utf8')) as { v3_examples: unknown[] };
    const results = file.v3_examples.flatMap((example) => {
      const r = parseYtjV3Response({ json: example });
      return r.ok ? r.results : [];
    });
    const [liedon, turun] = companies(results);
    expect(liedon).toMatchObject({
      businessId: '2678126-3',
      name: 'Asunto Oy Liedon Graniitti',
      companyForm: { code: '2', names: { fi: 'Asunto-osakeyhtiö' } },
      tol2008: { code: '68202', classification: 'TOL2008' },
      registrationDate: '2015-03-06',
      lastModified: '2025-05-05T15:39:54',
    });
    expect(liedon?.addresses[0]).toMatchObject({
      street: 'Ajurintie 3',
      postCode: '21420',
      municipalityCodeHint: '423',
    });
    expect(liedon?.addresses[1]).toMatchObject({
      careOf: 'c/o Aboa Isännöintipalvelut Oy',
      postOffice: { sv: 'ÅBO' },
    });
    expect(turun).toMatchObject({ businessId: '2738710-2', name: 'Asunto Oy Turun Kesätuuli' });
    expect(turun?.addresses[0]?.street).toBe('Valerinkuja 7 B 3');
  });
});

describe('bad input', () => {
  it('reports each bad company with its reason and keeps the rest', () => {
    const results = [
      mapYtjV3Company(null),
      mapYtjV3Company({ names: [{ name: 'X Oy', type: '1' }] }),
      mapYtjV3Company({ businessId: { value: '1234567-2' }, names: [{ name: 'X Oy', type: '1' }] }),
      mapYtjV3Company({ businessId: { value: '3412345-5' }, names: [] }),
      mapYtjV3Company({ businessId: '3412345-5', names: { name: 'Ok Oy', type: 1 } }),
    ];
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'a company must be a JSON object',
      'the company has no business ID',
      "business ID '1234567-2' is not a valid Finnish business ID",
      'company 3412345-5 has no name',
      'ok',
    ]);
  });

  it('turns malformed values into warnings, not failures', () => {
    const r = mapYtjV3Company({
      businessId: { value: '3412345-5' },
      names: [{ name: 'Ok Oy', type: '1', registrationDate: '2023-02-30' }],
      mainBusinessLine: { type: 'abc', typeCodeSet: 'TOIMI3' },
      addresses: [{ type: 7, street: 'Katu', postCode: '123456' }],
      lastModified: 'yesterday',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.company.names[0]?.registrationDate).toBeNull();
    expect(r.company.tol2008).toBeNull();
    expect(r.company.addresses[0]).toMatchObject({ type: 'other', postCode: null });
    expect(r.warnings).toHaveLength(5);
  });

  it('rejects what is not a v3 response with a clear error', () => {
    expect(parseYtjV3Response('')).toEqual({ ok: false, error: 'the input is empty', code: 'empty_file' });
    expect(parseYtjV3Response('{"companies": 3}')).toMatchObject({ ok: false, error: /not a list/ });
    expect(parseYtjV3Response('{"foo": 1}')).toMatchObject({ ok: false, error: /expected `companies`/ });
    expect(parseYtjV3Response('{"companies": [')).toMatchObject({ ok: false, error: /not valid JSON/ });
    expect(parseYtjV3Response('x'.repeat(100), 10)).toMatchObject({ ok: false, error: /limit of 10/ });
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const text =
      '{"companies":[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
      '"businessId":{"value":"3412345-5","__proto__":{"x":1}},"names":[{"name":"A Oy","type":"__proto__"}],' +
      '"mainBusinessLine":{"type":"62100","typeCodeSet":"constructor"},' +
      '"addresses":[{"type":"__proto__","postOffices":[{"languageCode":"__proto__","city":"X"}]}]}]}';
    const result = parsed(text);
    const [company] = companies(result.results);
    expect(company?.names[0]?.type).toBe('other');
    expect(company?.industries[0]?.classification).toBe('unknown');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(company)).toBe(Object.prototype);
  });
});
