import type { SearchQuery } from './api';

/** The search as the page address holds it, so other screens can link to a ready search. */
export const ADDRESS_KEYS = [
  'competenceId',
  'q',
  'fromOrganisationId',
  'fromEcosystemId',
  'scope',
  'scopeId',
  'kind',
  'regionCode',
  'sizeClass',
  'notRelatedTo',
  'asker',
  'offset',
] as const;

export type AddressKey = (typeof ADDRESS_KEYS)[number];
export type SearchAddress = Partial<Record<AddressKey, string>>;

export const PAGE_SIZE = 20;

const NEED_KEYS = ['competenceId', 'q', 'fromOrganisationId', 'fromEcosystemId'] as const;

export function readAddress(params: URLSearchParams): SearchAddress {
  const out: SearchAddress = {};
  for (const key of ADDRESS_KEYS) {
    const value = params.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** Whether the address names a need to search for; without one the page shows only the form. */
export const hasNeed = (a: SearchAddress) => NEED_KEYS.some((k) => a[k]);

/** The API query of an address: the scope needs its place, otherwise all of Finland. */
export function toQuery(a: SearchAddress): SearchQuery {
  const { offset, scope, scopeId, ...rest } = a;
  const needsPlace = scope === 'town' || scope === 'network';
  const scoped = scope && (!needsPlace || scopeId) ? { scope, ...(needsPlace ? { scopeId } : {}) } : {};
  return {
    ...(rest as SearchQuery),
    ...(scoped as SearchQuery),
    limit: PAGE_SIZE,
    ...(offset && /^\d+$/.test(offset) ? { offset: Number(offset) } : {}),
  };
}

/** The address after a change: a new need replaces the old one, and every change starts from page one. */
export function changeAddress(a: SearchAddress, patch: SearchAddress): SearchAddress {
  const needChanged = NEED_KEYS.some((k) => k in patch);
  const base = needChanged ? omit(a, NEED_KEYS) : a;
  const next: SearchAddress = { ...omit(base, ['offset']), ...patch };
  return Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as SearchAddress;
}

function omit(a: SearchAddress, keys: readonly AddressKey[]): SearchAddress {
  return Object.fromEntries(Object.entries(a).filter(([k]) => !keys.includes(k as AddressKey)));
}
