/**
 * Records by id, read once and shared by every cell, picker and page that names them, and the word for a
 * resource in a sentence: what the entity pages, events and strategies all use.
 */
import type { TFunction } from 'i18next';
import { records, type ResourcePath, type ResourceRecord } from '../api/client';
import { label } from '../i18n/dynamic';
import type { Lang } from '../i18n/lang';
import { forgetThemes } from './themes';

type Cache = { [N in ResourcePath]?: Map<string, Promise<ResourceRecord<N> | null>> };
let cache: Cache = {};

/** One record by id, shared by every cell and picker that names it; null when it is gone or hidden. */
export function fetchRecord<N extends ResourcePath>(path: N, id: string): Promise<ResourceRecord<N> | null> {
  const known: NonNullable<Cache[N]> = (cache[path] ??= new Map());
  let found = known.get(id);
  if (!found) {
    found = records.read(path, id).catch(() => null);
    known.set(id, found);
  }
  return found;
}

/** After a save or a delete names may have changed: read them again. */
export function forgetRecords() {
  cache = {};
  forgetThemes();
}

/** A record the caller may not see (or that was deleted) is left out instead of failing the page. */
export const maybe = <N extends ResourcePath>(path: N, id: string | null | undefined) =>
  id ? fetchRecord(path, id) : Promise.resolve(null);

/** A resource's name inside a sentence ("Add project", "Lisää hanke"). */
export const entityWord = (t: TFunction, path: string, lang: Lang) =>
  label(t, 'entityOne', path).toLocaleLowerCase(lang);
