/** Public pages: the SQL only; the service decides who may read and write. */
import { sql } from 'kysely';
import type { PublicContact } from '../../../domain/public-pages.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

const PAGE_COLUMNS = [
  'p.id',
  'p.workspaceId',
  'p.municipalityCode',
  'p.ecosystemId',
  'p.networkId',
  'p.path',
  'p.introFi',
  'p.introSv',
  'p.introEn',
  'p.contacts',
  'p.publishedAt',
  'p.publishedBy',
  'p.createdAt',
  'p.updatedAt',
  'p.updatedBy',
] as const;

/** A page with the names of what it stands for and how many stories it has. */
function pages(db: Database) {
  return db
    .selectFrom('publicPages as p')
    .leftJoin('municipalities as m', 'm.code', 'p.municipalityCode')
    .leftJoin('ecosystems as e', 'e.id', 'p.ecosystemId')
    .leftJoin('networks as n', 'n.id', 'p.networkId')
    .select((eb) => [
      ...PAGE_COLUMNS,
      eb.fn.coalesce('m.nameFi', 'e.nameFi', 'n.nameFi').as('scopeNameFi'),
      eb.fn.coalesce('m.nameSv', 'e.nameSv', 'n.nameSv').as('scopeNameSv'),
      eb.fn.coalesce('e.nameEn', 'n.nameEn').as('scopeNameEn'),
      eb
        .selectFrom('publicStories as s')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('s.publicPageId', '=', 'p.id')
        .as('storyCount'),
    ]);
}

export type PageRow = {
  id: string;
  workspaceId: string;
  municipalityCode: string | null;
  ecosystemId: string | null;
  networkId: string | null;
  path: string;
  introFi: string | null;
  introSv: string | null;
  introEn: string | null;
  contacts: unknown;
  publishedAt: Date | null;
  publishedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
  scopeNameFi: string | null;
  scopeNameSv: string | null;
  scopeNameEn: string | null;
  storyCount: number;
};

const asPage = (r: Record<string, unknown>) => ({ ...r, storyCount: Number(r.storyCount ?? 0) }) as PageRow;

/**
 * The pages the caller may see: every published page (public anyway) and the drafts of the caller's
 * workspaces; admins see all. By path.
 */
export async function listPages(db: Database, caller: Caller) {
  let q = pages(db).orderBy('p.path');
  const own = [...caller.workspaces.keys()];
  if (!caller.isAdmin)
    q = q.where((eb) =>
      eb.or([eb('p.publishedAt', 'is not', null), ...(own.length ? [eb('p.workspaceId', 'in', own)] : [])]),
    );
  return (await q.execute()).map(asPage);
}

export async function findPage(db: Database, id: string, lock = false) {
  if (!isUuid(id)) return undefined;
  let q = pages(db).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  const row = await q.executeTakeFirst();
  return row ? asPage(row) : undefined;
}

export async function pathTaken(db: Database, path: string, exceptId?: string) {
  let q = db.selectFrom('publicPages').select('id').where('path', '=', path);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export type PageScope = { municipalityCode?: string; ecosystemId?: string; networkId?: string };

/** The page that already stands for this town, ecosystem or network. */
export async function pageOfScope(db: Database, scope: PageScope) {
  let q = db.selectFrom('publicPages').select('path');
  if (scope.municipalityCode) q = q.where('municipalityCode', '=', scope.municipalityCode);
  else if (scope.ecosystemId) q = q.where('ecosystemId', '=', scope.ecosystemId);
  else q = q.where('networkId', '=', scope.networkId ?? null);
  return (await q.executeTakeFirst())?.path;
}

export const findMunicipality = (db: Database, code: string) =>
  db.selectFrom('municipalities').select(['code', 'nameFi']).where('code', '=', code).executeTakeFirst();

export async function findEcosystem(db: Database, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('ecosystems as e')
    .select((eb) => [
      'e.id',
      'e.slug',
      'e.workspaceId',
      'e.visibility',
      eb
        .selectFrom('municipalities as m')
        .select('m.nameFi')
        .where('m.code', '=', sql<string>`e.municipality_codes[1]`)
        .as('townName'),
    ])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

export async function findNetwork(db: Database, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('networks')
    .select(['id', 'slug', 'workspaceId', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertPage(
  db: Database,
  values: PageScope & { workspaceId: string; path: string },
  by: string,
) {
  return db
    .insertInto('publicPages')
    .values({ ...values, createdBy: by, updatedBy: by })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export type PageChange = {
  path?: string;
  introFi?: string | null;
  introSv?: string | null;
  introEn?: string | null;
  contacts?: PublicContact[];
};

export async function updatePage(db: Database, id: string, change: PageChange, by: string) {
  const { contacts, ...rest } = change;
  await db
    .updateTable('publicPages')
    .set({
      ...rest,
      ...(contacts ? { contacts: JSON.stringify(contacts) } : {}),
      updatedAt: sql`now()`,
      updatedBy: by,
    })
    .where('id', '=', id)
    .execute();
}

/** Published now by `by`, or back to a draft (who published it last goes with it). */
export async function setPublished(db: Database, id: string, at: Date | null, by: string) {
  await db
    .updateTable('publicPages')
    .set({ publishedAt: at, publishedBy: at ? by : null, updatedAt: sql`now()`, updatedBy: by })
    .where('id', '=', id)
    .execute();
}
