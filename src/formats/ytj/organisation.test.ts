import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { organisationFromYtj, websiteUrl } from './organisation.js';
import type { YtjCompany } from './types.js';
import { parseYtjV3Response } from './v3.js';

function fixtureCompanies(): YtjCompany[] {
  const parsed = parseYtjV3Response(
    fs.readFileSync(new URL('./fixtures/v3-companies.json', import.meta.url)),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.results.flatMap((r) => (r.ok ? [r.company] : []));
}

describe('organisationFromYtj', () => {
  const [machine, bakery] = fixtureCompanies();

  it('gives a valid organisation input, with names by language and the municipality from the postal code', () => {
    const postCodes = new Map([['74120', '140']]);
    const result = organisationFromYtj(machine as YtjCompany, {
      municipalityForPostCode: (code) => postCodes.get(code),
    });
    expect(result).toEqual({
      ok: true,
      data: {
        kind: 'company',
        nameFi: 'Koivukosken Metsäkone Oy',
        nameSv: null,
        nameEn: 'Koivukoski Forest Machines Ltd',
        businessId: '3123456-3',
        tolCode: null,
        municipalityCode: '140',
        website: 'https://www.koivukoskenmetsakone.example',
      },
      postCode: '74120',
      postOffice: 'IISALMI',
    });
  });

  it('takes the Finnish parallel name as nameFi for a Swedish-named company, and TOL 2008', () => {
    const result = organisationFromYtj(bakery as YtjCompany);
    expect(result.ok && result.data).toMatchObject({
      nameFi: 'Kristiinankaupungin Leipomo Oy',
      nameSv: 'Kristinestads Bageri Ab',
      tolCode: '10710',
      municipalityCode: null,
    });
  });

  it('reads the kind from the company form', () => {
    const town = {
      ...(machine as YtjCompany),
      companyForm: { code: '41', names: {}, registrationDate: null, endDate: null },
    };
    expect(organisationFromYtj(town)).toMatchObject({ ok: true, data: { kind: 'municipality' } });
  });

  it('normalises web addresses and drops junk', () => {
    expect(websiteUrl('www.nokia.com')).toBe('https://www.nokia.com');
    expect(websiteUrl(' https://www.nokia.com/ ')).toBe('https://www.nokia.com/');
    expect(websiteUrl('WWW.Nokia.com/fi')).toBe('https://www.nokia.com/fi');
    expect(websiteUrl('http://example.fi/a')).toBe('http://example.fi/a');
    expect(websiteUrl('not a url')).toBeNull();
    expect(websiteUrl('')).toBeNull();
  });
});
