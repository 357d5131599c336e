import type { Database } from '../../db/database.js';

export async function missingMunicipalities(db: Database, codes: string[]): Promise<string[]> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return [];
  const rows = await db.selectFrom('municipalities').select('code').where('code', 'in', wanted).execute();
  const found = new Set(rows.map((r) => r.code as string));
  return wanted.filter((c) => !found.has(c));
}
