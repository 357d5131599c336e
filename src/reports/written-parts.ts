/**
 * The written picture as the reports lay it out: the findings first, then the proposals (development
 * targets and growth sectors), each part in the order its sections come in, so an editor's version with
 * sections hidden, moved or added renders as the editor left it.
 */
import type { FindingEvidence, FindingSection, WrittenPicture } from './findings.schema.js';

const PROPOSAL_SECTIONS: ReadonlySet<FindingSection['key']> = new Set([
  'developmentTargets',
  'growthSectors',
]);

const isProposalSection = (s: FindingSection) => PROPOSAL_SECTIONS.has(s.key) || s.proposals.length > 0;

export function writtenParts(written: WrittenPicture) {
  return {
    findings: written.sections.filter((s) => !isProposalSection(s)),
    proposals: written.sections.filter(isProposalSection),
  };
}

/** One piece of evidence as a line: "Label: value", a quote in the reader's quotation marks. */
export function evidenceLine(e: FindingEvidence, language: WrittenPicture['language']): string {
  if (!e.value) return e.label;
  if (e.kind !== 'quote') return `${e.label}: ${e.value}`;
  return language === 'en' ? `“${e.value}” (${e.label})` : `”${e.value}” (${e.label})`;
}
