import type { Picture } from '../analysis/picture.schema.js';
import { word, type Language } from './labels.js';

type LqTable = Picture['specialisation']['organisations'];

/** What a specialisation table compares with, said in full: Finland (source, year) or Solmu's actors. */
export function baselineText(t: LqTable, lang: Language): string {
  if (t.baseline === 'solmu') return word('baselineSolmu', lang);
  const detail = [t.source, t.year === null ? null : `${word('year', lang)} ${t.year}`].filter(Boolean);
  return [word('baselineFinland', lang), ...(detail.length ? [`(${detail.join(', ')})`] : [])].join(' ');
}
