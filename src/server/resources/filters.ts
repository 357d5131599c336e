import { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { applyVisibility } from '../auth/visibility.js';
import type { Filter } from './types.js';

export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

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
 * membership in a join table, e.g. organisations that are members of a network. Only join rows the
 * caller may read count, and with `parent` (the table the value points into) only a parent record they
 * may read: filtering by a private network of another workspace must not reveal who belongs to it.
 */
export const inJoinTable = (
  column: string,
  join: { table: string; select: string; where: string; also?: [string, string]; parent?: string },
  description: string,
): Filter => ({
  schema: uuidParam,
  description,
  apply: (q, value: string, caller: Caller) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    q.where(column, 'in', (eb: any) => {
      let sub = applyVisibility(
        eb.selectFrom(`${join.table} as j`).select(`j.${join.select}`),
        caller,
        'j',
      ).where(`j.${join.where}`, '=', value);
      if (join.also) sub = sub.where(`j.${join.also[0]}`, '=', join.also[1]);
      if (join.parent) {
        const parent = applyVisibility(eb.selectFrom(`${join.parent} as p`).select('p.id'), caller, 'p');
        sub = sub.where(`j.${join.where}`, 'in', parent);
      }
      return sub;
    }),
});
