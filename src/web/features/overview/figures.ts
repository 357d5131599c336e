import { api } from '../../api/client';

const COUNTED = ['organisations', 'ecosystems', 'networks', 'projects', 'events'] as const;
export type Counted = (typeof COUNTED)[number];
export type KeyFigures = Record<Counted, number>;

/** How many records of each kind the user may read: the list totals, one row fetched each. */
export async function loadKeyFigures(signal?: AbortSignal): Promise<KeyFigures> {
  const totals = await Promise.all(
    COUNTED.map((path) => api.get(`/${path}`, { query: { limit: 1 }, signal }).then((p) => p.total)),
  );
  return Object.fromEntries(COUNTED.map((path, i) => [path, totals[i] ?? 0])) as KeyFigures;
}
