/** The SQL of fitting calls: open calls, the vocabulary's themes, ecosystems and organisations' offers. */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export async function vocabularyThemes(db: Database, caller: Caller) {
  const rows = await applyVisibility(
    db
      .selectFrom('competences')
      .select(['id', 'slug', 'nameFi', 'nameSv', 'nameEn'])
      .where('isTheme', '=', true),
    caller,
  ).execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, fi: r.nameFi, sv: r.nameSv, en: r.nameEn }));
}

/** Calls the caller may read whose deadline is still ahead. */
export async function openCalls(db: Database, caller: Caller, now: Date) {
  return applyVisibility(
    db
      .selectFrom('fundingCalls')
      .select([
        'id',
        'titleFi',
        'titleSv',
        'titleEn',
        'programme',
        'themes',
        'rules',
        'opensOn',
        'deadlineAt',
        'url',
        'source',
      ]),
    caller,
  )
    .where('deadlineAt', '>', now)
    .execute();
}

export type OpenCallRow = Awaited<ReturnType<typeof openCalls>>[number];

const ecosystemColumns = ['id', 'nameFi', 'nameSv', 'nameEn', 'themes'] as const;

/** The ecosystems kept in the caller's own workspaces. */
export async function ecosystemsOf(db: Database, caller: Caller) {
  const own = [...caller.workspaces.keys()];
  if (own.length === 0) return [];
  return db
    .selectFrom('ecosystems')
    .select(ecosystemColumns)
    .where('workspaceId', 'in', own)
    .orderBy('nameFi')
    .execute();
}

export async function visibleEcosystem(db: Database, caller: Caller, id: string) {
  return applyVisibility(db.selectFrom('ecosystems').select(ecosystemColumns), caller)
    .where('id', '=', id)
    .executeTakeFirst();
}

export type EcosystemRow = NonNullable<Awaited<ReturnType<typeof visibleEcosystem>>>;

export async function visibleOrganisations(db: Database, caller: Caller, ids: readonly string[]) {
  return applyVisibility(db.selectFrom('organisations').select(['id', 'kind']), caller)
    .where('id', 'in', ids)
    .execute();
}

/** The themes each organisation offers competence in: a theme itself, or the theme of a competence. */
export async function offeredThemeIds(db: Database, caller: Caller, ids: readonly string[]) {
  return applyVisibility(
    db
      .selectFrom('organisationCompetences as oc')
      .innerJoin('competences as c', 'c.id', 'oc.competenceId')
      .select((eb) => [
        'oc.organisationId',
        eb.fn
          .coalesce(eb.case().when('c.isTheme', '=', true).then(eb.ref('c.id')).end(), eb.ref('c.themeId'))
          .as('themeId'),
      ]),
    caller,
    'oc',
  )
    .where('oc.organisationId', 'in', ids)
    .where('oc.direction', '=', 'offer')
    .execute();
}
