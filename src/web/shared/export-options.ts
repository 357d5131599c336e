import type { MapMeasure } from '../../domain/network-style';
import { api } from '../api/client';
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
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export function tableUrl(entity: string, format: TableFormat): string {
  if (format === 'csvSemicolon')
    return api.url('/exports/{file}', { path: { file: `${entity}.csv` }, query: { delimiter: 'semicolon' } });
  return api.url('/exports/{file}', { path: { file: `${entity}.${format}` } });
}

export const networkUrl = (format: NetworkFormat, scope: NetworkScope, id: string, sizeBy: MapMeasure) =>
  api.url(`/exports/network.${format}`, { query: { scope, id, sizeBy } });

export const calendarUrl = (lang: (typeof CALENDAR_LANGS)[number]) =>
  api.url('/exports/events.ics', { query: { lang } });

export type Target = { id: string; name: string };

/** What a network export can be of, for the chosen kind of scope, in the page's language. */
export async function loadTargets(scope: NetworkScope, reference: Reference | null, lang: Lang) {
  if (scope === 'municipality')
    return (reference?.municipalities ?? [])
      .filter((m) => m.isActive)
      .map((m) => ({ id: m.code, name: placeName(m, lang) }));
  if (scope === 'region')
    return (reference?.regions ?? []).map((r) => ({ id: r.code, name: placeName(r, lang) }));
  const records = await api.getAll(scope === 'network' ? '/networks' : '/ecosystems', {
    query: { sort: 'nameFi' },
  });
  return records.map((r) => ({ id: r.id, name: localized(r, 'name', lang).text }));
}
