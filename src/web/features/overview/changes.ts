import { get } from '../../api/client';

export type Change = {
  entity: string;
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  workspaceId: string;
  created: boolean;
  changedAt: string;
};

/** What changed lately among the records the user may read (the server decides what they see). */
export const loadChanges = async (limit = 10, signal?: AbortSignal) =>
  (await get<{ items: Change[] }>('/changes', { limit }, signal)).items;
