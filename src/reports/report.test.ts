/** The report renderers: SVG charts and the Word document, opened and read back. */
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildPicture } from '../analysis/picture.js';
import { townInput } from '../../test/support/analysis/town.js';
import { docxText, sectionText } from '../../test/support/docx-text.js';
import { writtenFixture } from '../../test/support/written-picture.js';
import { pictureCharts } from './charts.js';
import { pictureDocx } from './docx.js';
import { renderReport } from './picture-report.js';
import { chartPng, placeholderPng } from './png.js';

const picture = buildPicture(townInput());

/** The distinct colours of a PNG's pixels, as 0xRRGGBBAA numbers. */
function colours(png: Buffer): { width: number; height: number; colours: Set<number> } {
  const image = PNG.sync.read(png);
  const found = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) found.add(image.data.readUInt32BE(i));
  return { width: image.width, height: image.height, colours: found };
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

const DEVELOPER_TEXT = /externalRelations|parameters\.|docs\/|\.md\b|\b[a-z]+[A-Z][a-zA-Z]*\b/;

describe('Word report', () => {
  const written = writtenFixture('fi');

  it('has a cover with the town and the date, a table of contents and real headings', async () => {
    const { body, parts } = await docxText(await pictureDocx(picture, written));
    expect(body.slice(0, 3)).toEqual([
      { style: 'Title', text: 'Savonlinna (test)' },
      { style: '', text: 'Tilannekuva' },
      { style: '', text: 'Raportti laadittu 31.1.2024' },
    ]);
    const document = parts.get('word/document.xml')!.toString('utf8');
    expect(document).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(document).toContain('TOC \\h \\o &quot;1-2&quot;');
    const headings = body.filter((p) => /^Heading[12]$/.test(p.style)).map((p) => `${p.style}:${p.text}`);
    // the contents are written in, so an application that does not update fields shows them too
    const contents = body.filter((p) => p.style.startsWith('TOC'));
    expect(contents.map((p) => `${p.style.replace('TOC', 'Heading')}:${p.text}`)).toEqual(headings);
    expect(headings).toEqual([
      'Heading1:Havainnot',
      'Heading2:Ekosysteemi lyhyesti',
      'Heading2:Vahvuudet',
      'Heading1:Ehdotukset',
      'Heading2:Ehdotetut kehittämiskohteet',
      'Heading2:Mahdolliset kasvualat',
      'Heading1:Tunnusluvut',
      'Heading2:Kokoonpano',
      'Heading2:Verkosto',
      'Heading2:Erikoistuminen',
      'Heading2:Osaaminen',
      'Heading2:Vahvuudet',
      'Heading2:Kasvualaehdokkaat',
      'Heading2:Vertailu',
      'Heading1:Menetelmät',
      'Heading1:Liite: laskennan tekninen kuvaus',
    ]);
    expect(parts.get('word/settings.xml')!.toString('utf8')).toContain('<w:updateFields/>');
  });

  it('writes the contents’ page numbers when asked to lay the pages out', async () => {
    const { body } = await docxText(await pictureDocx(picture, written, { pageNumbers: true }));
    const contents = body.filter((p) => p.style.startsWith('TOC')).map((p) => p.text);
    // the cover and the contents take a page each
    expect(contents.slice(0, 3)).toEqual(['Havainnot3', 'Ekosysteemi lyhyesti3', 'Vahvuudet3']);
    for (const entry of contents) expect(entry).toMatch(/^\D+\d+$/);
  });

  it('writes each finding as a paragraph with its evidence as a footnote, and the proposals after', async () => {
    const { body, footnotes } = await docxText(
      await pictureDocx(picture, written, { proposals: ['Puurakentamisen osaamiskeskus Xamkin kanssa.'] }),
    );
    expect(sectionText(body, 'Vahvuudet')).toEqual([
      'Metsäbiotalous on alueen selvin vahvuus.',
      'Toimittajan lisäys.',
    ]);
    expect(sectionText(body, 'Ehdotetut kehittämiskohteet')).toEqual([
      'Yhteyksiä yritysten välille',
      'Yrityksiä yhdistävä toimija puuttuu.',
    ]);
    expect(body).toContainEqual({ style: 'Heading3', text: 'Puutuotteet' });
    expect(sectionText(body, 'Solmun käyttäjien ehdotukset')).toEqual([
      'Puurakentamisen osaamiskeskus Xamkin kanssa.',
    ]);
    // one footnote per sentence or proposal with evidence, a line per piece, in the order they come
    expect(footnotes.map((p) => p.text)).toEqual([
      'Toimijoita: 25',
      'Yrityksiä: 17',
      'Sijaintiosamäärä: 17,7',
      '”Puu on meidän juttumme.” (Kartoitus 2022)',
      'Välittäjiä: 1',
      'Puuta Savosta',
    ]);
  });

  it('follows an editor’s version: sections hidden, moved and added render as the editor left them', async () => {
    const [glance, strengths, , growth] = written.sections;
    const added = {
      ...glance!,
      key: 'challenges' as const,
      title: 'Haasteet',
      sentences: [{ text: 'Nuoret muuttavat pois.', evidence: [] }],
    };
    // the development targets hidden, the strengths renamed and moved first, a section added
    const edited = {
      ...written,
      sections: [{ ...strengths!, title: 'Vahvuutemme' }, glance!, growth!, added],
    };
    const { body } = await docxText(await pictureDocx(picture, edited, { charts: false }));
    const headings = body.filter((p) => /^Heading[12]$/.test(p.style)).map((p) => p.text);
    expect(headings.slice(0, 6)).toEqual([
      'Havainnot',
      'Vahvuutemme',
      'Ekosysteemi lyhyesti',
      'Haasteet',
      'Ehdotukset',
      'Mahdolliset kasvualat',
    ]);
    expect(sectionText(body, 'Haasteet')).toEqual(['Nuoret muuttavat pois.']);
    expect(headings).not.toContain('Ehdotetut kehittämiskohteet');
  });

  it('has the figures, and the charts as images with their figures as alt text', async () => {
    const { body, parts } = await docxText(await pictureDocx(picture, written));
    const text = body.map((p) => p.text);
    expect(text.some((t) => t.startsWith('16 Sahatavaran'))).toBe(true);
    expect(text.some((t) => t.startsWith('Sijaintiosamäärä 17,7'))).toBe(true);
    expect(text).toContain('Savon Robotti Oy (samasta verkostosta), ABC Automation Oy, Robotiikka Oy');
    // the specialisation table says what it compares with, and each quotient's interval
    expect(text).toContain(
      'Vertailukohta: Solmuun kirjatut toimijat, ei koko Suomi (kansallista taulukkoa ei ole tuotu)',
    );
    expect(text).toContain('Solmun toimijat');
    expect(text).toContain('95 %:n luottamusväli');
    const document = parts.get('word/document.xml')!.toString('utf8');
    const altTexts = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(altTexts).toHaveLength(4);
    expect(altTexts[0]).toMatch(/^Toimijatyypit\. yritys: 17; /);
    const media = [...parts.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(4);
    const pngs = media.filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(4);
    for (const name of pngs) {
      // the grey placeholder has one colour; a drawn chart has many
      expect(colours(parts.get(name)!).colours.size, name).toBeGreaterThan(20);
    }
  });

  it.each(['fi', 'sv', 'en'] as const)(
    'in %s, has the methods for a lay reader and the technical detail in an appendix, no developer text',
    async (lang) => {
      const w = writtenFixture(lang);
      const { body, parts } = await docxText(await pictureDocx(picture, w, { charts: false }));
      const methods = { fi: 'Menetelmät', sv: 'Metoder', en: 'Methods' }[lang];
      expect(sectionText(body, methods)).toEqual(w.methods.plain);
      expect(body.at(-1)!.text).toBe(w.methods.technical[0]);
      const visible = body.map((p) => p.text).join('\n');
      expect(visible).not.toMatch(/externalRelations|parameters\.betweenness|docs\/analysis\.md/);
      expect(sectionText(body, methods).join(' ')).not.toMatch(DEVELOPER_TEXT);
      // nor in what the file says about itself
      expect(parts.get('docProps/core.xml')!.toString('utf8')).not.toMatch(/externalRelations|docs\//);
    },
  );

  it('speaks Swedish and English', async () => {
    const sv = (await docxText(await pictureDocx(picture, writtenFixture('sv'), { charts: false }))).body;
    expect(sv.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        'Lägesbild',
        'Rapporten upprättad 31.1.2024',
        'Iakttagelser',
        'Förslag',
        'Nätverk',
      ]),
    );
    const en = await docxText(await pictureDocx(picture, writtenFixture('en'), { charts: false }));
    expect(en.body.map((p) => p.text)).toEqual(
      expect.arrayContaining(['Report prepared 31 January 2024', 'Findings', 'Candidate growth sectors']),
    );
    expect(en.footnotes.map((p) => p.text)).toContain('“Puu on meidän juttumme.” (Mapping 2022)');
    expect([...en.parts.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
  });
});

describe('print view', () => {
  it('shows the written findings with their evidence, the proposals and the methods', async () => {
    const html = String((await renderReport(picture, writtenFixture('sv'), 'html', [])).body);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Savonlinna (test)</h1>');
    expect(html).toContain('Rapporten upprättad 31.1.2024');
    expect(html).toMatch(
      /<p>Skogsbioekonomin är områdets tydligaste styrka\.<sup><a href="#s1-1" id="s1-ref-1">1<\/a><\/sup><\/p><p>Redaktörens tillägg\.<\/p>/,
    );
    expect(html).toContain(
      '<li id="s1-1">Lokaliseringskvot: 17,7<br>”Puu on meidän juttumme.” (Kartläggning 2022)</li>',
    );
    expect(html).toContain('<h4>Förbindelser mellan företag</h4>');
    expect(html).toContain('<h2 id="appendix">Bilaga: beräkningarnas tekniska beskrivning</h2>');
    // the contents link to every part
    expect(html).toContain(
      '<ol><li><a href="#findings">Iakttagelser</a></li><li><a href="#proposals">Förslag</a></li><li><a href="#figures">Nyckeltal</a></li><li><a href="#methods">Metoder</a></li><li><a href="#appendix">Bilaga: beräkningarnas tekniska beskrivning</a></li></ol>',
    );
    expect(html).not.toMatch(/<th scope="col">(community|score|evidence)<\/th>/);
    expect(html).not.toContain('<script');
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
    (await docxText(await pictureDocx(p, writtenFixture(language), { charts: false }))).body.map(
      (x) => x.text,
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
    const html = String((await renderReport(picture, writtenFixture('fi'), 'html', [])).body);
    expect(html).not.toContain('<h3>Lainaukset</h3>');
  });

  it('puts themes and quotes into the Excel sheets and the print view', async () => {
    const xlsx = (await renderReport(withEvidence, writtenFixture('sv'), 'xlsx', [])).body as Buffer;
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
    const html = String((await renderReport(withEvidence, writtenFixture('en'), 'html', [])).body);
    expect(html).toContain('<h3>Quotes</h3>');
    expect(html).toContain('<td>Osaavan työvoiman saatavuus on &lt;suurin&gt; haaste.</td>');
    expect(html).toContain('<td>What are its challenges?</td>');
  });
});
