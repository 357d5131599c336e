/**
 * What an editor's accepted proposals write to the roster (decision 011): a relation from the
 * respondent's organisation to the partner, an offer or need of the respondent's organisation, a draft
 * organisation for a new actor. A fact that is there already (the same tie, the same offer) is not
 * written again: the proposal points at it. Problems are collected, not thrown, so that one answer names
 * every bad decision of a request; the caller throws them and the transaction writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import type { ErrorDetail } from '../../errors.js';
import { visibleVocabulary } from '../competences/competences.repository.js';
import { nameSimilarity } from '../competences/similarity.js';
import * as facts from './facts.repository.js';
import * as repo from './review.repository.js';
import { helsinkiDay } from '../../../domain/helsinki-time.js';

type ProposalRow = repo.ProposalRow;
export type Pick = { index: number; row: ProposalRow; targetId?: string };
export type Outcome = { status: 'accepted' | 'merged'; recordId: string; ownFact: boolean };

export type DecisionContext = {
  trx: Database;
  caller: Caller;
  placement: facts.Placement;
  problems: ErrorDetail[];
  /** What this request decided so far, by proposal id. */
  outcomes: Map<string, Outcome>;
};

const problem = (ctx: DecisionContext, p: Pick, message: string) =>
  ctx.problems.push({ path: `decisions.${p.index}`, message });

const sourceOf = (row: ProposalRow) => (row.mode === 'interview' ? 'interview' : 'survey');

// One formatter for all rows: making one per call cost more than the rest of a ten-thousand-row decision.

const days = new Map<number, string>();
const dayOf = (at: Date) => {
  const t = at.getTime();
  let day = days.get(t);
  if (day === undefined) {
    if (days.size > 10_000) days.clear();
    days.set(t, (day = helsinkiDay(at)));
  }
  return day;
};

/** The day the answer was given: the interview's date, else the day it was saved (in Finland). */
const answerDay = (row: ProposalRow) =>
  row.mode === 'interview' && row.interviewedOn
    ? String(row.interviewedOn)
    : dayOf(new Date(row.answeredAt as Date));

type OrganisationPayload = { name: string; municipalityCode?: string; kind: string; businessId?: string };

/** New actors become draft organisations; a merge points the proposal at one of the roster. */
export async function decideOrganisations(ctx: DecisionContext, accepts: Pick[], merges: Pick[]) {
  const targets = await repo.readableIds(
    ctx.trx,
    ctx.caller,
    'organisations',
    merges.map((m) => m.targetId!),
  );
  for (const m of merges) {
    if (!targets.has(m.targetId!)) problem(ctx, m, 'organisationId: no such organisation in the roster');
    else ctx.outcomes.set(m.row.id, { status: 'merged', recordId: m.targetId!, ownFact: false });
  }
  const payloads = accepts.map((a) => a.row.payload as OrganisationPayload);
  const taken = await repo.businessIdsTaken(
    ctx.trx,
    payloads.flatMap((p) => p.businessId ?? []),
  );
  const places = await repo.knownMunicipalities(ctx.trx, [
    ...new Set(payloads.flatMap((p) => p.municipalityCode ?? [])),
  ]);
  const inRequest = new Set<string>();
  for (const a of accepts) {
    const p = a.row.payload as OrganisationPayload;
    if (p.municipalityCode && !places.has(p.municipalityCode)) {
      problem(ctx, a, `municipalityCode: no municipality ${p.municipalityCode}`);
      continue;
    }
    if (p.businessId && (taken.has(p.businessId) || inRequest.has(p.businessId))) {
      problem(ctx, a, `The roster has an organisation with business ID ${p.businessId}: merge into it`);
      continue;
    }
    if (p.businessId) inRequest.add(p.businessId);
    const id = await facts.insertDraftOrganisation(
      ctx.trx,
      {
        kind: p.kind,
        nameFi: p.name,
        businessId: p.businessId,
        municipalityCode: p.municipalityCode,
        source: sourceOf(a.row),
      },
      ctx.placement,
    );
    ctx.outcomes.set(a.row.id, { status: 'accepted', recordId: id, ownFact: false });
  }
}

