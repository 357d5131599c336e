/** Texts of records in the page's language, falling back to Finnish (marked so). */
import type { Lang } from './labels.js';
import type { Localised } from './site.model.js';

type Named = { nameFi: string; nameSv: string | null; nameEn: string | null };
const SUFFIX = { fi: 'Fi', sv: 'Sv', en: 'En' } as const;

/** A record's text in the language, or its Finnish text marked as Finnish. */
export function localised<R>(row: R, field: string, lang: Lang): Localised | null {
  const r = row as Record<string, unknown>;
  const own = r[`${field}${SUFFIX[lang]}`];
  if (typeof own === 'string' && own.trim()) return { text: own, lang };
  const fi = r[`${field}Fi`];
  return typeof fi === 'string' && fi.trim() ? { text: fi, lang: 'fi' } : null;
}

export const nameIn = (row: Named, lang: Lang) => localised(row, 'name', lang)?.text ?? row.nameFi;
