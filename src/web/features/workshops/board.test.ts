import { describe, expect, it } from 'vitest';
import { byOrganisation, candidates } from './board';

const idea = (id: string, dots: number) => ({
  id,
  phaseId: 'p',
  participantId: null,
  text: `idea ${id}`,
  groupId: null,
  position: 0,
  dots,
  createdAt: '2026-12-07T10:00:00Z',
});

describe('the outcome step', () => {
  it('offers groups and ideas with the most dots first, a group before an idea on a tie', () => {
    const ranked = candidates({
      groups: [{ id: 'g', title: 'group g', position: 0, dots: 3 }],
      ideas: [idea('a', 1), idea('b', 4), idea('c', 3)],
    });
    expect(ranked.map((c) => c.key)).toEqual(['idea:b', 'group:g', 'idea:c', 'idea:a']);
    expect(ranked[1]!.source).toEqual({ groupId: 'g' });
    expect(ranked[0]!.source).toEqual({ ideaId: 'b' });
  });
});

describe('participants by organisation', () => {
  it('lists organisations alphabetically in the language, those without one last', () => {
    const people = [
      { id: '1', displayName: 'Aino', organisationName: '' },
      { id: '2', displayName: 'Bertil', organisationName: 'Östra Oy' },
      { id: '3', displayName: 'Cecilia', organisationName: 'Andritz' },
      { id: '4', displayName: 'Daniel', organisationName: ' Andritz ' },
    ];
    const grouped = byOrganisation(people, 'fi');
    expect(grouped.map(([name, members]) => [name, members.map((m) => m.id)])).toEqual([
      ['Andritz', ['3', '4']],
      ['Östra Oy', ['2']],
      ['', ['1']],
    ]);
  });
});
