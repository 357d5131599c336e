import { getAll, query } from '../api/client';
import { localized } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { placeName, type Reference } from './reference';

/** The tables offered for download (every resource can be exported; these are the ones people ask for). */
export const TABLE_ENTITIES = [
  'organisations',
  'people',
  'relations',
  'competences',
  'organisation-competences',
  'ecosystems',
  'networks',
  'projects',
  'funding-calls',
  'events',
] as const;
export const TABLE_FORMATS = ['csv', 'csvSemicolon', 'xlsx', 'json'] as const;
export const NETWORK_SCOPES = ['network', 'ecosystem', 'municipality', 'region'] as const;
export const NETWORK_FORMATS = ['gexf', 'graphml'] as const;
export const CALENDAR_LANGS = ['fi', 'sv', 'en'] as const;

export type TableFormat = (typeof TABLE_FORMATS)[number];
export type NetworkScope = (typeof NETWORK_SCOPES)[number];

const BASE = '/api/v1/exports';

export function tableUrl(entity: string, format: TableFormat): string {
  if (format === 'csvSemicolon') return `${BASE}/${entity}.csv${query({ delimiter: 'semicolon' })}`;
  return `${BASE}/${entity}.${format}`;
}

export const networkUrl = (format: string, scope: NetworkScope, id: string) =>
  `${BASE}/network.${format}${query({ scope, id })}`;

export const calendarUrl = (lang: string) => `${BASE}/events.ics${query({ lang })}`;

export type Target = { id: string; name: string };

type Named = { id: string; slug?: string; nameFi: string; nameSv?: string | null; nameEn?: string | null };

/** What a network export can be of, for the chosen kind of scope, in the page's language. */
export async function loadTargets(scope: NetworkScope, reference: Reference | null, lang: Lang) {
  if (scope === 'municipality')
    return (reference?.municipalities ?? [])
      .filter((m) => m.isActive)
      .map((m) => ({ id: m.code, name: placeName(m, lang) }));
  if (scope === 'region')
    return (reference?.regions ?? []).map((r) => ({ id: r.code, name: placeName(r, lang) }));
  const records = await getAll<Named>(scope === 'network' ? '/networks' : '/ecosystems', { sort: 'nameFi' });
  return records.map((r) => ({ id: r.id, name: localized(r, 'name', lang).text }));
}
