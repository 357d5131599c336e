/** A public page's stories and their images: the SQL only. */
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../resources/repository.js';

const STORY_COLUMNS = [
  'id',
  'publicPageId',
  'titleFi',
  'titleSv',
  'titleEn',
  'bodyFi',
  'bodySv',
  'bodyEn',
  'imageType',
  'imageAltFi',
  'imageAltSv',
  'imageAltEn',
  'publishedOn',
  'example',
  'createdAt',
  'updatedAt',
] as const;

export type StoryText = {
  titleFi: string;
  titleSv?: string | null;
  titleEn?: string | null;
  bodyFi: string;
  bodySv?: string | null;
  bodyEn?: string | null;
  publishedOn?: string | null;
};

/** The page's stories, newest first (undated last), without their image bytes. */
export const listStories = (db: Database, pageId: string) =>
  db
    .selectFrom('publicStories')
    .select(STORY_COLUMNS)
    .where('publicPageId', '=', pageId)
    .orderBy(sql`published_on desc nulls last`)
    .orderBy('createdAt', 'desc')
    .execute();

export type StoryRow = Awaited<ReturnType<typeof listStories>>[number];

export async function findStory(db: Database, pageId: string, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('publicStories')
    .select(STORY_COLUMNS)
    .where('publicPageId', '=', pageId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export const insertStory = (db: Database, pageId: string, story: StoryText, by: string) =>
  db
    .insertInto('publicStories')
    .values({ ...story, publicPageId: pageId, createdBy: by, updatedBy: by })
    .returning('id')
    .executeTakeFirstOrThrow();

export async function updateStory(db: Database, id: string, change: Partial<StoryText>, by: string) {
  await db
    .updateTable('publicStories')
    .set({ ...change, updatedAt: sql`now()`, updatedBy: by })
    .where('id', '=', id)
    .execute();
}

export async function deleteStory(db: Database, id: string) {
  await db.deleteFrom('publicStories').where('id', '=', id).execute();
}

export type StoryImage = {
  image: Buffer;
  imageType: string;
  imageAltFi: string;
  imageAltSv: string | null;
  imageAltEn: string | null;
};
const NO_IMAGE = { image: null, imageType: null, imageAltFi: null, imageAltSv: null, imageAltEn: null };

/** The story's image and its alt texts, or none (null). */
export async function setImage(db: Database, id: string, image: StoryImage | null, by: string) {
  await db
    .updateTable('publicStories')
    .set({ ...(image ?? NO_IMAGE), updatedAt: sql`now()`, updatedBy: by })
    .where('id', '=', id)
    .execute();
}

export const readImage = (db: Database, id: string) =>
  db
    .selectFrom('publicStories')
    .select(['image', 'imageType', 'updatedAt'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Pages are touched by a change to their stories, so the public page's ETag moves with them. */
export async function touchPage(db: Database, pageId: string, by: string) {
  await db
    .updateTable('publicPages')
    .set({ updatedAt: sql`now()`, updatedBy: by })
    .where('id', '=', pageId)
    .execute();
}
