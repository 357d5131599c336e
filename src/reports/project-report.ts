/**
 * A project's report for a period (issue 16) as Word and Excel, in the draft's language: its template's
 * sections in order, each with its blocks of data (rows the editors left out are not there) and the
 * editors' text. The same tables go to both files.
 */
import { Document, HeadingLevel, Packer, Paragraph, type Table } from 'docx';
import {
  REPORT_SECTIONS,
  omittedRow,
  type ProjectReportData,
  type ProjectReportTemplate,
  type ReportBlock,
  type ReportTexts,
} from '../domain/project-reports.js';
import { writeXlsx, type XlsxSheet } from '../formats/writers/xlsx.js';
import { table } from './docx-sections.js';
import { actionStatusName, formatDate, formatNumber, kindName, roleName, type Language } from './labels.js';
import {
  blockName,
  reportWord,
  sectionName,
  starterSentences,
  templateName,
  termName,
} from './project-report-labels.js';

export const PROJECT_REPORT_FORMATS = ['docx', 'xlsx'] as const;
export type ProjectReportFormat = (typeof PROJECT_REPORT_FORMATS)[number];

export type ProjectReportDraft = {
  template: ProjectReportTemplate;
  lang: Language;
  periodStart: string;
  periodEnd: string;
  texts: ReportTexts;
  omitted: readonly string[];
  facts: ProjectReportData;
};

type Cell = string | number | null;
type BlockTable = { headers: string[]; rows: Cell[][] };

const dayOrEmpty = (d: string | null, lang: Language) => (d ? formatDate(d, lang) : '');
const span = (a: string | null, b: string | null, lang: Language) =>
  a || b ? `${dayOrEmpty(a, lang)}–${dayOrEmpty(b, lang)}` : '';
