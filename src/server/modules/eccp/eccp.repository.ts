/** The ECCP profile's reads: an ecosystem, its members, their needs, its page's contacts, the themes. */
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

const NAMES = ['nameFi', 'nameSv', 'nameEn'] as const;

/** The ecosystem by id or slug, whoever may read it (the service applies the rule, audited). */
export function ecosystem(db: Database, idOrSlug: string) {
  const q = db
    .selectFrom('ecosystems')
    .select([
      'id',
      'slug',
      'workspaceId',
      'visibility',
      ...NAMES,
      'descriptionFi',
      'descriptionSv',
      'descriptionEn',
      'themes',
      'municipalityCodes',
    ]);
  return (
    isUuid(idOrSlug) ? q.where('id', '=', idOrSlug) : q.where('slug', '=', idOrSlug)
  ).executeTakeFirst();
}

/** The members the caller may see: the membership and the organisation both visible. */
export function members(db: Database, caller: Caller, ecosystemId: string) {
  return applyVisibility(
    applyVisibility(
      db
        .selectFrom('ecosystemMembers as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisationId')
        .select([
          'o.id',
          'o.nameFi',
          'o.nameSv',
          'o.nameEn',
          'o.kind',
          'o.sizeClass',
          'o.tolCode',
          'o.website',
          'm.role',
        ])
        .where('m.ecosystemId', '=', ecosystemId)
        .orderBy('o.nameFi'),
      caller,
      'm',
    ),
    caller,
    'o',
  ).execute();
}

/** The organisation of a workspace, when the caller may see it. */
export function workspaceOrganisation(db: Database, caller: Caller, workspaceId: string) {
  return applyVisibility(
    db
      .selectFrom('workspaces as w')
      .innerJoin('organisations as o', 'o.id', 'w.organisationId')
      .select(['o.id', 'o.nameFi', 'o.nameSv', 'o.nameEn', 'o.website'])
      .where('w.id', '=', workspaceId),
    caller,
    'o',
  ).executeTakeFirst();
}

/** The competences the organisations need, as far as the caller may see the need and the competence. */
export async function needs(db: Database, caller: Caller, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return applyVisibility(
    applyVisibility(
      db
        .selectFrom('organisationCompetences as oc')
        .innerJoin('competences as c', 'c.id', 'oc.competenceId')
        .select(['c.nameFi', 'c.nameSv', 'c.nameEn'])
        .where('oc.direction', '=', 'need')
        .where('oc.organisationId', 'in', organisationIds),
      caller,
      'oc',
    ),
    caller,
    'c',
  ).execute();
}

/** The themes of the vocabulary the caller may see. */
export function themeVocabulary(db: Database, caller: Caller) {
  return applyVisibility(
    db
      .selectFrom('competences')
      .select(['slug', 'nameFi as fi', 'nameSv as sv', 'nameEn as en'])
      .where('isTheme', '=', true),
    caller,
  ).execute();
}

/** The ecosystem's public page: its contacts, whether it is published and whose it is. */
export function publicPage(db: Database, ecosystemId: string) {
  return db
    .selectFrom('publicPages')
    .select(['workspaceId', 'publishedAt', 'contacts'])
    .where('ecosystemId', '=', ecosystemId)
    .executeTakeFirst();
}
