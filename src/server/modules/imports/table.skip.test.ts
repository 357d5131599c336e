import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { upload } from '../../../../test/support/imports.js';

const { app, db, admin } = await testApp();
const names = async () =>
  (await sql<{ nameFi: string }>`select name_fi from organisations order by name_fi`.execute(db)).rows.map(
    (r) => r.nameFi,
  );
const FILE = {
  name: 'toimijat.csv',
  bytes: [
    'Nimi;Y-tunnus;Kunta',
    'Savonlinnan Saha Oy;2532004-3;Savonlinna',
    'Rikki Oy;1234567-2;Iisalmi',
    'Iisalmen Kone Oy;;140',
  ].join('\r\n'),
};

describe('skipping bad rows the dry run found', () => {
  it('leaves the skipped lines out of the dry run and the import, and imports the rest', async () => {
    const dry = await upload(app, admin.token, 'entity=organisations&dryRun=true', FILE, { skip: '[3]' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ errors: [], counts: { rows: 2, created: 2, failed: 0 } });
    expect(dry.body.message).toMatch(/1 rows skipped/);
    const res = await upload(app, admin.token, 'entity=organisations', FILE, { skip: '[3]' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ state: 'done', counts: { rows: 2, created: 2 } });
    expect(await names()).toEqual(['Iisalmen Kone Oy', 'Savonlinnan Saha Oy']);
  });

  it('still refuses the whole file when a bad row is not skipped, and checks the list', async () => {
    const res = await upload(app, admin.token, 'entity=organisations', FILE, { skip: '[2, 99]' });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ path: 'line 3, Y-tunnus', message: expect.any(String) }]);
    const bad = await upload(app, admin.token, 'entity=organisations', FILE, { skip: '{"__proto__": 1}' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('skip');
  });
});
