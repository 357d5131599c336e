import { z } from 'zod';
import type { CoverageRow } from './coverage.repository.js';

export const coverageSchema = z
  .object({
    municipalityCount: z.number().int(),
    regionCount: z.number().int(),
    municipalities: z.array(
      z.object({
        code: z.string(),
        nameFi: z.string(),
        nameSv: z.string().nullable(),
        regionCode: z.string().nullable(),
      }),
    ),
    regions: z.array(
      z.object({
        code: z.string(),
        nameFi: z.string(),
        nameSv: z.string().nullable(),
        nameEn: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Coverage', description: 'Distinct municipalities and regions of the members' });

export type Coverage = z.infer<typeof coverageSchema>;

/** Folds one network's coverage rows into the read model (pure, so it is tested without a database). */
export function foldCoverage(rows: CoverageRow[]): Coverage {
  const municipalities = new Map<string, Coverage['municipalities'][number]>();
  const regions = new Map<string, Coverage['regions'][number]>();
  for (const r of rows) {
    municipalities.set(r.code, {
      code: r.code,
      nameFi: r.nameFi,
      nameSv: r.nameSv,
      regionCode: r.regionCode,
    });
    if (r.regionCode && r.regionNameFi) {
      regions.set(r.regionCode, {
        code: r.regionCode,
        nameFi: r.regionNameFi,
        nameSv: r.regionNameSv,
        nameEn: r.regionNameEn,
      });
    }
  }
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
  return {
    municipalityCount: municipalities.size,
    regionCount: regions.size,
    municipalities: [...municipalities.values()].sort(byCode),
    regions: [...regions.values()].sort(byCode),
  };
}
