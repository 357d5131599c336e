/**
 * The edited document as a written picture, the form the Word and PDF renderers take: the visible
 * sections in the editors' order with the editors' words, the proposals the editors kept (a rejected
 * one is left out, and so is one the figures no longer propose unless an editor accepted or changed it).
 */
import type {
  FindingEvidence,
  FindingProposal,
  FindingSection,
  FindingSentence,
  WrittenPicture,
} from '../../../reports/findings.schema.js';
import type { ReportContent, ReportProposal, ReportSection } from './document.js';

const SECTION_OF_KIND = { developmentTarget: 'developmentTargets', growthSector: 'growthSectors' } as const;

const kept = (p: ReportProposal) =>
  p.decision !== 'rejected' && (!p.vanished || p.decision === 'accepted' || p.decision === 'changed');

function proposalOf(p: ReportProposal): FindingProposal {
  return {
    key: p.key,
    kind: p.kind,
    title: p.title ?? p.generated?.title ?? '',
    text: p.text ?? p.generated?.text ?? '',
    evidence: p.generated?.evidence ?? [],
  };
}

/** Every piece of evidence of the generated text, once, in the order it first appears. */
function evidenceOf(sentences: FindingSentence[]): FindingEvidence[] {
  const seen = new Map<string, FindingEvidence>();
  for (const e of sentences.flatMap((s) => s.evidence)) seen.set(JSON.stringify(e), e);
  return [...seen.values()];
}

/**
 * An editor's words as sentences, one per paragraph; the evidence the generated text rested on stays
 * with the section (on its last paragraph), so the report still shows what the section is based on.
 */
function editedSentences(text: string, generated: FindingSentence[]): FindingSentence[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const evidence = evidenceOf(generated);
  return paragraphs.map((p, i) => ({ text: p, evidence: i === paragraphs.length - 1 ? evidence : [] }));
}

function sectionOf(section: ReportSection, proposals: ReportProposal[]): FindingSection {
  const generated = section.generated;
  const sentences = section.edit
    ? editedSentences(section.edit.text, generated?.sentences ?? [])
    : (generated?.sentences ?? []);
  return {
    key: section.key as FindingSection['key'],
    title: section.edit?.title ?? generated?.title ?? '',
    sentences,
    proposals: proposals.filter((p) => SECTION_OF_KIND[p.kind] === section.key && kept(p)).map(proposalOf),
    fingerprint: generated?.fingerprint ?? '',
  };
}

export function toWrittenPicture(
  content: ReportContent,
  language: WrittenPicture['language'],
): WrittenPicture {
  return {
    language,
    sections: content.sections.filter((s) => !s.hidden).map((s) => sectionOf(s, content.proposals)),
    methods: content.methods,
  };
}