const counts = (c: Record<string, number>, name: (code: string) => string) =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${name(code)} ${n}`)
    .join(', ');
/** An instant's day in Finland (YYYY-MM-DD). */
const helsinkiDay = (iso: string) =>
  new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
const valueWithYear = (v: number | null, year: number | null, lang: Language) =>
  v === null ? '' : `${formatNumber(v, lang)}${year ? ` (${year})` : ''}`;

type Parts = {
  facts: ProjectReportData;
  lang: Language;
  w: (k: Parameters<typeof reportWord>[0]) => string;
  kept: <R extends { id: string }>(rows: readonly R[]) => R[];
};

/** Each block's table, from the draft's data in its language. */
const TABLES: Record<ReportBlock, (p: Parts) => BlockTable> = {
  project: ({ facts: { project: p }, lang, w }) => ({
    headers: [
      w('name'),
      w('programme'),
      w('fundingCall'),
      w('funders'),
      w('projectPeriod'),
      w('budget'),
      w('status'),
    ],
    rows: [
      [
        p.name,
        p.programme,
        p.fundingCall,
        p.funders.join(', '),
        span(p.startOn, p.endOn, lang),
        p.budgetEur,
        termName('projectStatus', p.status, lang),
      ],
    ],
  }),
  roles: ({ facts, lang, w, kept }) => ({
    headers: [w('organisation'), w('role'), w('kind'), w('note')],
    rows: kept(facts.roles).map((r) => [
      r.organisation,
      roleName(r.role, lang),
      kindName(r.kind, lang),
      r.note,
    ]),
  }),
  events: ({ facts, lang, w, kept }) => ({
    headers: [w('event'), w('kind'), w('date'), w('place'), w('participants'), w('byKind'), w('byRole')],
    rows: kept(facts.events).map((e) => [
      e.title,
      termName('eventKind', e.kind, lang),
      formatDate(helsinkiDay(e.startsAt), lang),
      e.location,
      e.participants,
      counts(e.byKind, (k) => (k === 'person' ? w('person') : kindName(k, lang))),
      counts(e.byRole, (k) => termName('participantRole', k, lang)),
    ]),
  }),
  workshops: ({ facts, lang, w, kept }) => ({
    headers: [
      w('workshop'),
      w('event'),
      w('date'),
      w('participants'),
      w('organisations'),
      w('ideas'),
      w('goalsMade'),
      w('actionsMade'),
    ],
    rows: kept(facts.workshops).map((x) => [
      x.title,
      x.event,
      formatDate(x.on, lang),
      x.participants,
      x.organisations,
      x.ideas,
      x.goals,
      x.actions,
    ]),
  }),
  mapping: ({ facts, lang, w, kept }) => ({
    headers: [w('round'), w('opens'), w('closes'), w('respondents'), w('answered')],
    rows: kept(facts.mapping).map((m) => [
      m.name,
      formatDate(m.opensOn, lang),
      formatDate(m.closesOn, lang),
      m.respondents,
      m.answered,
    ]),
  }),
  pictures: ({ facts, lang, w, kept }) => ({
    headers: [w('picture'), w('scope'), w('date'), w('published')],
    rows: kept(facts.pictures).map((p) => [
      w(p.kind),
      p.scopeName,
      formatDate(p.on, lang),
      p.published ? w('yes') : w('no'),
    ]),
  }),
  goals: ({ facts, lang, w, kept }) => ({
    headers: [w('strategy'), w('goal'), w('indicator'), w('baseline'), w('target'), w('actual')],
    rows: kept(facts.goals).map((g) => [
      g.strategy,
      g.title,
      g.unit ? `${g.indicator} (${g.unit})` : g.indicator,
      valueWithYear(g.baselineValue, g.baselineYear, lang),
      valueWithYear(g.targetValue, g.targetYear, lang),
      g.actualValue === null ? '' : `${formatNumber(g.actualValue, lang)} (${dayOrEmpty(g.actualOn, lang)})`,
    ]),
  }),
  actions: ({ facts, lang, w, kept }) => ({
    headers: [w('strategy'), w('action'), w('status'), w('owner'), w('schedule'), w('inProject')],
    rows: kept(facts.actions).map((a) => [
      a.strategy,
      a.title,
      actionStatusName(a.status, lang),
      a.owner,
      span(a.startOn, a.endOn, lang),
      a.inProject ? w('yes') : w('no'),
    ]),
  }),
  contacts: ({ facts, lang, w, kept }) => ({
    headers: [w('won'), w('wonOn')],
    rows: kept(facts.contacts.won).map((c) => [c.organisation, formatDate(c.on, lang)]),
  }),
};

/** One block's rows as a table, the rows the editors left out taken away. */
export function blockTable(block: ReportBlock, draft: ProjectReportDraft): BlockTable {
  const kept = <R extends { id: string }>(rows: readonly R[]) =>
    rows.filter((r) => !draft.omitted.includes(omittedRow(block, r.id)));
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, draft.lang);
  return TABLES[block]({ facts: draft.facts, lang: draft.lang, w, kept });
}

/** The sections the editors kept, in the template's order. */
export const keptSections = (draft: Pick<ProjectReportDraft, 'template' | 'omitted'>) =>
  REPORT_SECTIONS[draft.template].filter((s) => !draft.omitted.includes(s.key));

const title = (d: ProjectReportDraft) => `${templateName(d.template, d.lang)}: ${d.facts.project.name}`;
const periodLine = (d: ProjectReportDraft) =>
  `${reportWord('period', d.lang)}: ${formatDate(d.periodStart, d.lang)}–${formatDate(d.periodEnd, d.lang)}`;
const paragraphs = (text: string | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => new Paragraph({ text: t }));

function docxBlock(block: ReportBlock, draft: ProjectReportDraft): (Paragraph | Table)[] {
  const t = blockTable(block, draft);
  const lang = draft.lang;
  const extra =
    block === 'contacts'
      ? [
          new Paragraph({
            text: `${reportWord('logged', lang)}: ${formatNumber(draft.facts.contacts.logged, lang, 0)}`,
          }),
        ]
      : [];
  const asText = (c: Cell) => (c === null ? '' : typeof c === 'number' ? formatNumber(c, lang, 0) : c);
  return [
    new Paragraph({ text: blockName(block, lang), heading: HeadingLevel.HEADING_2 }),
    ...extra,
    t.rows.length
      ? table(
          t.headers,
          t.rows.map((r) => r.map(asText)),
        )
      : new Paragraph({ text: reportWord('none', lang) }),
  ];
}

export async function projectReportDocx(draft: ProjectReportDraft): Promise<Buffer> {
  const children = [
    new Paragraph({ text: title(draft), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: periodLine(draft) }),
    ...keptSections(draft).flatMap((s) => [
      new Paragraph({ text: sectionName(s.key, draft.lang), heading: HeadingLevel.HEADING_1 }),
      ...paragraphs(draft.texts[s.key]),
      ...s.blocks.flatMap((b) => docxBlock(b, draft)),
    ]),
  ];
  const document = new Document({ creator: 'Solmu', title: title(draft), sections: [{ children }] });
  return Packer.toBuffer(document);
}

/** The texts on the first sheet, then one sheet for each block of the kept sections. */
export function projectReportXlsx(draft: ProjectReportDraft): Promise<Uint8Array> {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, draft.lang);
  const sections = keptSections(draft);
  const blocks = [...new Set(sections.flatMap((s) => s.blocks as readonly ReportBlock[]))];
  const texts: XlsxSheet = {
    name: w('texts'),
    headers: [w('section'), w('text')],
    rows: [
      [title(draft), periodLine(draft)],
      ...sections.map((s) => [sectionName(s.key, draft.lang), draft.texts[s.key] ?? '']),
      [w('logged'), draft.facts.contacts.logged],
    ],
  };
  return writeXlsx([
    texts,
    ...blocks.map((b) => ({ name: blockName(b, draft.lang), ...blockTable(b, draft) })),
  ]);
}

/** The file's name: the report's word, the project, its period and language. */
export const reportFileName = (d: ProjectReportDraft & { facts: ProjectReportData }, format: string) =>
  `${reportWord('fileName', d.lang)}-${d.periodStart}_${d.periodEnd}-${d.lang}.${format}`;

/** A new draft's texts: the sections with data start with a sentence of its figures, others empty. */
export function starterTexts(
  template: ProjectReportTemplate,
  f: ProjectReportData,
  lang: Language,
): ReportTexts {
  const keys = new Set<string>(REPORT_SECTIONS[template].map((s) => s.key));
  const texts: ReportTexts = {};
  const counts = {
    events: f.events.length,
    participants: f.events.reduce((n, e) => n + e.participants, 0),
    rounds: f.mapping.length,
    pictures: f.pictures.length,
  };
  const activity = starterSentences.actions(counts, lang);
  if (keys.has('actions')) texts.actions = activity;
  if (keys.has('status')) texts.status = activity;
  texts.results = starterSentences.results(
    {
      goals: f.goals.length,
      actions: f.actions.length,
      done: f.actions.filter((a) => a.status === 'done').length,
    },
    lang,
  );
  texts.cooperation = starterSentences.cooperation(
    { logged: f.contacts.logged, won: f.contacts.won.length },
    lang,
  );
  return texts;
}
