import { describe, expect, it } from 'vitest';
import { testApp } from '../../../../test/db.js';
import { upload } from '../../../../test/support/imports.js';

const { app, admin, call } = await testApp();
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))),
  );
/** UTF-8 names, and one byte on line 3 that is not UTF-8 (a Windows-1252 ä). */
const MIXED = bytes('Nimi;Kunta\nÄänekosken Saha Oy;Äänekoski\nRikki ', [0xe4], ' Oy;Iisalmi\n');

describe('the encoding of a CSV import', () => {
  it('refuses a file that is mostly UTF-8 with a byte that is not, and asks for the encoding', async () => {
    const dry = await upload(app, admin.token, 'entity=organisations&dryRun=true', {
      name: 'toimijat.csv',
      bytes: MIXED,
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ state: 'dry_run', encoding: null, counts: { created: 0 } });
    expect(dry.body.errors).toEqual([
      expect.objectContaining({
        line: null,
        code: 'encoding_unclear',
        params: { line: 3, byte: 50 },
        message: expect.stringMatching(/choose the encoding/),
      }),
    ]);
    const real = await upload(app, admin.token, 'entity=organisations', {
      name: 'toimijat.csv',
      bytes: MIXED,
    });
    expect(real.status).toBe(422);
    expect((await call('GET', '/api/v1/organisations')).body.total).toBe(0);
  });

  it('reads it the way the user chooses, and says so; UTF-8 chosen for bytes that are not is refused', async () => {
    const utf8 = await upload(app, admin.token, 'entity=organisations&dryRun=true&encoding=utf-8', {
      name: 'toimijat.csv',
      bytes: MIXED,
    });
    expect(utf8.body.errors).toEqual([
      expect.objectContaining({ code: 'invalid_utf8', params: { line: 3, byte: 50 } }),
    ]);
    const ansi = await upload(app, admin.token, 'entity=organisations&dryRun=true&encoding=windows-1252', {
      name: 'toimijat.csv',
      bytes: MIXED,
    });
    // Read as the user chose: the UTF-8 names then show what they are in Windows-1252.
    expect(ansi.body).toMatchObject({ encoding: 'windows-1252', counts: { rows: 2 } });
    expect(ansi.body.errors).toEqual([
      expect.objectContaining({ code: 'unknown_municipality', params: { value: 'Ã„Ã¤nekoski' } }),
    ]);
    const wrong = await upload(app, admin.token, 'entity=organisations&dryRun=true&encoding=latin-9', {
      name: 'toimijat.csv',
      bytes: MIXED,
    });
    expect(wrong.status).toBe(400);
  });

  it('reads UTF-8 as UTF-8 and 8-bit text as Windows-1252, and says which in the dry run', async () => {
    const utf8 = bytes('Nimi;Kunta\nÄänekosken Saha Oy;Äänekoski\n');
    const dry = await upload(app, admin.token, 'entity=organisations&dryRun=true', {
      name: 'a.csv',
      bytes: utf8,
    });
    expect(dry.body).toMatchObject({ encoding: 'utf-8', errors: [] });
    const ansi = new Uint8Array(Buffer.from('Nimi;Kunta\nÖljynporaus Oy;Äänekoski\n', 'latin1'));
    const res = await upload(app, admin.token, 'entity=organisations', { name: 'b.csv', bytes: ansi });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.encoding).toBe('windows-1252');
    const stored = (await call('GET', '/api/v1/organisations?q=Öljynporaus')).body.items[0];
    expect(stored).toMatchObject({ nameFi: 'Öljynporaus Oy', municipalityCode: '992' });
  });
});
