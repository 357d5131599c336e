/**
 * The print view: the report as one self-contained HTML page (charts as inline SVG, no scripts, nothing
 * fetched from elsewhere), in the same order as the Word report. The PDF report is this page printed.
 * Each written sentence carries a numbered reference to its evidence, listed at the end of its section.
 */
import type { Picture } from '../analysis/picture.schema.js';
import { pictureCharts } from './charts.js';
import type { FindingEvidence, FindingSection, WrittenPicture } from './findings.schema.js';
import { formatDate, formatNumber, word, type Language } from './labels.js';
import { evidenceLine, writtenParts } from './written-parts.js';

/** A table of figures; its note (e.g. what location quotients compare with) is printed above it. */
export type Table = { name: string; note?: string; headers: string[]; rows: unknown[][] };

export const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const STYLE = `body{font-family:system-ui,"DejaVu Sans",sans-serif;max-width:60rem;margin:1rem auto;color:#1f2328;line-height:1.45}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.2rem .4rem;text-align:left}
figure{display:inline-block;margin:.5rem}.cover{min-height:20rem}.cover h1{font-size:2.4rem;margin-top:6rem}
.evidence{font-size:.85rem;color:#444}sup a{text-decoration:none}
@media print{.cover,.contents{break-after:page}.part.appendix{break-before:page}section{break-inside:avoid}section.part,section.written{break-inside:auto}}`;

/** Numbers every sentence's evidence within one section: the reference marks and the list they point to. */
class EvidenceNotes {
  private readonly items: string[] = [];
  constructor(
    private readonly prefix: string,
    private readonly lang: Language,
  ) {}

  mark(evidence: readonly FindingEvidence[]): string {
    if (evidence.length === 0) return '';
    this.items.push(evidence.map((e) => esc(evidenceLine(e, this.lang))).join('<br>'));
    const n = this.items.length;
    return `<sup><a href="#${this.prefix}-${n}" id="${this.prefix}-ref-${n}">${n}</a></sup>`;
  }

  list(): string {
    if (this.items.length === 0) return '';
    const items = this.items.map((item, i) => `<li id="${this.prefix}-${i + 1}">${item}</li>`);
    return `<ol class="evidence" aria-label="${esc(word('evidence', this.lang))}">${items.join('')}</ol>`;
  }
}

function sectionHtml(section: FindingSection, index: number, lang: Language): string {
  const notes = new EvidenceNotes(`s${index}`, lang);
  const sentences = section.sentences.map((s) => `<p>${esc(s.text)}${notes.mark(s.evidence)}</p>`);
  const proposals = section.proposals.map(
    (p) => `<h4>${esc(p.title)}</h4><p>${esc(p.text)}${notes.mark(p.evidence)}</p>`,
  );
  return `<section class="written"><h3>${esc(section.title)}</h3>${sentences.join('')}${proposals.join('')}${notes.list()}</section>`;
}

/** A part of the report: a level-2 heading the contents link to, and what comes under it. */
type Part = { id: string; title: string; body: string };

function partsOfText(written: WrittenPicture, userProposals: readonly string[]): Part[] {
  const lang = written.language;
  const { findings, proposals } = writtenParts(written);
  const users = userProposals.length
    ? `<h3>${esc(word('userProposals', lang))}</h3>${userProposals.map((x) => `<p>${esc(x)}</p>`).join('')}`
    : '';
  return [
    {
      id: 'findings',
      title: word('findings', lang),
      body: findings.map((s, i) => sectionHtml(s, i, lang)).join(''),
    },
    {
      id: 'proposals',
      title: word('proposals', lang),
      body: proposals.map((s, i) => sectionHtml(s, findings.length + i, lang)).join('') + users,
    },
  ];
}

function tableHtml(t: Table, lang: Language): string {
  const head = t.headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const cell = (v: unknown) => `<td>${esc(typeof v === 'number' ? formatNumber(v, lang, 4) : v)}</td>`;
  const rows = t.rows.slice(0, 200).map((r) => `<tr>${r.map(cell).join('')}</tr>`);
  const note = t.note ? `<p>${esc(t.note)}</p>` : '';
  return `<section><h3>${esc(t.name)}</h3>${note}<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function methodsParts(written: WrittenPicture): Part[] {
  const lang = written.language;
  const paragraphs = (lines: string[]) => lines.map((x) => `<p>${esc(x)}</p>`).join('');
  return [
    { id: 'methods', title: word('methods', lang), body: paragraphs(written.methods.plain) },
    { id: 'appendix', title: word('technicalAppendix', lang), body: paragraphs(written.methods.technical) },
  ];
}

const partHtml = (part: Part) =>
  `<section class="part ${part.id}"><h2 id="${part.id}">${esc(part.title)}</h2>${part.body}</section>`;

/** The contents: a link to each part, as the PDF's first page after the cover shows them. */
const contentsHtml = (parts: readonly Part[], lang: Language) =>
  `<nav class="contents" aria-labelledby="contents"><h2 id="contents">${esc(word('contents', lang))}</h2><ol>${parts
    .map((part) => `<li><a href="#${part.id}">${esc(part.title)}</a></li>`)
    .join('')}</ol></nav>`;

export function printView(
  p: Picture,
  written: WrittenPicture,
  tables: readonly Table[],
  userProposals: readonly string[],
): string {
  const lang = written.language;
  const charts = pictureCharts(p, lang).map(
    (c) => `<figure><figcaption>${esc(c.title)}</figcaption>${c.svg}</figure>`,
  );
  const title = `${word('title', lang)}: ${p.scope.name}`;
  const date = p.asOf ? `<p>${esc(word('reportDate', lang))} ${esc(formatDate(p.asOf, lang))}</p>` : '';
  const examples = p.includesExamples ? `<p><strong>${esc(word('includesExamples', lang))}</strong></p>` : '';
  const figures = charts.join('\n') + tables.map((t) => tableHtml(t, lang)).join('\n');
  const parts = [
    ...partsOfText(written, userProposals),
    { id: 'figures', title: word('figures', lang), body: figures },
    ...methodsParts(written),
    // a part with nothing in it is left out, but for the methods: a report says how it was made
  ].filter((part) => part.body || part.id === 'methods');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main><header class="cover"><h1>${esc(p.scope.name)}</h1><p>${esc(word('title', lang))}</p>${date}${examples}</header>
${contentsHtml(parts, lang)}
${parts.map(partHtml).join('\n')}</main></body></html>`;
}
