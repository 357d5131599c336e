/**
 * What a respondent's answers propose for the roster: a tie to an organisation (the name generator), an
 * organisation not yet in the roster, or a competence offered or needed. Each proposal has a target, a key
 * that stays the same when the same answer is given again, so a repeated or changed answer updates its
 * proposals instead of adding new ones (decision 011). Nothing here writes: an editor accepts proposals.
 */
import { questionsOf, type Answers, type QuestionnaireContent } from './questionnaires.js';

export type Proposal =
  | {
      kind: 'relation';
      questionKey: string;
      target: string;
      payload: { toOrganisationId?: string; newActorName?: string; relationKind: string; strength: number };
    }
  | {
      kind: 'organisation';
      questionKey: string;
      target: string;
      payload: { name: string; municipalityCode?: string; kind: string; businessId?: string };
    }
  | {
      kind: 'competence';
      questionKey: string;
      target: string;
      payload: { direction: 'offer' | 'need'; competenceId?: string; name?: string };
    };

type Partner = {
  organisationId?: string;
  newActor?: { name: string; municipalityCode?: string; kind: string; businessId?: string };
  kind: string;
  strength: number;
};
type CompetenceItem = { competenceId?: string; name?: string };

/** A new actor is named by its business ID when given, else by its name (case and spacing ignored). */
const newActorKey = (a: NonNullable<Partner['newActor']>) =>
  a.businessId ? `bid:${a.businessId}` : `name:${a.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi')}`;

function partnerProposals(questionKey: string, partners: Partner[]): Proposal[] {
  return partners.flatMap((p): Proposal[] => {
    if (p.organisationId)
      return [
        {
          kind: 'relation',
          questionKey,
          target: `org:${p.organisationId}|${p.kind}`,
          payload: { toOrganisationId: p.organisationId, relationKind: p.kind, strength: p.strength },
        },
      ];
    if (!p.newActor) return [];
    const actor = newActorKey(p.newActor);
    return [
      { kind: 'organisation', questionKey, target: actor, payload: { ...p.newActor } },
      {
        kind: 'relation',
        questionKey,
        target: `${actor}|${p.kind}`,
        payload: { newActorName: p.newActor.name, relationKind: p.kind, strength: p.strength },
      },
    ];
  });
}

function competenceProposals(
  questionKey: string,
  direction: 'offer' | 'need',
  items: CompetenceItem[],
): Proposal[] {
  return items.map((c) => ({
    kind: 'competence',
    questionKey,
    target: c.competenceId
      ? `${direction}:id:${c.competenceId}`
      : `${direction}:name:${(c.name ?? '').trim().toLocaleLowerCase('fi')}`,
    payload: { direction, ...c },
  }));
}

/** The proposals of a set of answers that fit their questions (see `answerProblems`). */
export function proposalsFrom(content: QuestionnaireContent, answers: Answers): Proposal[] {
  return questionsOf(content).flatMap((q): Proposal[] => {
    const value = answers[q.key];
    if (value === undefined) return [];
    if (q.type === 'partners') return partnerProposals(q.key, value as Partner[]);
    if (q.type === 'competences') return competenceProposals(q.key, q.direction, value as CompetenceItem[]);
    return [];
  });
}

/** A payload as text with its keys in order: one read back from the database has them in its own order. */
const canonical = (payload: object) =>
  JSON.stringify(Object.fromEntries(Object.entries(payload).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * How the proposals of a changed answer differ from those already made: the new ones to add, the kept
 * ones whose payload changed, and the ones the answer no longer makes (to withdraw).
 */
export function proposalChanges(before: readonly Proposal[], after: readonly Proposal[]) {
  const id = (p: Proposal) => `${p.questionKey}|${p.kind}|${p.target}`;
  const old = new Map(before.map((p) => [id(p), p]));
  const now = new Map(after.map((p) => [id(p), p]));
  return {
    added: after.filter((p) => !old.has(id(p))),
    changed: after.filter(
      (p) => old.has(id(p)) && canonical(old.get(id(p))!.payload) !== canonical(p.payload),
    ),
    withdrawn: before.filter((p) => !now.has(id(p))),
  };
}
