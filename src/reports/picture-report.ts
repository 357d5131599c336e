import type { Picture } from '../analysis/picture.schema.js';
import {
  evidenceText,
  industryName,
  kindName,
  pictureCharts,
  pictureDocx,
  word,
  type Language,
} from './index.js';
import { writeXlsx } from '../formats/writers/xlsx.js';
import { baselineText } from './baseline-text.js';
import { evidenceTables } from './mapping-evidence.js';

export const REPORT_FORMATS = ['docx', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
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
function tables(p: Picture, lang: Language) {
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
      headers: [w('name'), w('degree'), w('weightedDegree'), w('pagerank'), w('betweenness'), 'community'],
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
      headers: ['TOL', w('industry'), 'score', 'evidence'],
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

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A print view: the same sections as the Word report, charts as inline SVG, no scripts. */
function printView(p: Picture, lang: Language, proposals: readonly string[]): string {
  const charts = pictureCharts(p, lang).map(
    (c) => `<figure><figcaption>${esc(c.title)}</figcaption>${c.svg}</figure>`,
  );
  const sections = tables(p, lang).map(
    (t) =>
      `<section><h2>${esc(t.name)}</h2>${'note' in t && t.note ? `<p>${esc(t.note)}</p>` : ''}<table><thead><tr>${t.headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
        .slice(0, 200)
        .map(
          (r) =>
            `<tr>${r.map((v) => `<td>${esc(typeof v === 'number' ? Number(v.toFixed(4)) : v)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table></section>`,
  );
  const props = proposals.length
    ? proposals.map((x) => `<p>${esc(x)}</p>`).join('')
    : `<p>${esc(word('proposalsEmpty', lang))}</p>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(word('title', lang))}: ${esc(p.scope.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;color:#1f2328}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.2rem .4rem;text-align:left}figure{display:inline-block;margin:.5rem}@media print{section{break-inside:avoid}}</style>
</head><body><main><h1>${esc(word('title', lang))}: ${esc(p.scope.name)}</h1><p>${esc(word('asOf', lang))} ${esc(p.asOf)}</p>${p.includesExamples ? `<p><strong>${esc(word('includesExamples', lang))}</strong></p>` : ''}
${charts.join('\n')}${sections.join('\n')}<section><h2>${esc(word('proposals', lang))}</h2>${props}</section></main></body></html>`;
}

export async function renderReport(
  p: Picture,
  format: ReportFormat,
  lang: Language,
  proposals: readonly string[],
) {
  const body =
    format === 'docx'
      ? await pictureDocx(p, { language: lang, proposals })
      : format === 'xlsx'
        ? Buffer.from(await writeXlsx(tables(p, lang)))
        : printView(p, lang, proposals);
  return { body, contentType: CONTENT_TYPES[format] };
}
