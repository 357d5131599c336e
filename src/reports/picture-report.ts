import type { Picture } from '../analysis/picture.schema.js';
import { evidenceText, industryName, kindName, pictureDocx, word, type Language } from './index.js';
import { writeXlsx } from '../formats/writers/xlsx.js';
import type { WrittenPicture } from './findings.schema.js';
import { evidenceTables } from './mapping-evidence.js';
import { printView } from './print-view.js';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

/** The tables of a picture: the Excel sheets and the print view share them. */
export function tables(p: Picture, lang: Language) {
  const w = (k: Parameters<typeof word>[0]) => word(k, lang);
  return [
    {
      name: w('organisations'),
      headers: [w('kind'), w('count'), w('share')],
      rows: p.composition.byKind.map((r) => [kindName(r.code, lang), r.count, r.share]),
    },
    {
      name: w('industry'),
      headers: ['TOL', w('industry'), w('count'), w('share')],
      rows: p.composition.byDivision.map((r) => [r.code, industryName(r.code, lang), r.count, r.share]),
    },
    {
      name: w('network'),
      headers: [w('name'), w('degree'), w('weightedDegree'), w('pagerank'), w('betweenness'), w('community')],
      rows: p.network.actors.map((a) => [
        a.name,
        a.degree,
        a.weightedDegree,
        a.pagerank,
        a.betweenness,
        a.community,
      ]),
    },
    {
      name: w('specialisation'),
      headers: ['TOL', w('industry'), w('scope'), w('finland'), w('lq'), w('lowCount')],
      rows: p.specialisation.organisations.divisions.map((r) => [
        r.code,
        industryName(r.code, lang),
        r.scopeCount,
        r.finlandCount,
        r.lq,
        r.lowCount ? w('lowCount') : '',
      ]),
    },
    {
      name: w('strengths'),
      headers: ['TOL', w('industry'), w('score'), w('evidence')],
      rows: [...p.strengths, ...p.growthCandidates].map((s) => [
        s.code,
        industryName(s.code, lang),
        s.score,
        s.evidence.map((e) => evidenceText(e, lang)).join(' · '),
      ]),
    },
    ...evidenceTables(p, lang),
  ];
}

/** The print view of the report: the HTML format, and the page the PDF is printed from. */
export const reportPrintView = (p: Picture, written: WrittenPicture, proposals: readonly string[]) =>
  printView(p, written, tables(p, written.language), proposals);

/** The report in a format the pure renderers write; the PDF is the print view printed by a browser. */
export async function renderReport(
  p: Picture,
  written: WrittenPicture,
  format: Exclude<ReportFormat, 'pdf'>,
  proposals: readonly string[],
) {
  const lang = written.language;
  const body =
    format === 'docx'
      ? await pictureDocx(p, written, { proposals })
      : format === 'xlsx'
        ? Buffer.from(await writeXlsx(tables(p, lang)))
        : reportPrintView(p, written, proposals);
  return { body, contentType: CONTENT_TYPES[format] };
}