type RelationPayload = {
  toOrganisationId?: string;
  newActorName?: string;
  relationKind: string;
  strength: number;
};

/** The organisation a tie to a new actor reaches: the one its actor's proposal was accepted or merged as. */
async function newActorOrganisations(ctx: DecisionContext, ties: Pick[]) {
  const rows = await repo.organisationProposalsOf(ctx.trx, [...new Set(ties.map((t) => t.row.respondentId))]);
  const key = (respondentId: string, questionKey: string, target: string) =>
    `${respondentId}|${questionKey}|${target}`;
  const resolved = new Map<string, string>();
  for (const r of rows) {
    const recordId =
      ctx.outcomes.get(r.id)?.recordId ??
      (r.status === 'accepted' || r.status === 'merged' ? r.recordId : null);
    if (recordId) resolved.set(key(r.respondentId, r.questionKey, r.target), recordId);
  }
  // A tie's target is its actor's target and the kind of tie: "bid:0123456-1|customer".
  return (row: ProposalRow) =>
    resolved.get(key(row.respondentId, row.questionKey, row.target.slice(0, row.target.lastIndexOf('|'))));
}

type Tie = { pick: Pick; from: string; to: string; payload: RelationPayload };

async function tiesOf(ctx: DecisionContext, accepts: Pick[]): Promise<Tie[]> {
  const actorOf = await newActorOrganisations(ctx, accepts);
  const partners = accepts.flatMap((a) => (a.row.payload as RelationPayload).toOrganisationId ?? []);
  const readable = await repo.readableIds(ctx.trx, ctx.caller, 'organisations', [...new Set(partners)]);
  const ties: Tie[] = [];
  for (const a of accepts) {
    const payload = a.row.payload as RelationPayload;
    const from = a.row.organisationId;
    const to = payload.toOrganisationId ?? actorOf(a.row);
    if (!from) problem(ctx, a, 'The respondent answers for no organisation: a tie needs one');
    else if (payload.toOrganisationId && !readable.has(payload.toOrganisationId))
      problem(ctx, a, 'The partner is not an organisation of the roster');
    else if (!to)
      problem(
        ctx,
        a,
        `Accept or merge the new actor ${payload.newActorName ?? ''} first (or in the same request)`,
      );
    else if (from === to) problem(ctx, a, 'The partner is the respondent’s own organisation');
    else ties.push({ pick: a, from, to, payload });
  }
  return ties;
}

/** Accepted ties become relations; a tie the roster has already (same ends, same kind) is not doubled. */
export async function decideRelations(ctx: DecisionContext, accepts: Pick[]) {
  const ties = await tiesOf(ctx, accepts);
  const tieKey = (from: string, to: string, kind: string) => `${from}|${to}|${kind}`;
  const known = new Map(
    (
      await facts.relationsLike(
        ctx.trx,
        ties.map((t) => ({
          fromOrganisationId: t.from,
          toOrganisationId: t.to,
          kind: t.payload.relationKind,
        })),
      )
    ).map((r) => [tieKey(r.fromOrganisationId, r.toOrganisationId, r.kind), r.id]),
  );
  const rows: facts.NewRelation[] = [];
  for (const t of ties) {
    const k = tieKey(t.from, t.to, t.payload.relationKind);
    const existing = known.get(k);
    if (existing) {
      ctx.outcomes.set(t.pick.row.id, { status: 'accepted', recordId: existing, ownFact: false });
      continue;
    }
    const id = randomUUID();
    known.set(k, id);
    ctx.outcomes.set(t.pick.row.id, { status: 'accepted', recordId: id, ownFact: true });
    rows.push({
      id,
      fromOrganisationId: t.from,
      toOrganisationId: t.to,
      kind: t.payload.relationKind,
      weight: t.payload.strength,
      startOn: answerDay(t.pick.row),
      source: sourceOf(t.pick.row),
      answerProposalId: t.pick.row.id,
    });
  }
  await facts.insertRelations(ctx.trx, rows, ctx.placement);
}

type CompetencePayload = { direction: 'offer' | 'need'; competenceId?: string; name?: string };

