import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export const competenceById = (db: Database, id: string) =>
  db
    .selectFrom('competences')
    .select(['id', 'slug', 'nameFi', 'isTheme', 'themeId', 'workspaceId'])
    .where('id', '=', id)
    .executeTakeFirst();

/** The vocabulary as the caller may read it: small enough (hundreds of terms) to compare in memory. */
export const visibleVocabulary = (db: Database, caller: Caller) =>
  applyVisibility(
    db.selectFrom('competences').select(['id', 'slug', 'nameFi', 'nameSv', 'nameEn', 'isTheme']),
    caller,
  ).execute();

/**
 * Offers and needs of `from` go to `into`; one that `into` already has for the same organisation and
 * direction is dropped rather than doubled. Returns how many moved and how many were dropped.
 */
export async function moveOrganisationCompetences(trx: Database, from: string, into: string) {
  const dropped = await trx
    .deleteFrom('organisationCompetences as oc')
    .where('oc.competenceId', '=', from)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('organisationCompetences as kept')
          .select(eb.lit(1).as('one'))
          .where('kept.competenceId', '=', into)
          .whereRef('kept.organisationId', '=', 'oc.organisationId')
          .whereRef('kept.direction', '=', 'oc.direction'),
      ),
    )
    .executeTakeFirst();
  const moved = await trx
    .updateTable('organisationCompetences')
    .set((eb) => ({ competenceId: into, updatedAt: eb.fn<Date>('now') }))
    .where('competenceId', '=', from)
    .executeTakeFirst();
  return { moved: Number(moved.numUpdatedRows), dropped: Number(dropped.numDeletedRows) };
}

/** The competences under theme `from` stand under `to` (or under no theme). */
export async function moveThemeChildren(trx: Database, from: string, to: string | null) {
  await trx.updateTable('competences').set({ themeId: to }).where('themeId', '=', from).execute();
}

export async function deleteCompetence(trx: Database, id: string) {
  await trx.deleteFrom('competences').where('id', '=', id).execute();
}
