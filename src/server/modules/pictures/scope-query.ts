import { z } from 'zod';
import { SCOPE_KINDS } from '../../../analysis/picture.schema.js';
import { text } from '../../../domain/common.js';

/** A picture's scope in a query; the network exports take the same. */
export const pictureScopeQuery = z.strictObject({
  scope: z.enum(SCOPE_KINDS).meta({ description: 'What the picture (or network) is of' }),
  id: text.min(1).max(200).meta({
    description: 'Ecosystem or network id or slug; municipality (e.g. 140) or region (e.g. 11) code',
  }),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional()
    .meta({ description: 'Seed of the community detection' }),
});
