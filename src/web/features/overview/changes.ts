import { api, type Schema } from '../../api/client';

export type Change = Schema<'Change'>;

/** What changed lately among the records the user may read (the server decides what they see). */
export const loadChanges = async (limit = 10, signal?: AbortSignal) =>
  (await api.get('/changes/recent', { query: { limit }, signal })).items;
