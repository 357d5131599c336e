/**
 * Evidence as the findings carry it: each item is written in the reader's language and keeps a neutral
 * form (codes, ids, raw figures) that no language or wording touches. A section's fingerprint is a hash
 * of the neutral forms of its evidence only, so it changes exactly when the evidence does — and is the
 * same in Finnish, Swedish and English.
 */
import { createHash } from 'node:crypto';
import type { PictureChange } from '../../analysis/compare.js';
import type { Picture } from '../../analysis/picture.schema.js';
import type {
  FindingEvidence,
  FindingProposal,
  FindingSection,
  FindingSectionKey,
} from '../findings.schema.js';
import { industryName, municipalityName, type Language } from '../labels.js';
import { count, num, pick, type Tri } from './language.js';
import { NOUNS } from './nouns.js';
import { TITLES } from './titles.js';

/** An evidence item with its language-free form, dropped when the section is finished. */
export type Evidence = FindingEvidence & { readonly neutral: readonly unknown[] };
export type Sentence = { text: string; evidence: Evidence[] };
export type Proposal = Omit<FindingProposal, 'evidence'> & { evidence: Evidence[] };

/** What every section writer reads: the picture, the reader's language and the actors' names. */
export interface Context {
  readonly picture: Picture;
  /** What changed since an earlier picture of the scope, when the caller compared them. */
  readonly change?: PictureChange;
  readonly lang: Language;
  readonly names: ReadonlyMap<string, string>;
}

export function contextOf(picture: Picture, lang: Language, change?: PictureChange): Context {
  const names = new Map<string, string>();
  for (const a of picture.network.actors) names.set(a.organisationId, a.name);
  for (const b of picture.network.brokers) names.set(b.organisationId, b.name);
  for (const u of picture.competences.unmetNeeds)
    for (const o of u.offeredElsewhere) names.set(o.organisationId, o.name);
  return { picture, lang, names, ...(change ? { change } : {}) };
}

export const nameOf = (c: Context, id: string) => c.names.get(id) ?? id;

/** A figure: what it is (label in the reader's language) and its value as the reader writes it. */
export function figure(c: Context, key: string, label: Tri, value: number, shown?: string): Evidence {
  return {
    kind: 'figure',
    label: pick(label, c.lang),
    value: shown ?? num(value, c.lang, 3),
    neutral: ['figure', key, value],
  };
}

/** An organisation by id, with what is said of it ("12 ties"). */
export function organisation(c: Context, id: string, detail?: { text: string; raw: unknown }): Evidence {
  const name = nameOf(c, id);
  return {
    kind: 'organisation',
    label: name,
    ref: id,
    ...(detail ? { value: detail.text } : {}),
    neutral: ['organisation', id, name, detail?.raw ?? null],
  };
}

export function relation(c: Context, from: string, to: string, weight: number): Evidence {
  return {
    kind: 'relation',
    label: `${nameOf(c, from)} – ${nameOf(c, to)}`,
    value: num(weight, c.lang, 2),
    ref: `${from}|${to}`,
    neutral: ['relation', from, to, weight],
  };
}

export function project(id: string, name: string, organisations: number, c: Context): Evidence {
  return {
    kind: 'project',
    label: name,
    ref: id,
    value: count(organisations, NOUNS.participant, c.lang),
    neutral: ['project', id, name, organisations],
  };
}

/** An industry (TOL division or section) by name, with its figures written out. */
export function sector(c: Context, code: string, shown: string, raw: unknown): Evidence {
  return {
    kind: 'sector',
    label: industryName(code, c.lang),
    ref: code,
    value: shown,
    neutral: ['sector', code, raw],
  };
}

export function competence(c: Context, key: string, label: string, organisations: number): Evidence {
  return {
    kind: 'competence',
    label,
    ref: key,
    value: count(organisations, NOUNS.actor, c.lang),
    neutral: ['competence', key, label, organisations],
  };
}

export function theme(c: Context, name: string, respondents: number): Evidence {
  return {
    kind: 'theme',
    label: name,
    ref: name,
    value: count(respondents, NOUNS.respondent, c.lang),
    neutral: ['theme', name, respondents],
  };
}

type Quote = NonNullable<Picture['mappingEvidence']>['quotes'][number];

export function quote(c: Context, q: Quote): Evidence {
  return {
    kind: 'quote',
    label: q.questionLabel[c.lang] || q.questionLabel.fi,
    value: q.text,
    neutral: ['quote', q.questionKey, q.text],
  };
}

/** A town by name (a municipality code as evidence, e.g. where an offer comes from). */
export function town(c: Context, code: string, label: Tri): Evidence {
  return {
    kind: 'figure',
    label: pick(label, c.lang),
    value: municipalityName(code, c.lang),
    neutral: ['town', code],
  };
}

export const sentence = (text: string, evidence: Evidence[]): Sentence => ({ text, evidence });

const strip = ({ neutral: _neutral, ...e }: Evidence): FindingEvidence => e;

/** Hash of the neutral forms of the evidence, in order: 16 hex digits. */
export function fingerprintOf(evidence: readonly Evidence[]): string {
  return createHash('sha256')
    .update(JSON.stringify(evidence.map((e) => e.neutral)))
    .digest('hex')
    .slice(0, 16);
}

/** A finished section: the evidence's neutral forms hashed, then left out of what is written. */
export function section(
  key: FindingSectionKey,
  title: string,
  sentences: readonly Sentence[],
  proposals: readonly Proposal[] = [],
): FindingSection {
  const all = [
    ...sentences.flatMap((s) => s.evidence),
    ...proposals.flatMap((p) => [
      { kind: 'figure', label: p.key, neutral: ['proposal', p.key] } as Evidence,
      ...p.evidence,
    ]),
  ];
  return {
    key,
    title,
    sentences: sentences.map((s) => ({ text: s.text, evidence: s.evidence.map(strip) })),
    proposals: proposals.map((p) => ({ ...p, evidence: p.evidence.map(strip) })),
    fingerprint: fingerprintOf(all),
  };
}

/** A section before it is finished: its sentences, proposals, and what it says when it has neither. */
export interface Draft {
  readonly key: FindingSectionKey;
  readonly sentences: Sentence[];
  readonly proposals: Proposal[];
  readonly fallback: Sentence[];
}

export const draft = (
  key: FindingSectionKey,
  sentences: Sentence[],
  proposals: Proposal[] = [],
  fallback: Sentence[] = [],
): Draft => ({ key, sentences, proposals, fallback });

/** The finished section with its title in the reader's language; the fallback only when it is empty. */
export function finish(c: Context, d: Draft): FindingSection {
  const empty = d.sentences.length + d.proposals.length === 0;
  return section(d.key, TITLES[d.key][c.lang], empty ? d.fallback : d.sentences, d.proposals);
}
