import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { editedWorkbook, withoutReferences } from '../../../../test/support/xlsx-fixtures.js';
import { upload } from '../../../../test/support/imports.js';

const { app, admin } = await testApp();

describe('an Excel import whose cells leave out their references', () => {
  it('is read and imported, not refused with the reader’s internal error', async () => {
    const bytes = await editedWorkbook(
      [
        ['Nimi', 'Kunta'],
        ['Savonlinnan Saha Oy', 'Savonlinna'],
      ],
      (xml) => withoutReferences(xml),
    );
    const res = await upload(app, admin.token, 'entity=organisations', { name: 'toimijat.xlsx', bytes });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'xlsx', errors: [], counts: { rows: 1, created: 1 } });
  });
});
