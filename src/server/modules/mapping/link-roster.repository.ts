import { applyVisibility } from '../../auth/visibility.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';

const MAX_HITS = 20;

/** Organisations the caller may read, by a part of a name or an exact business ID, or by ids. */
export function findOrganisations(db: Database, caller: Caller, find: { q?: string; ids?: string[] }) {
  let query = applyVisibility(
    db.selectFrom('organisations').select(['id', 'nameFi as name', 'businessId', 'municipalityCode', 'kind']),
    caller,
  );
  if (find.ids?.length) query = query.where('id', 'in', find.ids);
  const q = find.q?.trim();
  if (q) {
    // the respondent's text is matched as it is: % and _ in it are not wildcards
    const part = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('nameFi', 'ilike', part), eb('nameSv', 'ilike', part), eb('businessId', '=', q)]),
    );
  }
  return query.orderBy('nameFi').limit(MAX_HITS).execute();
}
