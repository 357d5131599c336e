/** The sections of the Word report, each a list of paragraphs and tables built from a Picture. */
import { ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Picture } from '../analysis/picture.schema.js';
import { baselineText } from './baseline-text.js';
import type { Chart } from './charts.js';
import { heading as headingAt, text } from './docx-written.js';
import { evidenceText } from './evidence-text.js';
import {
  formatNumber,
  formatShare,
  industryName,
  kindName,
  municipalityName,
  pillarName,
  word,
  type Language,
} from './labels.js';
import {
  evidenceOf,
  quoteHeaders,
  quoteRows,
  roundLines,
  themeHeaders,
  themeRows,
} from './mapping-evidence.js';
import { chartPng } from './png.js';

export type Block = Paragraph | Table;

/** The figures sit under their own part: a section's heading is one level down, its sub-headings two. */
const heading = (value: string, level: 1 | 2 = 1) => headingAt(value, level === 1 ? 2 : 3);

const bullet = (value: string) => new Paragraph({ text: value, bullet: { level: 0 } });

/** A full-width table whose first row is the header. */
export function table(headers: string[], rows: string[][]): Table {
  const cell = (value: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: value, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

/** A chart as an SVG image (with the PNG of it Word requires as fallback) and its title as caption. */
export function chartBlock(chart: Chart | undefined): Block[] {
  if (!chart) return [];
  const width = 600;
  const height = Math.round((chart.height * width) / chart.width);
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(chart.svg, 'utf8'),
    transformation: { width, height },
    fallback: { type: 'png', data: chartPng(chart.svg, chart.width, chart.height) },
    altText: { name: chart.title, title: chart.title, description: chart.description },
  });
  return [new Paragraph({ children: [image] }), text(chart.title)];
}

export function compositionSection(p: Picture, lang: Language, charts: Map<string, Chart>): Block[] {
  const c = p.composition;
  const rows = (list: typeof c.byKind, name: (code: string) => string) =>
    list.map((r) => [name(r.code), formatNumber(r.count, lang, 0), formatShare(r.share, lang)]);
  const headers = (first: string) => [first, word('count', lang), word('share', lang)];
  const helix = c.tripleHelix;
  return [
    heading(word('composition', lang)),
    text(`${word('organisations', lang)}: ${formatNumber(c.organisations, lang, 0)}`),
    table(
      headers(word('kind', lang)),
      rows(c.byKind, (k) => kindName(k, lang)),
    ),
    ...chartBlock(charts.get('kinds')),
    heading(word('tripleHelix', lang), 2),
    table(
      headers(word('tripleHelix', lang)),
      helix.pillars.map((x) => [
        pillarName(x.pillar, lang),
        formatNumber(x.count, lang, 0),
        formatShare(x.share, lang),
      ]),
    ),
    text(`${word('evenness', lang)}: ${formatNumber(helix.evenness, lang)}`),
    text(
      `${word('missingKinds', lang)}: ${c.missingKinds.map((k) => kindName(k, lang)).join(', ') || word('none', lang)}`,
    ),
    ...chartBlock(charts.get('tripleHelix')),
    heading(word('industry', lang), 2),
    table(
      headers(word('industry', lang)),
      rows(c.bySection, (s) => industryName(s, lang)),
    ),
    heading(word('scope', lang), 2),
    table(
      headers(word('scope', lang)),
      rows(c.byMunicipality.slice(0, 20), (m) => municipalityName(m, lang)),
    ),
  ];
}

export function networkSection(
  p: Picture,
  lang: Language,
  charts: Map<string, Chart>,
  maxRows: number,
): Block[] {
  const n = p.network;
  const num = (x: number, digits = 4) => formatNumber(x, lang, digits);
  const figures: [string, string][] = [
    [word('nodes', lang), num(n.nodes, 0)],
    [word('relations', lang), num(n.relations, 0)],
    [word('edges', lang), num(n.edges, 0)],
    [word('density', lang), num(n.density)],
    [word('components', lang), num(n.components.count, 0)],
    [word('modularity', lang), num(n.modularity)],
    [word('communities', lang), num(n.communities.length, 0)],
    [word('isolated', lang), num(n.isolated.length, 0)],
    [word('peripheral', lang), num(n.peripheral.length, 0)],
  ];
  const actorHeaders = ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const;
  return [
    heading(word('network', lang)),
    table([word('figure', lang), word('value', lang)], figures),
    heading(word('centralActors', lang), 2),
    table(
      [word('name', lang), ...actorHeaders.map((h) => word(h, lang))],
      n.actors
        .slice(0, maxRows)
        .map((a) => [
          a.name,
          num(a.degree, 0),
          num(a.weightedDegree, 2),
          num(a.pagerank),
          num(a.betweenness),
        ]),
    ),
    ...chartBlock(charts.get('centralActors')),
    heading(word('brokers', lang), 2),
    n.brokers.length === 0
      ? text(word('none', lang))
      : table(
          [word('name', lang), word('betweenness', lang), word('participation', lang)],
          n.brokers.slice(0, maxRows).map((b) => [b.name, num(b.betweenness), num(b.participation, 2)]),
        ),
  ];
}

