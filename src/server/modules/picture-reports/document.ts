/**
 * A report document: the written picture of a scope as its editors keep it. Generated sections carry the
 * latest generated text beside the editor's words; the editor's words, once written, are what the report
 * says, whatever a recomputation brings. Pure: no I/O, the service stores what these functions return.
 */
import { z } from 'zod';
import { longText, shortText } from '../../../domain/common.js';
import {
  findingEvidenceSchema,
  findingSentenceSchema,
  PROPOSAL_KINDS,
  type FindingProposal,
  type WrittenPicture,
} from '../../../reports/findings.schema.js';

export const ORIGINS = ['generated', 'editor'] as const;
export const DECISIONS = ['open', 'accepted', 'changed', 'rejected'] as const;

const generatedSection = z.object({
  title: z.string(),
  sentences: z.array(findingSentenceSchema),
  fingerprint: z.string(),
});

const editSchema = z.object({
  title: z.string().nullable().describe('The editor’s title; null keeps the generated one'),
  text: z.string().describe('The editor’s words; paragraphs separated by a blank line'),
  basedOn: z
    .string()
    .nullable()
    .describe('The evidence fingerprint the editor wrote against (null in an editor’s own section)'),
  by: z.string(),
  at: z.string(),
});

export const reportSectionSchema = z
  .object({
    key: z.string().describe('A finding section key, or editor-<n> for a section an editor added'),
    origin: z.enum(ORIGINS),
    hidden: z.boolean(),
    generated: generatedSection.nullable().describe('The latest generated text and its evidence'),
    edit: editSchema.nullable(),
    evidenceChanged: z
      .boolean()
      .describe(
        'The evidence changed since the editor wrote this section (“evidence changed since you edited this”)',
      ),
  })
  .meta({ id: 'ReportSection' });

export const reportProposalSchema = z
  .object({
    key: z.string().describe('The generator’s stable key, or editor-<n> for one an editor added'),
    kind: z.enum(PROPOSAL_KINDS),
    origin: z.enum(ORIGINS),
    generated: z
      .object({ title: z.string(), text: z.string(), evidence: z.array(findingEvidenceSchema) })
      .nullable(),
    decision: z.enum(DECISIONS),
    title: z.string().nullable().describe('The editor’s title (a change, or their own proposal)'),
    text: z.string().nullable(),
    reason: z.string().nullable().describe('Why it was rejected'),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    vanished: z.boolean().describe('The latest recomputation no longer proposes it'),
    strategy: z
      .object({ kind: z.enum(['goal', 'action']), id: z.string(), strategyId: z.string() })
      .nullable()
      .describe('The goal or development action it became'),
  })
  .meta({ id: 'ReportProposal' });

export const reportContentSchema = z
  .object({
    sections: z.array(reportSectionSchema),
    proposals: z.array(reportProposalSchema),
    methods: z.object({ plain: z.array(z.string()), technical: z.array(z.string()) }),
    editorKeys: z.number().int().describe('How many editor keys have been handed out'),
  })
  .meta({ id: 'ReportContent' });

export type ReportSection = z.infer<typeof reportSectionSchema>;

/**
 * A stored document as the model takes it. A person's erasure empties every jsonb value that names them
 * (the data-rights module), so an emptied document reads as one with nothing in it, never as an error.
 */
export function storedContent(value: unknown): z.infer<typeof reportContentSchema> {
  const parsed = reportContentSchema.safeParse(value);
  return parsed.success
    ? parsed.data
    : { sections: [], proposals: [], methods: { plain: [], technical: [] }, editorKeys: 0 };
}
export type ReportProposal = z.infer<typeof reportProposalSchema>;
export type ReportContent = z.infer<typeof reportContentSchema>;

const sectionKey = z.string().min(1).max(100);
export const reportChangeSchema = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('editSection'),
      section: sectionKey,
      title: shortText.nullable().optional(),
      text: longText.min(1),
    }),
    z.strictObject({ action: z.literal('resetSection'), section: sectionKey }),
    z.strictObject({ action: z.literal('hideSection'), section: sectionKey, hidden: z.boolean() }),
    z.strictObject({ action: z.literal('moveSection'), section: sectionKey, to: z.number().int().min(0) }),
    z.strictObject({ action: z.literal('addSection'), title: shortText, text: longText.min(1) }),
    z.strictObject({ action: z.literal('acknowledgeEvidence'), section: sectionKey }),
    z.strictObject({
      action: z.literal('decideProposal'),
      proposal: sectionKey,
      decision: z.enum(DECISIONS),
      title: shortText.optional(),
      text: longText.optional(),
      reason: longText.min(1).optional(),
    }),
    z.strictObject({
      action: z.literal('addProposal'),
      kind: z.enum(PROPOSAL_KINDS),
      title: shortText,
      text: longText,
    }),
  ])
  .meta({ id: 'ReportChange' });
