import type { Picture } from '../analysis/picture.schema.js';
import { evidenceText, industryName, kindName, pictureDocx, word, type Language } from './index.js';
import { writeXlsx } from '../formats/writers/xlsx.js';
import { baselineText } from './baseline-text.js';
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

type LqTable = Picture['specialisation']['organisations'];

/** A specialisation table with each LQ's interval and, in every row, what it compares with. */
function specialisationTable(t: LqTable, name: string, lang: Language) {
  const w = (k: Parameters<typeof word>[0]) => word(k, lang);
  const baseline = baselineText(t, lang);
  return {
    name,
    note: `${w('baseline')}: ${baseline}`,
    headers: [
      'TOL',
      w('industry'),
      w('scope'),
      t.baseline === 'solmu' ? w('solmuActors') : w('finland'),
      w('lq'),
      w('lqLow'),
      w('lqHigh'),
      w('lowCount'),
      w('baseline'),
    ],
    rows: t.divisions.map((r) => [
      r.code,
      industryName(r.code, lang),
      r.scopeCount,
      r.finlandCount,
      r.lq,
      r.confidence?.low ?? null,
      r.confidence?.high ?? null,
      r.lowCount ? w('lowCount') : '',
      baseline,
    ]),
  };
}

/** The tables of a picture: the Excel sheets and the print view share them. */
export function tables(p: Picture, lang: Language) {
  const w = (k: Parameters<typeof word>[0]) => word(k, lang);
  const jobs = p.specialisation.jobs;
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
    specialisationTable(p.specialisation.organisations, w('specialisation'), lang),
    ...(jobs ? [specialisationTable(jobs, `${w('specialisation')}, ${w('byJobs')}`, lang)] : []),
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
