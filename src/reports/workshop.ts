/**
 * A workshop's record (issue 16) for the strategy's file and the funders: the ideas with their phases,
 * groups and dots, the groups' totals and the participants counted by organisation. Participants' names
 * are never in it: anyone may have joined under a name of their choosing, and the record travels.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { writeXlsx } from '../formats/writers/xlsx.js';
import { table } from './docx-sections.js';
import { formatDate, formatNumber, word, type Language } from './labels.js';

type WorkshopRecordIdea = {
  phase: string;
  text: string;
  group: string | null;
  dots: number;
  byFacilitator: boolean;
};
type WorkshopRecordGroup = { title: string; ideas: number; dots: number };

export type WorkshopRecord = {
  title: string;
  strategy: string;
  /** When it was held (the event's start, or when it was made), an ISO date-time. */
  heldAt: string;
  voteBudget: number;
  ideas: readonly WorkshopRecordIdea[];
  groups: readonly WorkshopRecordGroup[];
  /** Participants per organisation as they gave it ('' when they gave none). */
  organisations: readonly { organisation: string; participants: number }[];
};

export const WORKSHOP_FORMATS = ['xlsx', 'docx'] as const;

/** The most dotted first, then in the order they came. */
const byDots = <T extends { dots: number }>(rows: readonly T[]) =>
  rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.dots - a.r.dots || a.i - b.i)
    .map(({ r }) => r);

const organisationName = (o: string, lang: Language) => o || word('noOrganisation', lang);
const participantTotal = (record: WorkshopRecord) =>
  record.organisations.reduce((s, o) => s + o.participants, 0);

function summaryRows(record: WorkshopRecord, lang: Language): [string, string | number][] {
  const w = (key: Parameters<typeof word>[0]) => word(key, lang);
  return [
    [w('workshop'), record.title],
    [w('strategy'), record.strategy],
    [w('held'), formatDate(record.heldAt, lang)],
    [w('participantCount'), participantTotal(record)],
    [w('ideaCount'), record.ideas.length],
    [w('voteBudget'), record.voteBudget],
  ];
}

export function workshopXlsx(record: WorkshopRecord, lang: Language): Promise<Uint8Array> {
  const w = (key: Parameters<typeof word>[0]) => word(key, lang);
  return writeXlsx([
    { name: w('summary'), headers: ['', ''], rows: summaryRows(record, lang) },
    {
      name: w('ideas'),
      headers: [w('idea'), w('phase'), w('group'), w('dots')],
      rows: byDots(record.ideas).map((i) => [i.text, i.phase, i.group ?? w('ungrouped'), i.dots]),
    },
    {
      name: w('groups'),
      headers: [w('group'), w('ideaCount'), w('dots')],
      rows: byDots(record.groups).map((g) => [g.title, g.ideas, g.dots]),
    },
    {
      name: w('participantsByOrganisation'),
      headers: [w('organisation'), w('participantCount')],
      rows: record.organisations.map((o) => [organisationName(o.organisation, lang), o.participants]),
    },
  ]);
}

export async function workshopDocx(record: WorkshopRecord, lang: Language): Promise<Buffer> {
  const w = (key: Parameters<typeof word>[0]) => word(key, lang);
  const n = (x: number) => formatNumber(x, lang, 0);
  const ideas = byDots(record.ideas).map((i) => [i.text, i.phase, i.group ?? w('ungrouped'), n(i.dots)]);
  const groups = byDots(record.groups).map((g) => [g.title, n(g.ideas), n(g.dots)]);
  const organisations = record.organisations.map((o) => [
    organisationName(o.organisation, lang),
    n(o.participants),
  ]);
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const document = new Document({
    creator: 'Solmu',
    title: `${w('workshop')}: ${record.title}`,
    sections: [
      {
        children: [
          new Paragraph({ text: `${w('workshop')}: ${record.title}`, heading: HeadingLevel.TITLE }),
          ...summaryRows(record, lang)
            .slice(1)
            .map(
              ([label, value]) =>
                new Paragraph({ text: `${label}: ${typeof value === 'number' ? n(value) : value}` }),
            ),
          heading(w('groups')),
          ...(groups.length ? [table([w('group'), w('ideaCount'), w('dots')], groups)] : []),
          heading(w('ideas')),
          ideas.length
            ? table([w('idea'), w('phase'), w('group'), w('dots')], ideas)
            : new Paragraph({ text: w('noIdeas') }),
          heading(w('participantsByOrganisation')),
          new Paragraph({ text: w('anonymityNote') }),
          table([w('organisation'), w('participantCount')], organisations),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
