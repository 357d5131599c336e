import { describe, expect, it } from 'vitest';
import type { ReviewProposal } from './api-types';
import { bulkChoices, decisionOf, groupByKind, orderedDecisions, toggleAll } from './review';

const proposal = (id: string, kind: ReviewProposal['kind']): ReviewProposal => ({
  id,
  kind,
  status: 'pending',
  questionKey: 'partners',
  questionLabel: { fi: 'Kumppanit' },
  respondentId: 'r1',
  respondentName: 'Saimaan Saha Oy',
  organisationId: null,
  payload: {},
  recordId: null,
  answeredAt: '2026-05-10T10:00:00Z',
});

const QUEUE = [
  proposal('c1', 'competence'),
  proposal('t1', 'relation'),
  proposal('o1', 'organisation'),
  proposal('t2', 'relation'),
];

describe('the review queue', () => {
  it('groups proposals by kind, new actors first, leaving out empty kinds', () => {
    expect(groupByKind(QUEUE).map((g) => [g.kind, g.items.map((p) => p.id)])).toEqual([
      ['organisation', ['o1']],
      ['relation', ['t1', 't2']],
      ['competence', ['c1']],
    ]);
    expect(groupByKind([proposal('c1', 'competence')]).map((g) => g.kind)).toEqual(['competence']);
  });

  it('reads a merge choice as a merge into that organisation or vocabulary term', () => {
    expect(decisionOf('o1', 'merge:abc')).toEqual({ id: 'o1', action: 'merge', organisationId: 'abc' });
    expect(decisionOf('c1', 'term:def')).toEqual({ id: 'c1', action: 'merge', competenceId: 'def' });
    expect(decisionOf('o1', 'reject')).toEqual({ id: 'o1', action: 'reject' });
    expect(decisionOf('o1', '')).toBeNull();
  });

  it('sends organisations before the ties that may need them, and nothing undecided', () => {
    const decisions = orderedDecisions(QUEUE, { c1: 'accept', t1: 'accept', o1: 'accept', t2: '' });
    expect(decisions.map((d) => d.id)).toEqual(['o1', 't1', 'c1']);
  });

  it('selects a whole group, or clears it when all of it is selected', () => {
    const group = groupByKind(QUEUE)[1]!.items;
    const all = toggleAll(new Set(['o1', 't1']), group);
    expect([...all].sort()).toEqual(['o1', 't1', 't2']);
    expect([...toggleAll(all, group)]).toEqual(['o1']);
    expect(bulkChoices(['t1', 't2'], 'reject')).toEqual({ t1: 'reject', t2: 'reject' });
  });
});
