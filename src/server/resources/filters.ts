import { z } from 'zod';
import type { Filter } from './types.js';

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** column = value */
export const eq = (column: string, schema: z.ZodType, description: string): Filter => ({
  schema,
  description,
  apply: (q, value) => q.where(column, '=', value),
});

/** column is one of a comma-separated list */
export const oneOf = (
  column: string,
  values: readonly [string, ...string[]],
  description: string,
): Filter => ({
  schema: z
    .string()
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum(values)).min(1)),
  description: `${description} (comma-separated: ${values.join(', ')})`,
  apply: (q, value: string[]) => q.where(column, 'in', value),
});

export const flag = (column: string, description: string): Filter => ({
  schema: booleanParam,
  description,
  apply: (q, value) => q.where(column, '=', value),
});

export const uuidParam = z.uuid();
export const byId = (column: string, description: string) => eq(column, uuidParam, description);

/**
 * column IN (select selectColumn from table where whereColumn = value [and extra]): a filter by
 * membership in a join table, e.g. organisations that are members of a network.
 */
export const inJoinTable = (
  column: string,
  join: { table: string; select: string; where: string; also?: [string, string] },
  description: string,
): Filter => ({
  schema: uuidParam,
  description,
  apply: (q, value: string) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    q.where(column, 'in', (eb: any) => {
      let sub = eb.selectFrom(join.table).select(join.select).where(join.where, '=', value);
      if (join.also) sub = sub.where(join.also[0], '=', join.also[1]);
      return sub;
    }),
});
