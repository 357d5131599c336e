/**
 * Possible duplicates of the new actors that respondents named: organisations of the roster with the same
 * business ID, or a name near enough (the competences' name similarity, after the legal form is set aside:
 * "Metsä Oy" and "Metsä" are one name here). The editor decides; nothing is merged by itself.
 */
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { NEAR, nameSimilarity } from '../competences/similarity.js';
import * as repo from './review.repository.js';

export type Candidate = {
  organisationId: string;
  name: string;
  businessId: string | null;
  municipalityCode: string | null;
  score: number;
  reason: 'business_id' | 'name';
};

type NewActor = { name: string; businessId?: string };

const LEGAL_FORMS = new Set([
  'oy',
  'oyj',
  'ab',
  'abp',
  'ky',
  'ay',
  'ry',
  'rf',
  'tmi',
  'ltd',
  'inc',
  'kb',
  'osk',
]);

/** The words of a name that tell it apart: no legal form, nothing shorter than three letters. */
export function significantWords(name: string): string[] {
  const words = (name.toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => !LEGAL_FORMS.has(w),
  );
  return [...new Set(words.filter((w) => w.length >= 3))].slice(0, 8);
}

/** How near two organisation names are, 0 to 1, their legal forms set aside. */
export function organisationNameSimilarity(a: string, b: string): number {
  const core = (n: string) =>
    (n.toLocaleLowerCase('fi').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !LEGAL_FORMS.has(w)).join(' ');
  return nameSimilarity(core(a), core(b));
}

const MAX_CANDIDATES = 5;

type Roster = Awaited<ReturnType<typeof repo.organisationsByBusinessId>>[number];
const asCandidate = (o: Roster, score: number, reason: Candidate['reason']): Candidate => ({
  organisationId: o.id,
  name: o.nameFi,
  businessId: o.businessId,
  municipalityCode: o.municipalityCode,
  score: Math.round(score * 100) / 100,
  reason,
});

async function byName(db: Database, caller: Caller, actor: NewActor, skip: Set<string>) {
  const found = await repo.organisationsNamedLike(db, caller, significantWords(actor.name));
  return found
    .filter((o) => !skip.has(o.id))
    .map((o) => asCandidate(o, organisationNameSimilarity(actor.name, o.nameFi), 'name'))
    .filter((c) => c.score >= NEAR)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'fi'));
}

/** The candidates of each new actor, by the proposal's id. */
export async function duplicateCandidates(
  db: Database,
  caller: Caller,
  actors: readonly { id: string; actor: NewActor }[],
): Promise<Map<string, Candidate[]>> {
  const businessIds = [...new Set(actors.flatMap((a) => (a.actor.businessId ? [a.actor.businessId] : [])))];
  const byBusinessId = new Map(
    (await repo.organisationsByBusinessId(db, caller, businessIds)).map((o) => [o.businessId, o]),
  );
  const out = new Map<string, Candidate[]>();
  for (const { id, actor } of actors) {
    const same = actor.businessId ? byBusinessId.get(actor.businessId) : undefined;
    const first = same ? [asCandidate(same, 1, 'business_id')] : [];
    const named = await byName(db, caller, actor, new Set(first.map((c) => c.organisationId)));
    out.set(id, [...first, ...named].slice(0, MAX_CANDIDATES));
  }
  return out;
}