export type ReportChange = z.infer<typeof reportChangeSchema>;

/** Why a change cannot be made: the service answers 422 with this. */
export class ChangeRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

type Who = { by: string; at: string };

const fromFinding = (p: FindingProposal): ReportProposal => ({
  key: p.key,
  kind: p.kind,
  origin: 'generated',
  generated: { title: p.title, text: p.text, evidence: p.evidence },
  decision: 'open',
  title: null,
  text: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
  vanished: false,
  strategy: null,
});

const proposalsOf = (written: WrittenPicture) => written.sections.flatMap((s) => s.proposals);

/** A new document: the generated text as it is, every section shown, every proposal open. */
export function documentFrom(written: WrittenPicture): ReportContent {
  return {
    sections: written.sections.map((s) => ({
      key: s.key,
      origin: 'generated',
      hidden: false,
      generated: { title: s.title, sentences: s.sentences, fingerprint: s.fingerprint },
      edit: null,
      evidenceChanged: false,
    })),
    proposals: proposalsOf(written).map(fromFinding),
    methods: written.methods,
    editorKeys: 0,
  };
}

/** What a recomputation changed, for the version's record. */
export type Regeneration = {
  content: ReportContent;
  changedSections: string[];
  staleSections: string[];
  addedProposals: string[];
  vanishedProposals: string[];
};

function regenerateSection(section: ReportSection, fresh: WrittenPicture['sections'][number]) {
  const generated = { title: fresh.title, sentences: fresh.sentences, fingerprint: fresh.fingerprint };
  const evidenceChanged = section.edit ? section.edit.basedOn !== fresh.fingerprint : false;
  return { ...section, generated, evidenceChanged };
}

function regenerateSections(content: ReportContent, written: WrittenPicture) {
  const fresh = new Map(written.sections.map((s) => [s.key as string, s]));
  const known = new Set(content.sections.map((s) => s.key));
  const sections = content.sections.map((s) => {
    const next = s.origin === 'generated' ? fresh.get(s.key) : undefined;
    return next ? regenerateSection(s, next) : s;
  });
  const added = written.sections.filter((s) => !known.has(s.key));
  return [...sections, ...documentFrom({ ...written, sections: added }).sections];
}

function regenerateProposals(content: ReportContent, written: WrittenPicture) {
  const fresh = new Map(proposalsOf(written).map((p) => [p.key, p]));
  const kept = content.proposals.map((p) => {
    if (p.origin === 'editor') return p;
    const next = fresh.get(p.key);
    if (!next) return { ...p, vanished: true };
    return { ...p, vanished: false, generated: fromFinding(next).generated };
  });
  const known = new Set(content.proposals.map((p) => p.key));
  const added = proposalsOf(written)
    .filter((p) => !known.has(p.key))
    .map(fromFinding);
  return [...kept, ...added];
}

/**
 * The document after a recomputation: untouched sections take the new text, edited ones keep the
 * editor's words and are marked when their evidence moved since the edit; new proposals are added
 * open, vanished ones marked (never removed: an editor may have decided on them).
 */
export function regenerate(content: ReportContent, written: WrittenPicture): Regeneration {
  const sections = regenerateSections(content, written);
  const proposals = regenerateProposals(content, written);
  const before = new Map(content.sections.map((s) => [s.key, s.generated?.fingerprint]));
  const wasVanished = new Set(content.proposals.filter((p) => p.vanished).map((p) => p.key));
  return {
    content: { ...content, sections, proposals, methods: written.methods },
    changedSections: sections
      .filter((s) => s.generated && before.get(s.key) !== s.generated.fingerprint)
      .map((s) => s.key),
    staleSections: sections.filter((s) => s.evidenceChanged).map((s) => s.key),
    addedProposals: proposals.slice(content.proposals.length).map((p) => p.key),
    vanishedProposals: proposals.filter((p) => p.vanished && !wasVanished.has(p.key)).map((p) => p.key),
  };
}

function sectionIndex(content: ReportContent, key: string) {
  const index = content.sections.findIndex((s) => s.key === key);
  if (index < 0) throw new ChangeRefused('unknown_section', `No section ${key}`, 'section');
  return index;
}

function withSection(content: ReportContent, key: string, f: (s: ReportSection) => ReportSection) {
  const index = sectionIndex(content, key);
  const sections = content.sections.slice();
  sections[index] = f(sections[index]!);
  return { ...content, sections };
}

