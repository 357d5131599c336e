/**
 * The written parts of the Word report: the cover, the table of contents, the findings and proposals
 * (each sentence a paragraph, its evidence a footnote), the methods for a lay reader and the technical
 * appendix.
 */
import { AlignmentType, FootnoteReferenceRun, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { Picture } from '../analysis/picture.schema.js';
import type { FindingEvidence, FindingSection, WrittenPicture } from './findings.schema.js';
import { formatDate, word, type Language } from './labels.js';
import { evidenceLine, writtenParts } from './written-parts.js';

export type Level = 1 | 2 | 3;
const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export const heading = (text: string, level: Level = 1) => new Paragraph({ text, heading: LEVELS[level] });
export const text = (value: string) => new Paragraph({ text: value });

/** A paragraph whose evidence, if it has any, is its footnote: one line per piece. */
function withEvidence(value: string, evidence: readonly FindingEvidence[], lang: Language): Paragraph {
  const note = evidence.length
    ? [new FootnoteReferenceRun({ children: evidence.map((e) => text(evidenceLine(e, lang))) })]
    : [];
  return new Paragraph({ children: [new TextRun(value), ...note] });
}

export function coverBlocks(picture: Picture, lang: Language): Paragraph[] {
  const date = picture.asOf ? [`${word('reportDate', lang)} ${formatDate(picture.asOf, lang)}`] : [];
  return [
    new Paragraph({ text: picture.scope.name, heading: HeadingLevel.TITLE, spacing: { before: 2400 } }),
    new Paragraph({ children: [new TextRun({ text: word('title', lang), size: 36 })] }),
    ...date.map(
      (line) =>
        new Paragraph({ children: [new TextRun({ text: line, size: 28 })], spacing: { before: 480 } }),
    ),
    ...(picture.includesExamples
      ? [new Paragraph({ children: [new TextRun({ text: word('includesExamples', lang), italics: true })] })]
      : []),
  ];
}

/**
 * The table of contents, written with its entries (linked to their headings), so it shows in every
 * application as it opens; Word fills in the page numbers when it opens the document.
 */
export function contentsBlocks(lang: Language) {
  return [
    new Paragraph({
      children: [new TextRun({ text: word('contents', lang), bold: true, size: 32 })],
      pageBreakBefore: true,
      alignment: AlignmentType.LEFT,
    }),
    new TableOfContents(word('contents', lang), { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function sectionBlocks(section: FindingSection, lang: Language): Paragraph[] {
  return [
    heading(section.title, 2),
    ...section.sentences.map((s) => withEvidence(s.text, s.evidence, lang)),
    ...section.proposals.flatMap((p) => [heading(p.title, 3), withEvidence(p.text, p.evidence, lang)]),
  ];
}

/**
 * The findings, then the proposals with those the users wrote in Solmu after them; a part with nothing
 * in it is left out.
 */
export function writtenBlocks(written: WrittenPicture, userProposals: readonly string[]): Paragraph[] {
  const lang = written.language;
  const { findings, proposals } = writtenParts(written);
  const part = (title: string, blocks: Paragraph[]) => (blocks.length ? [heading(title, 1), ...blocks] : []);
  const users = userProposals.length
    ? [heading(word('userProposals', lang), 2), ...userProposals.map(text)]
    : [];
  return [
    ...part(
      word('findings', lang),
      findings.flatMap((s) => sectionBlocks(s, lang)),
    ),
    ...part(word('proposals', lang), [...proposals.flatMap((s) => sectionBlocks(s, lang)), ...users]),
  ];
}

export function methodsBlocks(written: WrittenPicture): Paragraph[] {
  return [heading(word('methods', written.language)), ...written.methods.plain.map(text)];
}

export function technicalAppendixBlocks(written: WrittenPicture): Paragraph[] {
  if (written.methods.technical.length === 0) return [];
  return [
    new Paragraph({
      text: word('technicalAppendix', written.language),
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
    ...written.methods.technical.map(text),
  ];
}
