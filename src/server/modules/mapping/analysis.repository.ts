/**
 * The reads of a round's analysis: the round as the caller may see it, its submitted respondents with
 * their answers, and names for the ids answers hold. Only submitted answers are analysed: a draft may
 * still change and is the respondent's own until they send it.
 */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

/** A round the caller may read, with what its analysis needs; undefined when there is none. */
export async function visibleRound(db: Database, caller: Caller, id: string) {
  if (!isUuid(id)) return undefined;
  return applyVisibility(
    db
      .selectFrom('mappingRounds')
      .select(['id', 'workspaceId', 'networkId', 'questionnaireId', 'version', 'nameFi', 'nameSv', 'nameEn']),
    caller,
  )
    .where('id', '=', id)
    .executeTakeFirst();
}

export type RoundRow = NonNullable<Awaited<ReturnType<typeof visibleRound>>>;

/** The round's respondents with their organisation's place and kind; only the submitted unless `all`. */
export function respondentsOf(db: Database, roundId: string, all = false) {
  let q = db
    .selectFrom('roundRespondents as r')
    .leftJoin('organisations as o', 'o.id', 'r.organisationId')
    .select([
      'r.id',
      'r.displayName',
      'r.mode',
      'r.submittedAt',
      'o.nameFi as organisationName',
      'o.municipalityCode',
      'o.kind as organisationKind',
    ])
    .where('r.roundId', '=', roundId)
    .orderBy('r.displayName')
    .orderBy('r.id');
  if (!all) q = q.where('r.submittedAt', 'is not', null);
  return q.execute();
}

/** Answers of the round's respondents (the submitted unless `all`), optionally of some questions only. */
export async function answersOf(
  db: Database,
  roundId: string,
  options: { all?: boolean; keys?: string[] } = {},
) {
  if (options.keys?.length === 0) return [];
  let q = db
    .selectFrom('roundAnswers as a')
    .innerJoin('roundRespondents as r', 'r.id', 'a.respondentId')
    .select(['a.respondentId', 'a.questionKey', 'a.value'])
    .where('r.roundId', '=', roundId);
  if (!options.all) q = q.where('r.submittedAt', 'is not', null);
  if (options.keys) q = q.where('a.questionKey', 'in', options.keys);
  return q.execute();
}

/** The names of competences of the vocabulary that the caller may read. */
export async function competenceLabels(db: Database, caller: Caller, ids: string[]) {
  if (ids.length === 0) return new Map<string, { fi: string; sv: string | null; en: string | null }>();
  const rows = await applyVisibility(
    db.selectFrom('competences').select(['id', 'nameFi', 'nameSv', 'nameEn']),
    caller,
  )
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { fi: r.nameFi, sv: r.nameSv, en: r.nameEn }]));
}

/** The names of organisations that the caller may read. */
export async function organisationLabels(db: Database, caller: Caller, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await applyVisibility(db.selectFrom('organisations').select(['id', 'nameFi']), caller)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.nameFi]));
}

export function municipalityNames(db: Database, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('municipalities')
    .select(['code', 'nameFi', 'nameSv'])
    .where('code', 'in', codes)
    .execute();
}
