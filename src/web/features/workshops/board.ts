import type { Board, Participant, Source } from './api';

/** A group or an idea the outcome step can make a goal of. */
export type Candidate = { key: string; source: Source; title: string; dots: number };

/** The groups and ideas the vote ranked, most dots first (a group before an idea on a tie). */
export function candidates(board: Pick<Board, 'groups' | 'ideas'>): Candidate[] {
  return [
    ...board.groups.map((g) => ({
      key: `group:${g.id}`,
      source: { groupId: g.id },
      title: g.title,
      dots: g.dots,
    })),
    ...board.ideas.map((i) => ({
      key: `idea:${i.id}`,
      source: { ideaId: i.id },
      title: i.text,
      dots: i.dots,
    })),
  ].sort((a, b) => b.dots - a.dots);
}

/**
 * Participants by the organisation they named, organisations in alphabetical order and those who named
 * none last (under the empty name).
 */
export function byOrganisation(participants: Participant[], lang: string): [string, Participant[]][] {
  const groups = new Map<string, Participant[]>();
  for (const p of participants) {
    const key = p.organisationName.trim();
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, lang)));
}
