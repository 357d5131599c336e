import type { Insertable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Workspaces } from '../../db/schema.js';

const COLUMNS = ['id', 'slug', 'nameFi', 'nameSv', 'nameEn', 'organisationId'] as const;

export const listWorkspaces = (db: Database) =>
  db.selectFrom('workspaces').select(COLUMNS).orderBy('nameFi').execute();

export const insertWorkspace = (db: Database, values: Insertable<Workspaces>) =>
  db.insertInto('workspaces').values(values).returning(COLUMNS).executeTakeFirstOrThrow();
