import type { TFunction } from 'i18next';
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
  if (naming && 'field' in naming) {
    const own = record[naming.field] ?? (naming.fallback ? record[naming.fallback] : undefined);
    if (typeof own === 'string' && own.trim() !== '') {
      const text = own.length > SHORT ? `${own.slice(0, SHORT)}…` : own;
      return { text, lang };
    }
  }
  return { text: label(t, 'entityOne', path), lang };
}

/** The page of a record: organisations and networks have their own, the rest the generic one. */
export const recordPath = (lang: Lang, path: string, id: string) => `/${lang}/${path}/${id}`;
