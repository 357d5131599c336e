/** The Excel and print-view reports say what specialisation compares with and give each LQ's interval. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPicture } from '../analysis/picture.js';
import { townInput } from '../../test/support/analysis/town.js';
import { writtenFixture } from '../../test/support/written-picture.js';
import { evidenceText } from './evidence-text.js';
import { renderReport } from './picture-report.js';

const town = townInput();
const againstSolmu = buildPicture(town);
const againstFinland = buildPicture({
  ...town,
  finland: { ...town.finland, baseline: 'finland', year: 2023, source: 'Tilastokeskus: Toimipaikat' },
  jobs: {
    scope: { divisions: { '16': 600, '62': 400 } },
    finland: { divisions: { '16': 24000, '62': 96000 } },
    year: 2022,
    source: 'Tilastokeskus: Työpaikat',
  },
});

async function sheets(body: unknown) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('specialisation in the Excel and print-view reports', () => {
  it('says plainly when the comparison is with the actors in Solmu', async () => {
    const html = String((await renderReport(againstSolmu, writtenFixture('fi'), 'html', [])).body);
    expect(html).toContain(
      '<p>Vertailukohta: Solmuun kirjatut toimijat, ei koko Suomi (kansallista taulukkoa ei ole tuotu)</p>',
    );
    expect(html).toContain('<th scope="col">Solmun toimijat</th>');
    expect(html).toContain('<th scope="col">95 %:n luottamusväli, alaraja</th>');
  });

  it('names Finland’s table and year, and gives both limits of every LQ in the sheet', async () => {
    const wb = await sheets((await renderReport(againstFinland, writtenFixture('en'), 'xlsx', [])).body);
    const ws = wb.getWorksheet('Specialisation')!;
    expect(values(ws, 1)).toEqual([
      'TOL',
      'Industry',
      'Scope',
      'Finland',
      'Location quotient',
      '95 % interval, low',
      '95 % interval, high',
      'low count',
      'Compared with',
    ]);
    const rows = againstFinland.specialisation.organisations.divisions;
    rows.forEach((r, i) => {
      const row = values(ws, i + 2);
      expect(row[0]).toBe(r.code);
      expect(row[5]).toBeCloseTo(r.confidence!.low, 9);
      expect(row[6]).toBeCloseTo(r.confidence!.high, 9);
      expect(row[8]).toBe('all of Finland (Tilastokeskus: Toimipaikat, year 2023)');
    });
    const jobs = wb.worksheets.find((s) => s.name.startsWith('Specialisation, by jobs'))!;
    expect(values(jobs, 2)[8]).toBe('all of Finland (Tilastokeskus: Työpaikat, year 2022)');
  });

  it('gives a strength’s evidence its baseline and interval, and says them', () => {
    for (const [picture, against] of [
      [againstSolmu, 'Solmun toimijat'],
      [againstFinland, 'Suomi'],
    ] as const) {
      const strength = picture.strengths[0]!;
      const item = strength.evidence.find((e) => e.kind === 'specialisation' && e.basis === 'organisations')!;
      const row = picture.specialisation.organisations.divisions.find((r) => r.code === strength.code)!;
      expect(item).toMatchObject({
        baseline: picture.specialisation.organisations.baseline,
        confidence: row.confidence,
      });
      const text = evidenceText(item, 'fi');
      expect(text).toContain(`${against} `);
      expect(text).toMatch(/\(95 %: \d+(,\d+)?–\d+(,\d+)?\)/);
    }
  });
});
