/**
 * The review queue's logic: proposals in the order an editor decides them (new actors first, since a tie
 * to a new actor needs that actor), and the decisions a bulk action makes.
 */
import type { Decision, DecisionAction, ProposalKind, ReviewProposal } from './api-types';

export const KIND_ORDER: readonly ProposalKind[] = ['organisation', 'relation', 'competence'];

/** Pending proposals by kind, in the order above; kinds with none are left out. */
export function groupByKind(
  proposals: readonly ReviewProposal[],
): { kind: ProposalKind; items: ReviewProposal[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, items: proposals.filter((p) => p.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
}

/**
 * A decision as a form keeps it: 'accept', 'reject', 'merge:<organisation id>' (a new actor into an
 * organisation of the roster) or 'term:<competence id>' (a named competence into a term of the vocabulary).
 */
export type Choice = '' | 'accept' | 'reject' | `merge:${string}` | `term:${string}`;

export function decisionOf(id: string, choice: Choice): Decision | null {
  if (choice === '') return null;
  if (choice.startsWith('merge:'))
    return { id, action: 'merge', organisationId: choice.slice('merge:'.length) };
  if (choice.startsWith('term:')) return { id, action: 'merge', competenceId: choice.slice('term:'.length) };
  return { id, action: choice as DecisionAction };
}

/**
 * The decisions to send, organisations first: accepting a tie to a new actor in the same request needs
 * that actor's proposal decided before it.
 */
export function orderedDecisions(
  proposals: readonly ReviewProposal[],
  choices: Readonly<Record<string, Choice>>,
): Decision[] {
  const rank = (id: string) => KIND_ORDER.indexOf(proposals.find((p) => p.id === id)?.kind ?? 'competence');
  return Object.entries(choices)
    .map(([id, choice]) => decisionOf(id, choice))
    .filter((d): d is Decision => d !== null)
    .sort((a, b) => rank(a.id) - rank(b.id));
}

/** The same action for every selected proposal, e.g. accept all selected. */
export const bulkChoices = (
  selected: Iterable<string>,
  action: 'accept' | 'reject',
): Record<string, Choice> => Object.fromEntries([...selected].map((id) => [id, action]));

/** Select all of a group, or none when all of it is already selected. */
export function toggleAll(selected: ReadonlySet<string>, group: readonly ReviewProposal[]): Set<string> {
  const next = new Set(selected);
  const all = group.every((p) => next.has(p.id));
  for (const p of group) {
    if (all) next.delete(p.id);
    else next.add(p.id);
  }
  return next;
}
