import { createHash } from 'node:crypto';
import { FinnishBusinessIds } from 'finnish-business-ids';
import { describe, expect, it } from 'vitest';
import { loadBuiltInPostalCodes } from '../../domain/reference/municipalities.js';
import { readYtjDump } from './dump.js';
import { generateYtjDump, type GenerateYtjOptions, type GeneratorMunicipality } from './generate.js';
import type { YtjCompany } from './types.js';
import { resolveTol2008 } from '../../domain/reference/tol2008.js';

const towns: GeneratorMunicipality[] = [
  { code: '091', nameFi: 'Helsinki', nameSv: 'Helsingfors', population: 658_000 },
  { code: '140', nameFi: 'Iisalmi', nameSv: 'Idensalmi', population: 20_900 },
  { code: '287', nameFi: 'Kristiinankaupunki', nameSv: 'Kristinestad', population: 6_300 },
];

async function text(options: GenerateYtjOptions): Promise<string> {
  let out = '';
  for await (const chunk of generateYtjDump(options)) out += chunk;
  return out;
}

async function read(options: GenerateYtjOptions): Promise<YtjCompany[]> {
  const companies: YtjCompany[] = [];
  for await (const item of readYtjDump(generateYtjDump(options))) {
    if (item.kind !== 'company') throw new Error(`${item.kind}: ${item.message}`);
    expect(item.warnings).toEqual([]);
    companies.push(item.company);
  }
  return companies;
}

describe('generateYtjDump', () => {
  it('is reproducible from its seed', async () => {
    const hash = async (seed: number) =>
      createHash('sha256')
        .update(await text({ count: 500, seed, municipalities: towns }))
        .digest('hex');
    expect(await hash(42)).toBe(await hash(42));
    expect(await hash(42)).not.toBe(await hash(43));
  });

  it('writes valid v3 companies with valid, unique, rising business IDs', async () => {
    const companies = await read({ count: 3000, seed: 7, municipalities: towns });
    expect(companies).toHaveLength(3000);
    const ids = companies.map((c) => c.businessId);
    expect(ids.every((id) => FinnishBusinessIds.isValidBusinessId(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // Registration dates rise with the ID, as PRH's do.
    const dates = companies.map((c) => c.registrationDate ?? '');
    expect([...dates].sort()).toEqual(dates);
    for (const c of companies) {
      expect(c.tol2008?.code).toMatch(/^\d{5}$/);
      expect(c.addresses[0]?.postCode).toMatch(/^\d{5}$/);
      expect(c.lastModified! >= c.registrationDate!).toBe(true);
      if (c.endDate) expect(c.endDate >= c.registrationDate!).toBe(true);
    }
  });

  it('spreads companies by population and skews industries towards the common divisions', async () => {
    const companies = await read({ count: 20_000, seed: 1, municipalities: towns });
    const share = (code: string) =>
      companies.filter((c) => c.addresses[0]?.municipalityCodeHint === code).length / companies.length;
    const total = towns.reduce((s, t) => s + t.population, 0);
    for (const t of towns) expect(share(t.code)).toBeCloseTo(t.population / total, 2);

    const byDivision = new Map<string, number>();
    for (const c of companies) {
      const d = c.tol2008?.code.slice(0, 2) ?? '';
      byDivision.set(d, (byDivision.get(d) ?? 0) + 1);
    }
    const counts = [...byDivision.entries()].sort((a, b) => b[1] - a[1]);
    expect(counts[0]?.[0]).toBe('68');
    // Zipf with s = 1.1 over 88 divisions: the first takes about a fifth, the tenth about a fiftieth.
    expect((counts[0]?.[1] ?? 0) / companies.length).toBeGreaterThan(0.15);
    expect((byDivision.get('56') ?? 0) / companies.length).toBeLessThan(0.04);
    expect(byDivision.size).toBeGreaterThan(60);
    // Every code is a real one: an import would refuse the others.
    const unreal = companies.filter((c) => c.tol2008 && !resolveTol2008(c.tol2008.code));
    expect(unreal.map((c) => c.tol2008?.code)).toEqual([]);
    const housing = companies.filter((c) => c.tol2008?.code === '68202');
    expect(housing.every((c) => c.companyForm?.code === '2' && c.name.startsWith('Asunto Oy '))).toBe(true);
    expect(companies.filter((c) => !c.status.active).length / companies.length).toBeCloseTo(0.15, 1);
  });

  it('takes postal codes from the reference data when given', async () => {
    const iisalmi = loadBuiltInPostalCodes()
      .filter((p) => p.municipalityCode === '140')
      .map((p) => p.postalCode);
    expect(iisalmi.length).toBeGreaterThan(0);
    const companies = await read({
      count: 200,
      seed: 3,
      municipalities: [{ code: '140', nameFi: 'Iisalmi', population: 20_900, postalCodes: iisalmi }],
    });
    expect(companies.every((c) => iisalmi.includes(c.addresses[0]?.postCode ?? ''))).toBe(true);
  });

  it('is lazy: a million-company dump costs nothing until it is read', async () => {
    let chunks = 0;
    for await (const chunk of generateYtjDump({ count: 1_000_000, seed: 9, municipalities: towns })) {
      expect(chunk.length).toBeLessThan(1_000_000);
      if (++chunks === 3) break;
    }
    expect(chunks).toBe(3);
  });

  it('refuses options it cannot honour', async () => {
    const bad: GenerateYtjOptions[] = [
      { count: -1, seed: 1, municipalities: towns },
      { count: 1.5, seed: 1, municipalities: towns },
      { count: 10, seed: 1, municipalities: [] },
      { count: 10, seed: 1, municipalities: [{ code: 'x', nameFi: 'X', population: 1 }] },
      { count: 10, seed: Number.NaN, municipalities: towns },
      { count: 10, seed: 1, municipalities: towns, asOf: 'never' },
    ];
    for (const options of bad) await expect(text(options)).rejects.toThrow(RangeError);
    expect(await text({ count: 0, seed: 1, municipalities: towns })).toBe('[\n\n]\n');
  });
});
