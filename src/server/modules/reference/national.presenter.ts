import { z } from 'zod';
import type { NationalBaseline } from './national.service.js';

export const nationalBaselineSchema = z
  .object({
    organisationsBaseline: z
      .enum(['finland', 'solmu'])
      .describe(
        "What organisations are compared with: 'finland' with a table of establishments or a whole-register YTJ import",
      ),
    tables: z.array(
      z.object({
        basis: z.enum(['establishments', 'jobs']),
        year: z.number().int(),
        title: z.string().nullable(),
        measure: z.string().nullable(),
        source: z.string(),
        fileName: z.string().nullable(),
        municipalities: z.number().int(),
        missingValues: z.number().int(),
        importedAt: z.string(),
      }),
    ),
    fullRegisterImport: z
      .object({ finishedAt: z.string(), companies: z.number().int(), fileName: z.string().nullable() })
      .nullable()
      .describe('The latest YTJ import that read the whole register (at least 100,000 companies)'),
  })
  .meta({ id: 'NationalBaseline' });

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentNationalBaseline(b: NationalBaseline): z.infer<typeof nationalBaselineSchema> {
  return {
    organisationsBaseline: b.organisationsBaseline,
    tables: b.tables.map((t) => ({
      basis: t.basis as 'establishments' | 'jobs',
      year: t.year,
      title: t.title,
      measure: t.measure,
      source: t.source,
      fileName: t.fileName,
      municipalities: t.municipalityCount,
      missingValues: t.missingCount,
      importedAt: iso(t.importedAt),
    })),
    fullRegisterImport: b.fullRegisterImport && {
      finishedAt: iso(b.fullRegisterImport.finishedAt),
      companies: b.fullRegisterImport.companies,
      fileName: b.fullRegisterImport.fileName,
    },
  };
}
