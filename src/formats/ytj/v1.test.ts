import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapYtjV1Company, parseYtjV1Response } from './v1.js';

const fixture = fs.readFileSync(new URL('./fixtures/v1-bis.json', import.meta.url));

function only(input: Parameters<typeof parseYtjV1Response>[0]) {
  const parsed = parseYtjV1Response(input);
  if (!parsed.ok) throw new Error(parsed.error);
  const [first] = parsed.results;
  if (!first?.ok) throw new Error(first ? first.error : 'no result');
  return first.company;
}

describe('parseYtjV1Response', () => {
  const company = only(fixture);

  it('groups the per-language entries back into one item each', () => {
    expect(company).toMatchObject({
      businessId: '2456789-6',
      source: 'ytj-v1',
      name: 'Savonlinnan Puuinnovaatiot Oy',
      registrationDate: '2012-04-03',
      companyForm: { code: 'OY', names: { fi: 'Osakeyhtiö', sv: 'Aktiebolag', en: 'Limited company' } },
      tol2008: {
        code: '16100',
        classification: 'TOL2008',
        names: { fi: 'Puun sahaus, höyläys ja kyllästys', sv: 'Sågning, hyvling och impregnering av trä' },
      },
      tol2025: null,
      website: 'https://puuinno.example',
      status: { active: true, tradeRegisterStatus: '1', situations: [] },
    });
  });

  it('keeps the name and address history and skips empty auxiliary names', () => {
    expect(company.names.map((n) => [n.name, n.type, n.endDate])).toEqual([
      ['Savonlinnan Puuinnovaatiot Oy', 'name', null],
      ['Puuinno', 'auxiliary', null],
      ['Nyslott Trä Oy', 'name', '2018-08-31'],
    ]);
    expect(company.addresses.map((a) => [a.type, a.street, a.postCode])).toEqual([
      ['street', 'Kauppatori 1', '57130'],
      ['postal', 'PL 20', '57101'],
    ]);
    expect(company.addressHistory.map((a) => a.street)).toEqual(['Olavinkatu 40']);
  });

  it('does not carry phone numbers over', () => {
    expect(JSON.stringify(company)).not.toContain('+358');
  });

  it('reads the shared real v1 record when it is there', () => {
    const shared = new URL('../../../../shared/data/ytj-sample-companies.json', import.meta.url);
    if (!fs.existsSync(shared)) return;
    const file = JSON.parse(fs.readFileSync(shared, 'utf8')) as { v1_bis_examples: { response: unknown }[] };
    const softagram = only({ json: file.v1_bis_examples[0]?.response });
    expect(softagram).toMatchObject({
      businessId: '2532004-3',
      name: 'Softagram Oy',
      tol2008: { code: '62010', names: { fi: 'Ohjelmistojen suunnittelu ja valmistus' } },
      website: 'https://softagram.com',
    });
    expect(softagram.names.map((n) => n.name)).toEqual(['Softagram Oy', 'Selkosoft Oy']);
    expect(softagram.addresses[0]).toMatchObject({
      type: 'postal',
      street: 'Uutelantie 14',
      postCode: '90450',
    });
  });

  it('rejects bad input clearly', () => {
    expect(parseYtjV1Response('{"results": {}}')).toMatchObject({ ok: false, error: /not a list/ });
    expect(parseYtjV1Response('[1]')).toMatchObject({ ok: true, results: [{ ok: false }] });
    expect(mapYtjV1Company({ businessId: '2456789-6' })).toMatchObject({ ok: false, error: /has no name/ });
  });
});