function moveSection(content: ReportContent, key: string, to: number): ReportContent {
  const sections = content.sections.slice();
  const [moved] = sections.splice(sectionIndex(content, key), 1);
  sections.splice(Math.min(to, sections.length), 0, moved!);
  return { ...content, sections };
}

const editorKey = (content: ReportContent) => `editor-${content.editorKeys + 1}`;

function addSection(content: ReportContent, title: string, text: string, who: Who): ReportContent {
  const section: ReportSection = {
    key: editorKey(content),
    origin: 'editor',
    hidden: false,
    generated: null,
    edit: { title, text, basedOn: null, ...who },
    evidenceChanged: false,
  };
  return { ...content, sections: [...content.sections, section], editorKeys: content.editorKeys + 1 };
}

function editSection(section: ReportSection, title: string | null | undefined, text: string, who: Who) {
  return {
    ...section,
    edit: {
      title: title ?? (section.origin === 'editor' ? (section.edit?.title ?? null) : null),
      text,
      basedOn: section.generated?.fingerprint ?? null,
      ...who,
    },
    evidenceChanged: false,
  };
}

function resetSection(section: ReportSection): ReportSection {
  if (section.origin === 'editor')
    throw new ChangeRefused('editor_section', 'An editor’s own section has no generated text', 'section');
  return { ...section, edit: null, evidenceChanged: false };
}

const acknowledge = (section: ReportSection): ReportSection =>
  section.edit
    ? {
        ...section,
        edit: { ...section.edit, basedOn: section.generated?.fingerprint ?? null },
        evidenceChanged: false,
      }
    : section;

type Decision = Extract<ReportChange, { action: 'decideProposal' }>;

function checkDecision(change: Decision) {
  if (change.decision === 'rejected' && !change.reason)
    throw new ChangeRefused('reason_required', 'Say why the proposal is rejected', 'reason');
  if (change.decision === 'changed' && !change.title && !change.text)
    throw new ChangeRefused('change_required', 'A changed proposal needs its new title or text', 'text');
}

function decide(proposal: ReportProposal, change: Decision, who: Who): ReportProposal {
  checkDecision(change);
  if (proposal.strategy && change.decision !== 'accepted')
    throw new ChangeRefused('in_strategy', 'The proposal is already in the strategy', 'proposal');
  return {
    ...proposal,
    decision: change.decision,
    title: change.title ?? proposal.title,
    text: change.text ?? proposal.text,
    reason: change.decision === 'rejected' ? (change.reason ?? null) : null,
    decidedBy: change.decision === 'open' ? null : who.by,
    decidedAt: change.decision === 'open' ? null : who.at,
  };
}

/** Replaces one proposal by what `f` makes of it. */
export function withProposal(
  content: ReportContent,
  key: string,
  f: (p: ReportProposal) => ReportProposal,
): ReportContent {
  const index = content.proposals.findIndex((p) => p.key === key);
  if (index < 0) throw new ChangeRefused('unknown_proposal', `No proposal ${key}`, 'proposal');
  const proposals = content.proposals.slice();
  proposals[index] = f(proposals[index]!);
  return { ...content, proposals };
}

function addProposal(content: ReportContent, change: Extract<ReportChange, { action: 'addProposal' }>) {
  const proposal: ReportProposal = {
    ...fromFinding({ key: editorKey(content), kind: change.kind, title: '', text: '', evidence: [] }),
    origin: 'editor',
    generated: null,
    title: change.title,
    text: change.text,
  };
  return { ...content, proposals: [...content.proposals, proposal], editorKeys: content.editorKeys + 1 };
}

/** The document after one editor's change. */
export function applyChange(content: ReportContent, change: ReportChange, who: Who): ReportContent {
  switch (change.action) {
    case 'editSection':
      return withSection(content, change.section, (s) => editSection(s, change.title, change.text, who));
    case 'resetSection':
      return withSection(content, change.section, resetSection);
    case 'hideSection':
      return withSection(content, change.section, (s) => ({ ...s, hidden: change.hidden }));
    case 'moveSection':
      return moveSection(content, change.section, change.to);
    case 'addSection':
      return addSection(content, change.title, change.text, who);
    case 'acknowledgeEvidence':
      return withSection(content, change.section, acknowledge);
    case 'decideProposal':
      return withProposal(content, change.proposal, (p) => decide(p, change, who));
    case 'addProposal':
      return addProposal(content, change);
  }
}

/** What a version says changed: the action and the section or proposal it touched. */
export function changeSummary(change: ReportChange, after: ReportContent) {
  if ('section' in change) return { action: change.action, section: change.section };
  if ('proposal' in change) return { action: change.action, proposal: change.proposal };
  const key = `editor-${after.editorKeys}`;
  return change.action === 'addSection'
    ? { action: change.action, section: key }
    : { action: change.action, proposal: key };
}
