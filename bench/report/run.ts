/**
 * How long a town's report takes, from the database to the file, at the demo's size: the Word report
 * and the PDF (the print view printed by Chromium) against two peers from the same run, the print view
 * alone (what the PDF adds is the browser) and LibreOffice converting the Word report to PDF (the other
 * way to a PDF). Each figure is the whole request as the report route makes it: the picture loaded and
 * computed, the text written, the file rendered.
 *
 * Run: npx tsx bench/report/run.ts [--runs 5] [--out results.json]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemCaller } from '../../src/server/auth/caller.js';
import { readConfig } from '../../src/server/config.js';
import { createLogger, prepareDatabase } from '../../src/server/main.js';
import { buildPicture } from '../../src/analysis/picture.js';
import { pictureDocx } from '../../src/reports/docx.js';
import { writePicture } from '../../src/reports/findings/index.js';
import { loadPictureInput, pictureReport } from '../../src/server/modules/pictures/picture.service.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const runs = Number(arg('runs', '5'));
const TOWNS = ['140', '740', '678', '287', '111', '232', '249', '684', '305', '832'];
const FORMATS = ['docx', 'pdf', 'html'] as const;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solmu-bench-report-'));
fs.chmodSync(dir, 0o755);
process.env.SOLMU_DATA_DIR = path.join(dir, 'data');
delete process.env.DATABASE_URL;
const database = await prepareDatabase(
  { ...readConfig(), loadDemo: true, demoExamples: true },
  createLogger('warn'),
);
const caller = systemCaller('bench');
const now = new Date('2026-12-07T09:00:00Z');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => Number((ms / 1000).toFixed(3));

async function timed(code: string, format: (typeof FORMATS)[number], lang: 'fi' | 'sv' | 'en' = 'fi') {
  const t = performance.now();
  const report = await pictureReport(
    database.db,
    caller,
    { scope: 'municipality', id: code, format, lang },
    now,
  );
  return { ms: performance.now() - t, bytes: report.body.length, body: report.body };
}

/** LibreOffice converting one Word report to PDF, with a profile of its own, as a fresh process. */
function libreOffice(docx: string | Buffer): number {
  const file = path.join(dir, 'report.docx');
  fs.writeFileSync(file, docx);
  const t = performance.now();
  execFileSync('soffice', [
    `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    file,
  ]);
  return performance.now() - t;
}

try {
  // warm-up: modules, the first Chromium unpacking, LibreOffice's first profile
  const warm = await timed('740', 'docx');
  await timed('740', 'pdf');
  libreOffice(warm.body);

  const savonlinna: Record<string, number[]> = { docx: [], pdf: [], html: [], libreOffice: [] };
  const sizes: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    // the order rotates so no format always runs right after another
    for (const format of i % 2 ? [...FORMATS].reverse() : FORMATS) {
      const r = await timed('740', format);
      savonlinna[format]!.push(r.ms);
      sizes[format] = r.bytes;
      if (format === 'docx') savonlinna.libreOffice!.push(libreOffice(r.body));
    }
  }
  const towns: { code: string; docx: number; pdf: number }[] = [];
  for (const code of TOWNS) {
    towns.push({ code, docx: (await timed(code, 'docx')).ms, pdf: (await timed(code, 'pdf')).ms });
  }
  // what writing the contents' page numbers would add (the layout of every page), render only
  const picture = buildPicture(
    await loadPictureInput(database.db, 'municipality', '740', caller, '2026-12-07'),
  );
  const written = writePicture(picture, 'fi');
  const renderOnly: Record<string, number[]> = { docx: [], docxWithPageNumbers: [] };
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await pictureDocx(picture, written);
    renderOnly.docx!.push(performance.now() - t);
    t = performance.now();
    await pictureDocx(picture, written, { pageNumbers: true });
    renderOnly.docxWithPageNumbers!.push(performance.now() - t);
  }
  const languages: Record<string, number> = {};
  for (const lang of ['fi', 'sv', 'en'] as const)
    languages[lang] = seconds((await timed('740', 'docx', lang)).ms);
  const results = {
    date: now.toISOString().slice(0, 10),
    machine: {
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
      node: process.version,
      loadAverageAtEnd: os.loadavg().map((x) => Number(x.toFixed(2))),
    },
    runs,
    savonlinnaMedianSeconds: Object.fromEntries(
      Object.entries(savonlinna).map(([k, v]) => [k, seconds(median(v))]),
    ),
    savonlinnaAllSeconds: Object.fromEntries(Object.entries(savonlinna).map(([k, v]) => [k, v.map(seconds)])),
    savonlinnaBytes: sizes,
    savonlinnaRenderOnlyMedianSeconds: Object.fromEntries(
      Object.entries(renderOnly).map(([k, v]) => [k, seconds(median(v))]),
    ),
    ratios: {
      pdfOverPrintView: Number((median(savonlinna.pdf!) / median(savonlinna.html!)).toFixed(2)),
      pdfOverLibreOffice: Number((median(savonlinna.pdf!) / median(savonlinna.libreOffice!)).toFixed(2)),
    },
    everyTownSeconds: towns.map((t) => ({ code: t.code, docx: seconds(t.docx), pdf: seconds(t.pdf) })),
    slowestTownSeconds: {
      docx: seconds(Math.max(...towns.map((t) => t.docx))),
      pdf: seconds(Math.max(...towns.map((t) => t.pdf))),
    },
    savonlinnaDocxByLanguageSeconds: languages,
  };
  console.log(JSON.stringify(results, null, 2));
  const out = arg('out', '');
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
} finally {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
