import { loadReference } from '../../shared/reference';
import { isPictureScope, loadPicture, type Picture, type PictureScope } from './api';
import { loadDivisions } from './names';

/** A prefetched picture older than this is asked for again: the page may have been left meanwhile. */
const FRESH_MS = 10_000;

type Started = { key: string; at: number; picture: Promise<Picture> };
let started: Started | null = null;
const isFresh = (s: Started) => Date.now() - s.at < FRESH_MS;

/**
 * Starts a picture page's request for its picture as soon as its address is known, while the page's code
 * is still on its way. The page takes the picture from here instead of asking again, so neither waits
 * for the other.
 */
export function prefetchPicture(scope: string | undefined, id: string | undefined) {
  if (!isPictureScope(scope) || !id) return;
  const key = `${scope}/${id}`;
  if (started?.key === key && isFresh(started)) return;
  const picture = loadPicture(scope, id);
  picture.catch(() => undefined); // the page shows the error when it takes the answer
  started = { key, at: Date.now(), picture };
}

/** The names of the codes a picture carries (places, industries), asked for with the picture. */
export function prefetchPictureNames() {
  loadReference().catch(() => undefined);
  loadDivisions().catch(() => undefined);
}

/** The picture prefetched for this page, once and while fresh; otherwise a new request. */
export function takePicture(scope: PictureScope, id: string, signal: AbortSignal): Promise<Picture> {
  const prefetched = started;
  started = null;
  if (prefetched?.key === `${scope}/${id}` && isFresh(prefetched)) return prefetched.picture;
  return loadPicture(scope, id, signal);
}

const PICTURE_PATH = /^\/(?:fi|sv|en)\/pictures\/([^/]+)\/([^/]+)\/?$/;

/** When the address is a picture page's: its picture and names, asked for before the app's code runs. */
export function prefetchPictureOf(pathname: string) {
  const match = PICTURE_PATH.exec(pathname);
  if (!match) return;
  prefetchPicture(match[1], decodeURIComponent(match[2]!));
  prefetchPictureNames();
}