/** Lower-case letters and digits joined by single hyphens, Finnish and Swedish letters without their dots. */
export const slugOf = (name: string) =>
  name
    .toLocaleLowerCase('fi')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'osaaminen';

/**
 * The vocabulary's term for a named competence: the same word already there (the vocabulary's own
 * similarity, at its full 1), else a new term in the round's workspace.
 */
async function termFor(ctx: DecisionContext, name: string, made: Map<string, string>) {
  const vocabulary = await vocabularyOf(ctx);
  const same = vocabulary.find((c) =>
    [c.nameFi, c.nameSv, c.nameEn, c.slug].some((n) => !!n && nameSimilarity(name, n) === 1),
  );
  if (same) return same.id;
  const base = slugOf(name);
  const earlier = made.get(base);
  if (earlier) return earlier;
  const options = [base, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${base}-${n}`)];
  const taken = await facts.slugsTaken(ctx.trx, options);
  const slug = options.find((s) => !taken.has(s)) ?? `${base}-${randomUUID().slice(0, 8)}`;
  const id = await facts.insertCompetence(ctx.trx, { slug, nameFi: name.trim() }, ctx.placement);
  made.set(base, id);
  vocabularyCache
    .get(ctx)
    ?.push({ id, slug, nameFi: name.trim(), nameSv: null, nameEn: null, isTheme: false });
  return id;
}

const vocabularyCache = new WeakMap<DecisionContext, Awaited<ReturnType<typeof visibleVocabulary>>>();
async function vocabularyOf(ctx: DecisionContext) {
  let v = vocabularyCache.get(ctx);
  if (!v) vocabularyCache.set(ctx, (v = await visibleVocabulary(ctx.trx, ctx.caller)));
  return v;
}

/** The competence each accepted or merged proposal stands for, or a problem. */
async function competenceIds(ctx: DecisionContext, picks: Pick[]) {
  const named = picks.flatMap((p) => p.targetId ?? (p.row.payload as CompetencePayload).competenceId ?? []);
  const readable = await repo.readableIds(ctx.trx, ctx.caller, 'competences', [...new Set(named)]);
  const made = new Map<string, string>();
  const out: { pick: Pick; competenceId: string; direction: 'offer' | 'need' }[] = [];
  for (const p of picks) {
    const payload = p.row.payload as CompetencePayload;
    const chosen = p.targetId ?? payload.competenceId;
    if (!p.row.organisationId)
      problem(ctx, p, 'The respondent answers for no organisation: an offer or need needs one');
    else if (chosen && !readable.has(chosen))
      problem(ctx, p, 'competenceId: no such competence in the vocabulary');
    else
      out.push({
        pick: p,
        competenceId: chosen ?? (await termFor(ctx, payload.name ?? '', made)),
        direction: payload.direction,
      });
  }
  return out;
}

/** Accepted competences become offers and needs of the respondent's organisation, never doubled. */
export async function decideCompetences(ctx: DecisionContext, picks: Pick[]) {
  const chosen = await competenceIds(ctx, picks);
  const recordKey = (o: string, d: string, c: string) => `${o}|${d}|${c}`;
  const known = new Map(
    (
      await facts.competenceRecordsOf(ctx.trx, [...new Set(chosen.map((c) => c.pick.row.organisationId!))])
    ).map((r) => [recordKey(r.organisationId, r.direction, r.competenceId!), r.id]),
  );
  const rows = [];
  for (const c of chosen) {
    const status = c.pick.targetId ? 'merged' : 'accepted';
    const k = recordKey(c.pick.row.organisationId!, c.direction, c.competenceId);
    const existing = known.get(k);
    if (existing) {
      ctx.outcomes.set(c.pick.row.id, { status, recordId: existing, ownFact: false });
      continue;
    }
    const id = randomUUID();
    known.set(k, id);
    ctx.outcomes.set(c.pick.row.id, { status, recordId: id, ownFact: true });
    rows.push({
      id,
      organisationId: c.pick.row.organisationId!,
      direction: c.direction,
      competenceId: c.competenceId,
      source: sourceOf(c.pick.row),
      answerProposalId: c.pick.row.id,
      ...ctx.placement,
    });
  }
  await facts.insertCompetenceRecords(ctx.trx, rows);
}
