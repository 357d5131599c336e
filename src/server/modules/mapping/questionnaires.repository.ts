import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
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
    // A version no round has used may be written over; its time changes with it, so a cache of read
    // versions keyed by that time never serves the old content.
    .onConflict((oc) =>
      oc.columns(['questionnaireId', 'version']).doUpdateSet({ content, createdAt: new Date() }),
    )
    .execute();
  await db
    .updateTable('questionnaires')
    .set({ latestVersion: row.version, updatedBy: row.actor, updatedAt: new Date() })
    .where('id', '=', row.questionnaireId)
    .execute();
}

/** The fields of a questionnaire that its editors write (the content is written by version). */
export type QuestionnaireFields = {
  visibility?: string;
  nameFi?: string;
  nameSv?: string | null;
  nameEn?: string | null;
  descriptionFi?: string | null;
  descriptionSv?: string | null;
  descriptionEn?: string | null;
  privacyNoticeFi?: string | null;
  privacyNoticeSv?: string | null;
  privacyNoticeEn?: string | null;
  lawfulBasis?: string;
};

export function questionnaireById(db: Database, id: string, lock = false) {
  let q = db.selectFrom('questionnaires').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type QuestionnaireRow = NonNullable<Awaited<ReturnType<typeof questionnaireById>>>;

export function visibleQuestionnaires(db: Database, caller: Caller) {
  return applyVisibility(db.selectFrom('questionnaires').selectAll(), caller)
    .orderBy('nameFi')
    .orderBy('id')
    .limit(1000)
    .execute();
}

export function insertQuestionnaire(
  db: Database,
  row: QuestionnaireFields & { nameFi: string; workspaceId: string; actor: string },
) {
  const { actor, ...fields } = row;
  return db
    .insertInto('questionnaires')
    .values({ ...fields, createdBy: actor, updatedBy: actor })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateQuestionnaire(db: Database, id: string, fields: QuestionnaireFields, actor: string) {
  return db
    .updateTable('questionnaires')
    .set({ ...fields, updatedBy: actor, updatedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteQuestionnaire(db: Database, id: string) {
  await db.deleteFrom('questionnaires').where('id', '=', id).execute();
}

/** Every version with when it was written and how many rounds ask it. */
export function versionsOf(db: Database, questionnaireId: string) {
  return db
    .selectFrom('questionnaireVersions as v')
    .leftJoin('mappingRounds as m', (j) =>
      j.onRef('m.questionnaireId', '=', 'v.questionnaireId').onRef('m.version', '=', 'v.version'),
    )
    .select((eb) => ['v.version', 'v.createdAt', eb.fn.count<string>('m.id').as('roundCount')])
    .where('v.questionnaireId', '=', questionnaireId)
    .groupBy(['v.version', 'v.createdAt'])
    .orderBy('v.version')
    .execute();
}

/** How many rounds ask some version of the questionnaire: it cannot go while they do. */
export async function roundCount(db: Database, questionnaireId: string) {
  const row = await db
    .selectFrom('mappingRounds')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('questionnaireId', '=', questionnaireId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
