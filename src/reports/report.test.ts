/** The report renderers: SVG charts and the Word document, opened and read back. */
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { buildPicture } from '../analysis/picture.js';
import { townInput } from '../../test/support/analysis/town.js';
import { pictureCharts } from './charts.js';
import { pictureDocx } from './docx.js';
import { renderReport } from './picture-report.js';
import { chartPng, placeholderPng } from './png.js';

const picture = buildPicture(townInput());

/** Every entry of a zip file (a .docx is one), by name. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The distinct colours of a PNG's pixels, as 0xRRGGBBAA numbers. */
function colours(png: Buffer): { width: number; height: number; colours: Set<number> } {
  const image = PNG.sync.read(png);
  const found = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) found.add(image.data.readUInt32BE(i));
  return { width: image.width, height: image.height, colours: found };
}

/** The visible text of word/document.xml, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((t) => t.length > 0);
}

describe('charts', () => {
  it('draws every chart as an SVG image labelled for screen readers, the same on every run', () => {
    const charts = pictureCharts(picture, 'fi');
    expect(charts.map((c) => c.id)).toEqual(['kinds', 'tripleHelix', 'centralActors', 'specialisation']);
    const again = pictureCharts(picture, 'fi');
    charts.forEach((chart, i) => {
      expect(chart.svg.startsWith('<svg role="img" aria-label="')).toBe(true);
      expect(chart.svg).toBe(again[i]!.svg);
      expect(chart.svg).not.toMatch(/zr\d+-/);
    });
    expect(charts[0]!.svg).toContain('aria-label="Toimijatyypit. yritys: 17;');
    expect(charts[2]!.svg).toContain('Saw1');
    expect(pictureCharts(picture, 'sv')[0]!.svg).toContain('företag: 17');
  });

  it('makes a valid PNG placeholder', () => {
    const png = placeholderPng(3, 2);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(3);
    expect(png.readUInt32BE(20)).toBe(2);
  });

  it('rasterises a chart into a PNG of the chart itself, not a blank box', () => {
    const chart = pictureCharts(picture, 'fi')[0]!;
    const drawn = colours(chartPng(chart.svg, chart.width, chart.height));
    expect(drawn.width).toBe(chart.width * 2);
    expect(drawn.height).toBe(chart.height * 2);
    // white background, the brand-blue bars, grey axes and anti-aliased text
    expect(drawn.colours.size).toBeGreaterThan(20);
    expect(drawn.colours.has(0x2a6ebbff)).toBe(true);
    expect(colours(placeholderPng(chart.width, chart.height)).colours.size).toBe(1);
  });
});

describe('Word report', () => {
  it('has every section, the figures, the users’ proposals and the charts as images', async () => {
    const proposals = ['Puurakentamisen osaamiskeskus Xamkin kanssa.'];
    const entries = await unzip(await pictureDocx(picture, { proposals }));
    const text = paragraphs(entries.get('word/document.xml')!.toString('utf8'));
    for (const heading of [
      'Tilannekuva: Savonlinna (test)',
      'Kokoonpano',
      'Kolmoiskierre',
      'Verkosto',
      'Keskeisimmät toimijat',
      'Välittäjät',
      'Erikoistuminen',
      'Osaaminen',
      'Täyttämättömät osaamistarpeet',
      'Vahvuudet',
      'Kasvualaehdokkaat',
      'Vertailu',
      'Ehdotukset',
      'Menetelmät',
    ]) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toContain(proposals[0]);
    expect(text.some((t) => t.startsWith('16 Sahatavaran'))).toBe(true);
    expect(text.some((t) => t.startsWith('Sijaintiosamäärä 17,7'))).toBe(true);
    expect(text).toContain('Savon Robotti Oy (samasta verkostosta), ABC Automation Oy, Robotiikka Oy');
    const media = [...entries.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(4);
    const pngs = media.filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(4);
    for (const name of pngs) {
      // the grey placeholder has one colour; a drawn chart has many
      expect(colours(entries.get(name)!).colours.size, name).toBeGreaterThan(20);
    }
  });

  it('speaks Swedish and English too, and leaves room for proposals when none are written', async () => {
    const sv = paragraphs(
      (await unzip(await pictureDocx(picture, { language: 'sv', charts: false })))
        .get('word/document.xml')!
        .toString('utf8'),
    );
    expect(sv).toEqual(
      expect.arrayContaining(['Lägesbild: Savonlinna (test)', 'Sammansättning', 'Nätverk', 'Förslag']),
    );
    expect(sv).toContain('Skriv här förslag till utvecklingsobjekt och tillväxtbranscher.');
    const en = await unzip(await pictureDocx(picture, { language: 'en', charts: false }));
    expect(paragraphs(en.get('word/document.xml')!.toString('utf8'))).toContain('Candidate growth sectors');
    expect([...en.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
  });
});

describe('the mapping rounds’ themes and quotes in the report', () => {
  const label = (fi: string, sv: string, en: string) => ({ fi, sv, en });
  const challenges = label(
    'Mitkä ovat sen haasteet?',
    'Vilka är dess utmaningar?',
    'What are its challenges?',
  );
  const withEvidence = buildPicture(
    townInput({
      mappingEvidence: {
        rounds: [
          {
            id: 'round-1',
            name: label('Kartoitus 2022', 'Kartläggning 2022', 'Mapping 2022'),
            respondents: 7,
          },
        ],
        codes: [
          { roundId: 'round-1', respondentId: 'r1', questionKey: 'challenges', theme: 'osaava työvoima' },
          { roundId: 'round-1', respondentId: 'r2', questionKey: 'challenges', theme: 'osaava työvoima' },
          { roundId: 'round-1', respondentId: 'r2', questionKey: 'strengths', theme: 'tutkimus lähellä' },
        ],
        quotes: [
          {
            roundId: 'round-1',
            respondentId: 'r1',
            questionKey: 'challenges',
            questionLabel: challenges,
            text: 'Osaavan työvoiman saatavuus on <suurin> haaste.',
          },
        ],
      },
    }),
  );
  const wordText = async (p: typeof picture, language: 'fi' | 'sv' | 'en') =>
    paragraphs(
      (await unzip(await pictureDocx(p, { language, charts: false })))
        .get('word/document.xml')!
        .toString('utf8'),
    );

  it('gives the Word report a section of themes and quotes, in the reader’s language', async () => {
    const fi = await wordText(withEvidence, 'fi');
    expect(fi).toEqual(
      expect.arrayContaining([
        'Kartoituksen teemat ja lainaukset',
        'Kartoitus 2022 (vastanneita 7)',
        'Teemat',
        'osaava työvoima',
        'Lainaukset',
        // as document.xml holds it: the text, escaped once
        'Osaavan työvoiman saatavuus on &lt;suurin&gt; haaste.',
        'Mitkä ovat sen haasteet?',
      ]),
    );
    // the theme of two respondents comes first, with its count
    const themes = fi.slice(fi.indexOf('Vastaajia, joiden vastauksissa teema on') + 1);
    expect(themes.slice(0, 4)).toEqual(['osaava työvoima', '2', 'tutkimus lähellä', '1']);
    expect(fi.join(' ')).not.toMatch(/\br[12]\b|round-1/);
    const sv = await wordText(withEvidence, 'sv');
    expect(sv).toEqual(
      expect.arrayContaining(['Kartläggningens teman och citat', 'Citat', 'Vilka är dess utmaningar?']),
    );
    const en = await wordText(withEvidence, 'en');
    expect(en).toEqual(
      expect.arrayContaining(['Themes and quotes from the mapping', 'Mapping 2022 (respondents 7)']),
    );
  });

  it('leaves the section out where the scope has no mapping round', async () => {
    expect(await wordText(picture, 'fi')).not.toContain('Kartoituksen teemat ja lainaukset');
    const html = String((await renderReport(picture, 'html', 'fi', [])).body);
    expect(html).not.toContain('<h2>Lainaukset</h2>');
  });

  it('puts themes and quotes into the Excel sheets and the print view', async () => {
    const xlsx = (await renderReport(withEvidence, 'xlsx', 'sv', [])).body as Buffer;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const rows = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1));
    expect(rows('Teman')).toEqual([
      ['Tema', 'Svarande med temat i sina svar'],
      ['osaava työvoima', 2],
      ['tutkimus lähellä', 1],
    ]);
    expect(rows('Citat')).toEqual([
      ['Citat', 'Fråga', 'Tema'],
      ['Osaavan työvoiman saatavuus on <suurin> haaste.', 'Vilka är dess utmaningar?', 'osaava työvoima'],
    ]);
    const html = String((await renderReport(withEvidence, 'html', 'en', [])).body);
    expect(html).toContain('<h2>Quotes</h2>');
    expect(html).toContain('<td>Osaavan työvoiman saatavuus on &lt;suurin&gt; haaste.</td>');
    expect(html).toContain('<td>What are its challenges?</td>');
  });
});
