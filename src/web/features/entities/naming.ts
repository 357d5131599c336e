import type { TFunction } from 'i18next';
import { records, type ResourcePath, type ResourceRecord } from '../../api/client';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { ORGANISATION_NAMING, uiOf } from './resources';

export type Rec = Record<string, unknown> & { id: string };

const SHORT = 80;

/** A record's name in the page's language; `lang` is the language the text is in (a fallback is Finnish). */
export function recordName(
  t: TFunction,
  path: string,
  record: Rec,
  lang: Lang,
): { text: string; lang: Lang } {
  const naming = path === 'organisations' ? ORGANISATION_NAMING : uiOf(path)?.naming;
  if (naming && 'localized' in naming) return localized(record, naming.localized, lang);
  if (naming) {
    const own = record[naming.field] ?? (naming.fallback ? record[naming.fallback] : undefined);
    if (typeof own === 'string' && own.trim() !== '') {
      const text = own.length > SHORT ? `${own.slice(0, SHORT)}…` : own;
      return { text, lang };
    }
  }
  return { text: label(t, 'entityOne', path), lang };
}

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
}

/** The page of a record: organisations and networks have their own, the rest the generic one. */
export const recordPath = (lang: Lang, path: string, id: string) => `/${lang}/${path}/${id}`;

/** A resource's name inside a sentence ("Add project", "Lisää hanke"). */
export const entityWord = (t: TFunction, path: string, lang: Lang) =>
  label(t, 'entityOne', path).toLocaleLowerCase(lang);
