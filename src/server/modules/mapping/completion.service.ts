/**
 * How far a round has come: who has submitted, who has a draft, who has opened their link and who has
 * not, in all and by town and by kind of organisation (what the coordinator reminds from).
 */
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { listRespondents } from './respondents.service.js';

type Counts = { total: number; submitted: number; draft: number; notOpened: number };
type Listed = Awaited<ReturnType<typeof listRespondents>>[number];

const empty = (): Counts => ({ total: 0, submitted: 0, draft: 0, notOpened: 0 });

function count(c: Counts, r: Listed) {
  c.total++;
  if (r.state === 'submitted') c.submitted++;
  else if (r.state === 'draft') c.draft++;
  else if (r.state === 'not_opened') c.notOpened++;
}

/** Counts by a key of each respondent; a respondent without one (a pasted name) counts under null. */
function groupBy<K extends string | null>(rows: Listed[], key: (r: Listed) => K) {
  const groups = new Map<K, Counts>();
  for (const r of rows) {
    const k = key(r);
    if (!groups.has(k)) groups.set(k, empty());
    count(groups.get(k)!, r);
  }
  return groups;
}

export async function completionOf(db: Database, caller: Caller, roundId: string) {
  const rows = await listRespondents(db, caller, roundId);
  const byState = { not_opened: 0, opened: 0, draft: 0, submitted: 0 };
  for (const r of rows) byState[r.state]++;
  const names = new Map(rows.map((r) => [r.municipalityCode, r.municipalityName]));
  return {
    total: rows.length,
    byState,
    byMunicipality: [...groupBy(rows, (r) => r.municipalityCode)].map(([code, c]) => ({
      municipalityCode: code,
      municipalityName: names.get(code) ?? null,
      ...c,
    })),
    byKind: [...groupBy(rows, (r) => r.organisationKind)].map(([kind, c]) => ({ kind, ...c })),
  };
}
