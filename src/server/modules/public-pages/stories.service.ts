/**
 * A public page's stories: short articles with an optional image the town writes. Read as the page is,
 * written by its workspace's editors; every write touches the page and is audited in one transaction.
 */
import type { Caller } from '../../auth/caller.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { imageTypeOf, MAX_IMAGE_BYTES } from './image-type.js';
import { readablePage, writablePage } from './public-pages.access.js';
import { findPage, type PageRow } from './public-pages.repository.js';
import { logged } from './public-pages.service.js';
import * as repo from './stories.repository.js';

export type ImageUpload = { bytes: Uint8Array; altFi: string; altSv?: string; altEn?: string };

async function readableStory(db: Database, caller: Caller, pageId: string, storyId: string) {
  const page = await readablePage(db, caller, await findPage(db, pageId));
  const story = await repo.findStory(db, page.id, storyId);
  if (!story) throw notFound('Story');
  return { page, story };
}

export async function listStories(db: Database, caller: Caller, pageId: string) {
  const page = await readablePage(db, caller, await findPage(db, pageId));
  return repo.listStories(db, page.id);
}

export async function readStory(db: Database, caller: Caller, pageId: string, storyId: string) {
  return (await readableStory(db, caller, pageId, storyId)).story;
}

/** A write to the page's stories: the page locked and writable, touched, the change audited. */
function storyWrite<T>(
  db: Database,
  caller: Caller,
  pageId: string,
  now: Date,
  write: (trx: Database, page: PageRow) => Promise<{ result: T; detail: Record<string, unknown> }>,
) {
  return inTransaction(db, async (trx) => {
    const page = await writablePage(trx, caller, await findPage(trx, pageId, true), 'update');
    const { result, detail } = await write(trx, page);
    await repo.touchPage(trx, page.id, caller.label);
    await logged(trx, caller, 'update', page, now, detail);
    return result;
  });
}

const storyOf = async (trx: Database, pageId: string, storyId: string) => {
  const story = await repo.findStory(trx, pageId, storyId);
  if (!story) throw notFound('Story');
  return story;
};

export const createStory = (db: Database, caller: Caller, pageId: string, text: repo.StoryText, now: Date) =>
  storyWrite(db, caller, pageId, now, async (trx) => {
    const { id } = await repo.insertStory(trx, pageId, text, caller.label);
    return { result: id, detail: { story: id, action: 'create' } };
  });

export const updateStory = (
  db: Database,
  caller: Caller,
  ids: { pageId: string; storyId: string },
  change: Partial<repo.StoryText>,
  now: Date,
) =>
  storyWrite(db, caller, ids.pageId, now, async (trx) => {
    await storyOf(trx, ids.pageId, ids.storyId);
    await repo.updateStory(trx, ids.storyId, change, caller.label);
    return { result: ids.storyId, detail: { story: ids.storyId, fields: Object.keys(change) } };
  });

export const deleteStory = (
  db: Database,
  caller: Caller,
  ids: { pageId: string; storyId: string },
  now: Date,
) =>
  storyWrite(db, caller, ids.pageId, now, async (trx) => {
    await storyOf(trx, ids.pageId, ids.storyId);
    await repo.deleteStory(trx, ids.storyId);
    return { result: ids.storyId, detail: { story: ids.storyId, action: 'delete' } };
  });

const badImage = (message: string, status: 400 | 413 = 400) =>
  new AppError(status, status === 413 ? 'too_large' : 'invalid_image', message, [{ path: 'file', message }]);

/** The image's kind from its bytes; more than 2 MiB, or not a JPEG, PNG or WebP, is refused. */
function checkedImage(upload: ImageUpload) {
  if (upload.bytes.byteLength === 0) throw badImage('The file is empty');
  if (upload.bytes.byteLength > MAX_IMAGE_BYTES) throw badImage('The image is larger than 2 MB', 413);
  const type = imageTypeOf(upload.bytes);
  if (!type) throw badImage('The file is not a JPEG, PNG or WebP image');
  return {
    image: Buffer.from(upload.bytes),
    imageType: type,
    imageAltFi: upload.altFi,
    imageAltSv: upload.altSv ?? null,
    imageAltEn: upload.altEn ?? null,
  };
}

export const setImage = (
  db: Database,
  caller: Caller,
  ids: { pageId: string; storyId: string },
  upload: ImageUpload | null,
  now: Date,
) =>
  storyWrite(db, caller, ids.pageId, now, async (trx) => {
    const image = upload && checkedImage(upload);
    await storyOf(trx, ids.pageId, ids.storyId);
    await repo.setImage(trx, ids.storyId, image, caller.label);
    const detail = { story: ids.storyId, image: image ? image.imageType : 'removed' };
    return { result: ids.storyId, detail };
  });

export async function readImage(db: Database, caller: Caller, pageId: string, storyId: string) {
  const { story } = await readableStory(db, caller, pageId, storyId);
  const found = await repo.readImage(db, story.id);
  if (!found?.image || !found.imageType) throw notFound('Image');
  return { bytes: found.image, type: found.imageType, updatedAt: found.updatedAt };
}
