/**
 * Every seed town's Word report, as a reader downloads it in Finnish, Swedish and English, opens in
 * LibreOffice (converted to PDF by `soffice`, all in one run) and reads as a report: a table of contents,
 * the findings the written picture holds with their evidence as footnotes, and a methods section without
 * developer text. The text is read from the file itself, without the library that wrote it.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, sectionText } from '../../../../test/support/docx-text.js';
import { testApp } from '../../../../test/db.js';
import type { Picture } from '../../../analysis/picture.schema.js';
import { writePicture } from '../../../reports/findings/index.js';
import { loadDemoWorld } from '../demo/demo.service.js';

const { app, db, call, admin } = await testApp();
await loadDemoWorld(db);

const TOWNS = ['140', '740', '678', '287', '111', '232', '249', '684', '305', '832'];
const LANGUAGES = ['fi', 'sv', 'en'] as const;
const REPORTS = TOWNS.flatMap((code) => LANGUAGES.map((lang) => ({ code, lang, name: `${code}-${lang}` })));
const WORDS = {
  fi: { findings: 'Havainnot', methods: 'Menetelmät' },
  sv: { findings: 'Iakttagelser', methods: 'Metoder' },
  en: { findings: 'Findings', methods: 'Methods' },
};
/**
 * What a developer writes and a town's reader should never see: camelCase names, dotted paths
 * (parameters.betweenness; a date such as 7.12.2026 is not one) and file paths.
 */
const IDENTIFIER =
  /\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z_]\w*\.[A-Za-z_]\w*(\.\w+)*\b|\b[\w-]+\/[\w./-]+\.(md|ts|js|json)\b/;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-report-lo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The text of a PDF as poppler's pdftotext reads it. */
const pdfText = async (file: string) =>
  (await promisify(execFile)('pdftotext', ['-layout', file, '-'], { maxBuffer: 32 * 1024 * 1024 })).stdout;

async function download(code: string, lang: string, format: string) {
  const res = await app.request(
    `/api/v1/pictures/report?scope=municipality&id=${code}&format=${format}&lang=${lang}`,
    { headers: { authorization: `Bearer ${admin.token}` } },
  );
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

/** The test needs LibreOffice and poppler; without them it fails saying how to get them. */
function requireTools() {
  for (const tool of ['soffice', 'pdftotext'])
    if (spawnSync(tool, ['--version']).error)
      throw new Error(
        `${tool} is missing: install LibreOffice Writer and poppler (Debian: apt-get install libreoffice-writer-nogui poppler-utils); .ci/run does so`,
      );
}

beforeAll(async () => {
  requireTools();
  for (const r of REPORTS)
    fs.writeFileSync(path.join(dir, `${r.name}.docx`), await download(r.code, r.lang, 'docx'));
  // One LibreOffice run for all thirty files, with a profile of its own so no other soffice interferes.
  await promisify(execFile)(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      path.join(dir, 'pdf'),
      ...REPORTS.map((r) => path.join(dir, `${r.name}.docx`)),
    ],
    { timeout: 240_000 },
  );
}, 300_000);

describe('every seed town’s Word report in LibreOffice', () => {
  it.each(REPORTS)('$name converts to a PDF with its contents and findings', async ({ name, lang }) => {
    const file = path.join(dir, 'pdf', `${name}.pdf`);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (await pdfText(file)).split('\f');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // the table of contents on the second page lists the findings and the methods as LibreOffice shows it
    expect(pages[1]).toContain(WORDS[lang].findings);
    expect(pages[1]).toContain(WORDS[lang].methods);
    expect(pages.slice(2).join('\n')).toContain(WORDS[lang].findings);
  });

  it.each(REPORTS)(
    '$name has its findings with their evidence and methods without identifiers',
    async ({ code, lang, name }) => {
      const { body, footnotes } = await docxText(fs.readFileSync(path.join(dir, `${name}.docx`)));
      const picture = (await call('GET', `/api/v1/pictures?scope=municipality&id=${code}`)).body as Picture;
      const written = writePicture(picture, lang);
      const text = body.map((p) => p.text);
      expect(body.filter((p) => p.style.startsWith('TOC')).length).toBeGreaterThan(5);
      expect(body).toContainEqual({ style: 'Heading1', text: WORDS[lang].findings });
      const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      for (const section of written.sections) {
        const paragraphs = sectionText(body, section.title).map(unescape);
        for (const sentence of section.sentences) expect(paragraphs).toContain(sentence.text);
      }
      // at least one strength and one proposed development target, each with its evidence, in the file
      const of = (key: string) => written.sections.find((s) => s.key === key)!;
      const strength = of('strengths').sentences.find((s) => s.evidence.length > 0)!;
      const target = of('developmentTargets').proposals.find((p) => p.evidence.length > 0)!;
      expect(sectionText(body, of('strengths').title).map(unescape)).toContain(strength.text);
      expect(text.map(unescape)).toContain(target.text);
      const evidence = written.sections.flatMap((s) => [...s.sentences, ...s.proposals]);
      const withEvidence = evidence.filter((s) => s.evidence.length > 0).length;
      expect(footnotes.length).toBeGreaterThanOrEqual(withEvidence);
      expect(body).toContainEqual({ style: 'Heading1', text: WORDS[lang].methods });
      expect(sectionText(body, WORDS[lang].methods).map(unescape)).toEqual(written.methods.plain);
      expect(sectionText(body, WORDS[lang].methods).join('\n')).not.toMatch(IDENTIFIER);
      expect(text.join('\n')).not.toMatch(/externalRelations|parameters\.betweenness|docs\/analysis\.md/);
    },
  );
});

describe('the PDF report', () => {
  it('prints the print view of a town in the reader’s language', async () => {
    const file = path.join(dir, 'savonlinna-sv.pdf');
    fs.writeFileSync(file, await download('740', 'sv', 'pdf'));
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(file);
    for (const words of [
      'Savonlinna',
      'Lägesbild',
      'Rapporten upprättad',
      'Iakttagelser',
      'Nyckeltal',
      'Metoder',
    ])
      expect(text).toContain(words);
  });
});
