/**
 * The situational picture as a Word document a town can publish and edit further: a cover with the
 * town's name and the date, a table of contents, the written findings and proposals with their evidence
 * as footnotes, the figures (composition, network, specialisation, competences, strengths and growth
 * candidates, peers, the mapping rounds' themes and quotes) with charts as images, the methods for a lay
 * reader and their technical detail in an appendix.
 *
 * Pure: a Picture and its written text in, the bytes of a .docx out. The text is a parameter, not
 * generated here, so an editor's version of it (sections hidden, moved or added) renders the same way.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Picture } from '../analysis/picture.schema.js';
import { pictureCharts } from './charts.js';
import {
  competencesSection,
  compositionSection,
  mappingEvidenceSection,
  networkSection,
  peersSection,
  sectorSection,
  specialisationSection,
} from './docx-sections.js';
import {
  contentsBlocks,
  coverBlocks,
  heading,
  methodsBlocks,
  technicalAppendixBlocks,
  writtenBlocks,
} from './docx-written.js';
import type { WrittenPicture } from './findings.schema.js';
import { formatDate, word, type Language } from './labels.js';

export interface DocxOptions {
  /** The proposals the users wrote in Solmu, one paragraph each, after the written proposals. */
  readonly proposals?: readonly string[];
  /** Charts as images; default true. */
  readonly charts?: boolean;
  /** Rows in long tables (actors, industries, competences); default 20. */
  readonly maxRows?: number;
  /**
   * Write the contents' page numbers, laying the pages out as Word does: 1–3 s more at the demo's size
   * (bench/report). Default false: the contents are written with their entries, and Word fills in the
   * numbers as it opens the document.
   */
  readonly pageNumbers?: boolean;
}

function figureBlocks(picture: Picture, lang: Language, options: DocxOptions) {
  const maxRows = options.maxRows ?? 20;
  const charts = new Map(
    options.charts === false ? [] : pictureCharts(picture, lang).map((chart) => [chart.id, chart] as const),
  );
  return [
    heading(word('figures', lang)),
    ...compositionSection(picture, lang, charts),
    ...networkSection(picture, lang, charts, maxRows),
    ...specialisationSection(picture, lang, charts, maxRows),
    ...competencesSection(picture, lang, maxRows),
    ...sectorSection(picture.strengths, word('strengths', lang), lang),
    ...sectorSection(picture.growthCandidates, word('growth', lang), lang),
    ...peersSection(picture, lang),
    ...mappingEvidenceSection(picture, lang),
  ];
}

const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });

/** The Word report in the written picture's language. */
export async function pictureDocx(
  picture: Picture,
  written: WrittenPicture,
  options: DocxOptions = {},
): Promise<Buffer> {
  const lang = written.language;
  const title = `${word('title', lang)}: ${picture.scope.name}`;
  const document = new Document({
    creator: 'Solmu',
    title,
    description: picture.asOf ? `${word('asOf', lang)} ${formatDate(picture.asOf, lang)}` : '',
    // Word fills in the contents' page numbers as it opens the document.
    features: { updateFields: true },
    ...(options.pageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [
      { children: [...coverBlocks(picture, lang), ...contentsBlocks(lang)] },
      {
        footers: { default: pageNumberFooter() },
        children: [
          ...writtenBlocks(written, options.proposals ?? []),
          ...figureBlocks(picture, lang, options),
          ...methodsBlocks(written),
          ...technicalAppendixBlocks(written),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