export function specialisationSection(
  p: Picture,
  lang: Language,
  charts: Map<string, Chart>,
  maxRows: number,
) {
  const blocks: Block[] = [heading(word('specialisation', lang))];
  for (const t of [p.specialisation.organisations, p.specialisation.jobs]) {
    if (!t) continue;
    if (t.basis === 'jobs') blocks.push(heading(`${word('lq', lang)} (${word('byJobs', lang)})`, 2));
    const interval = (r: (typeof t.divisions)[number]) =>
      r.confidence ? `${formatNumber(r.confidence.low, lang)}–${formatNumber(r.confidence.high, lang)}` : '–';
    const rows = t.divisions
      .slice(0, maxRows)
      .map((r) => [
        industryName(r.code, lang),
        formatNumber(r.scopeCount, lang, 0),
        formatNumber(r.finlandCount, lang, 0),
        r.lq === null ? '–' : formatNumber(r.lq, lang) + (r.lowCount ? ` (${word('lowCount', lang)})` : ''),
        interval(r),
      ]);
    const compared = t.baseline === 'solmu' ? word('solmuActors', lang) : word('finland', lang);
    blocks.push(
      text(`${word('baseline', lang)}: ${baselineText(t, lang)}`),
      table(
        [word('industry', lang), word('scope', lang), compared, word('lq', lang), word('lqInterval', lang)],
        rows,
      ),
    );
  }
  return [...blocks, ...chartBlock(charts.get('specialisation'))];
}

export function competencesSection(p: Picture, lang: Language, maxRows: number): Block[] {
  const c = p.competences;
  const unmet = c.unmetNeeds.slice(0, maxRows).map((u) => {
    const elsewhere = u.offeredElsewhere
      .map((o) => `${o.name}${o.sameNetwork ? ` (${word('sameNetwork', lang)})` : ''}`)
      .join(', ');
    return [u.label, formatNumber(u.neededBy.length, lang, 0), elsewhere || '–'];
  });
  return [
    heading(word('competences', lang)),
    heading(word('offered', lang), 2),
    table(
      [word('competences', lang), word('organisations', lang)],
      c.offered.slice(0, maxRows).map((o) => [o.label, formatNumber(o.organisationIds.length, lang, 0)]),
    ),
    heading(word('unmet', lang), 2),
    unmet.length === 0
      ? text(word('none', lang))
      : table([word('competences', lang), word('neededBy', lang), word('offeredElsewhere', lang)], unmet),
  ];
}

export function sectorSection(items: Picture['strengths'], title: string, lang: Language): Block[] {
  const blocks: Block[] = [heading(title)];
  if (items.length === 0) blocks.push(text(word('none', lang)));
  for (const item of items) {
    blocks.push(
      heading(
        `${industryName(item.code, lang)} — ${word('score', lang)} ${formatNumber(item.score, lang)}`,
        2,
      ),
    );
    blocks.push(text(`${word('evidence', lang)}:`));
    for (const e of item.evidence) blocks.push(bullet(evidenceText(e, lang)));
  }
  return blocks;
}

export function peersSection(p: Picture, lang: Language): Block[] {
  const all = [p.headline, ...p.peers];
  const num = (x: number, digits = 0) => formatNumber(x, lang, digits);
  return [
    heading(word('peers', lang)),
    table(
      [
        word('scope', lang),
        word('organisations', lang),
        word('edges', lang),
        word('density', lang),
        word('modularity', lang),
        word('isolated', lang),
      ],
      all.map((x) => [
        x.scope.name,
        num(x.organisations),
        num(x.edges),
        num(x.density, 4),
        num(x.modularity, 3),
        num(x.isolated),
      ]),
    ),
  ];
}

/** The mapping rounds' themes and quotes; nothing when the scope has no round the reader may read. */
export function mappingEvidenceSection(p: Picture, lang: Language): Block[] {
  const e = evidenceOf(p);
  if (!e) return [];
  return [
    heading(word('mappingEvidence', lang)),
    text(word('mappingEvidenceIntro', lang)),
    text(`${word('mappingRounds', lang)}:`),
    ...roundLines(e, lang).map(bullet),
    heading(word('themes', lang), 2),
    e.themes.length === 0
      ? text(word('noThemes', lang))
      : table(
          themeHeaders(lang),
          themeRows(e).map(([theme, n]) => [theme, formatNumber(n, lang, 0)]),
        ),
    heading(word('quotes', lang), 2),
    e.quotes.length === 0
      ? text(word('noQuotes', lang))
      : table(
          quoteHeaders(lang),
          quoteRows(e, lang).map((r) => [...r]),
        ),
  ];
}
