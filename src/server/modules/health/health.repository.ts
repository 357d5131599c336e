import type { Database } from '../../db/database.js';

/** The database server's version; throws when the database cannot be reached. */
export async function serverVersion(db: Database): Promise<string | null> {
  const row = await db
    .selectNoFrom((eb) => eb.fn<string>('current_setting', [eb.val('server_version')]).as('v'))
    .executeTakeFirst();
  return row?.v ?? null;
}

/** The migrator's own table (`solmu_migrations`), not part of the generated schema. */
type Applied = { solmuMigrations: { name: string } };

/** The newest migration applied to the database; throws when it cannot be reached or has none. */
export async function latestAppliedMigration(db: Database): Promise<string | null> {
  const row = await db
    .withTables<Applied>()
    .selectFrom('solmuMigrations')
    .select((eb) => eb.fn.max('name').as('latest'))
    .executeTakeFirst();
  return row?.latest ?? null;
}
