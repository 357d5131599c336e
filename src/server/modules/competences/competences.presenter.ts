import { z } from 'zod';
import type { SimilarCompetence } from './competences.service.js';

export const similarSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    isTheme: z.boolean(),
    similarity: z.number().meta({ description: '1 for the same name, 0.7 and up for a near one' }),
  })
  .meta({ id: 'SimilarCompetence' });

export const presentSimilar = (c: SimilarCompetence): z.infer<typeof similarSchema> => ({
  id: c.id,
  slug: c.slug,
  nameFi: c.nameFi,
  nameSv: c.nameSv,
  nameEn: c.nameEn,
  isTheme: c.isTheme,
  similarity: Math.round(c.similarity * 100) / 100,
});

export const mergedSchema = z
  .object({
    intoId: z.uuid(),
    moved: z.number().int().meta({ description: 'Offers and needs moved to the competence that stays' }),
    dropped: z
      .number()
      .int()
      .meta({ description: 'Offers and needs the organisation already had under the competence that stays' }),
  })
  .meta({ id: 'CompetenceMerge' });
