import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataExists, sharedDataPath } from '../../../../test/support/reference.js';
import { parseClassificationFile } from '../../../formats/classification-file.js';
import { testApp } from '../../../../test/db.js';
import { importClassification } from './reference.import.js';

const { db, call } = await testApp();

function parse(name: string) {
  const result = parseClassificationFile(fs.readFileSync(sharedDataPath(name)), { fileName: name });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe('built-in reference data', () => {
  it('has 19 regions with both NUTS vintages and the 2024 municipalities from the postal code package', async () => {
    const regions = (await call('GET', '/api/v1/regions')).body.items;
    expect(regions).toHaveLength(19);
    expect(regions.find((r: { code: string }) => r.code === '07')).toMatchObject({
      nameFi: 'Päijät-Häme',
      nuts3: 'FI1C3',
      nuts3V2024: 'FI1C6',
    });
    expect((await call('GET', '/api/v1/municipalities')).body.items).toHaveLength(309);
    expect((await call('GET', '/api/v1/municipalities/588')).body.nameFi).toBe('Pertunmaa');
    expect((await call('GET', '/api/v1/industries?level=1')).body.items).toHaveLength(21);
    expect((await call('GET', '/api/v1/industries?level=2&parentCode=C')).body.items).toHaveLength(24);
  });
});

describe.skipIf(!sharedDataExists('municipalities.csv') || !sharedDataExists('tol2008.csv'))(
  'solmu reference import',
  () => {
    it('imports the 2025 municipal division: Pertunmaa retired, names and regions updated, organisations kept', async () => {
      const org = await call('POST', '/api/v1/organisations', {
        kind: 'company',
        nameFi: 'Pertunmaan Paja',
        municipalityCode: '588',
      });
      expect(org.status).toBe(201);
      const summary = await importClassification(db, parse('municipalities.csv'));
      expect(summary).toMatchObject({ municipalities: 308, regions: 19, deactivated: ['588'] });
      expect((await call('GET', '/api/v1/municipalities')).body.items).toHaveLength(308);
      expect((await call('GET', '/api/v1/municipalities/249')).body).toMatchObject({
        nameSv: 'Keuru',
        nameEn: 'Keuruu',
        regionCode: '13',
      });
      expect((await call('GET', '/api/v1/municipalities/588')).body.isActive).toBe(false);
      expect((await call('GET', `/api/v1/organisations/${org.body.id}`)).body.municipalityCode).toBe('588');
      // Importing the same file again changes nothing
      expect((await importClassification(db, parse('municipalities.csv'))).deactivated).toEqual([]);
    });

    it('imports TOL 2008 groups and classes, and a 5-digit code still resolves without them', async () => {
      const summary = await importClassification(db, parse('tol2008.csv'));
      expect(summary.industries).toBe(996);
      const classes = (await call('GET', '/api/v1/industries?level=4&parentCode=702')).body.items;
      expect(classes.map((c: { code: string }) => c.code)).toEqual(['7021', '7022']);
      const org = await call('POST', '/api/v1/organisations', {
        kind: 'company',
        nameFi: 'Konsultti',
        tolCode: '70220',
      });
      expect(org.body.industry).toEqual({ code: '70220', divisionCode: '70', sectionCode: 'M' });
    });

    it('refuses a broken file without changing anything', async () => {
      const result = parseClassificationFile('municipality_code,name_fi\n1234,Ei kunta\n', {
        fileName: 'kunnat.csv',
      });
      expect(result.ok).toBe(false);
    });
  },
);
