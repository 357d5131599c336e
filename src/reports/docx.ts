/**
 * The situational picture as a Word document a town can edit further: composition, network,
 * specialisation, competences, strengths and growth candidates, peers, the mapping rounds' themes and
 * quotes, the proposals the users wrote, and the methods; charts as images. Pure: a Picture in, the bytes of a .docx out.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Picture } from '../analysis/picture.schema.js';
import { pictureCharts } from './charts.js';
import {
  competencesSection,
  compositionSection,
  mappingEvidenceSection,
  methodsSection,
  networkSection,
  peersSection,
  proposalsSection,
  sectorSection,
  specialisationSection,
} from './docx-sections.js';
import { word, type Language } from './labels.js';

export interface DocxOptions {
  /** Language of the headings and labels; default Finnish. */
  readonly language?: Language;
  /** The proposals section, one paragraph each, as the users wrote it in Solmu. */
  readonly proposals?: readonly string[];
  /** Charts as images; default true. */
  readonly charts?: boolean;
  /** Rows in long tables (actors, industries, competences); default 20. */
  readonly maxRows?: number;
}

export async function pictureDocx(picture: Picture, options: DocxOptions = {}): Promise<Buffer> {
  const lang = options.language ?? 'fi';
  const maxRows = options.maxRows ?? 20;
  const charts = new Map(
    options.charts === false ? [] : pictureCharts(picture, lang).map((chart) => [chart.id, chart] as const),
  );
  const subtitle = picture.asOf ? `${word('asOf', lang)} ${picture.asOf}` : '';
  const document = new Document({
    creator: 'Solmu',
    title: `${word('title', lang)}: ${picture.scope.name}`,
    description: subtitle,
    sections: [
      {
        children: [
          new Paragraph({
            text: `${word('title', lang)}: ${picture.scope.name}`,
            heading: HeadingLevel.TITLE,
          }),
          new Paragraph({ text: subtitle }),
          ...(picture.includesExamples ? [new Paragraph({ text: word('includesExamples', lang) })] : []),
          ...compositionSection(picture, lang, charts),
          ...networkSection(picture, lang, charts, maxRows),
          ...specialisationSection(picture, lang, charts, maxRows),
          ...competencesSection(picture, lang, maxRows),
          ...sectorSection(picture.strengths, word('strengths', lang), lang),
          ...sectorSection(picture.growthCandidates, word('growth', lang), lang),
          ...peersSection(picture, lang),
          ...mappingEvidenceSection(picture, lang),
          ...proposalsSection(options.proposals ?? [], lang),
          ...methodsSection(picture, lang),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
