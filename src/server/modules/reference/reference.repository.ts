import type { Database } from '../../db/database.js';

/** Region code of each given municipality, in one query. */
export async function municipalityRegions(db: Database, codes: (string | null | undefined)[]) {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('municipalities')
    .select(['code', 'regionCode'])
    .where('code', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.code as string, r.regionCode as string]));
}

export async function missingMunicipalities(db: Database, codes: string[]): Promise<string[]> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return [];
  const rows = await db.selectFrom('municipalities').select('code').where('code', 'in', wanted).execute();
  const found = new Set(rows.map((r) => r.code));
  return wanted.filter((c) => !found.has(c));
}
