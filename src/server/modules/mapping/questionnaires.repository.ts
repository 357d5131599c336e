import type { Database } from '../../db/database.js';

/** The content of one version of a questionnaire, as stored (checked by the domain when read). */
export async function versionContent(db: Database, questionnaireId: string, version: number) {
  const row = await db
    .selectFrom('questionnaireVersions')
    .select('content')
    .where('questionnaireId', '=', questionnaireId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.content;
}

/** The latest version number, locked so that two editors never write the same next version. */
export async function latestVersionForUpdate(db: Database, questionnaireId: string) {
  const row = await db
    .selectFrom('questionnaires')
    .select('latestVersion')
    .where('id', '=', questionnaireId)
    .forUpdate()
    .executeTakeFirst();
  return row?.latestVersion;
}

/** Whether a round has used this version: then it is answered, and never changed again. */
export async function versionInUse(db: Database, questionnaireId: string, version: number) {
  const row = await db
    .selectFrom('mappingRounds')
    .select('id')
    .where('questionnaireId', '=', questionnaireId)
    .where('version', '=', version)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function writeVersion(
  db: Database,
  row: { questionnaireId: string; version: number; content: unknown; actor: string },
) {
  const content = JSON.stringify(row.content);
  await db
    .insertInto('questionnaireVersions')
    .values({ questionnaireId: row.questionnaireId, version: row.version, content, createdBy: row.actor })
    .onConflict((oc) => oc.columns(['questionnaireId', 'version']).doUpdateSet({ content }))
    .execute();
  await db
    .updateTable('questionnaires')
    .set({ latestVersion: row.version, updatedBy: row.actor, updatedAt: new Date() })
    .where('id', '=', row.questionnaireId)
    .execute();
}
