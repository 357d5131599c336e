import { sql } from 'kysely';
import type { Caller } from '../auth/caller.js';
import { applyVisibility } from '../auth/visibility.js';
import { recordTableOf } from './references.js';
import type { AnyQuery, ResourceDefinition } from './types.js';

/**
 * Narrows a query on a link table (memberships, roles, relations) to rows whose every linked record the
 * caller may read too: a public membership of a private organisation is no more readable than the
 * organisation. Admins read all.
 */
export function applyLinkVisibility<Q extends AnyQuery>(
  query: Q,
  def: ResourceDefinition,
  caller: Caller,
): Q {
  if (caller.isAdmin || !def.links?.length) return query;
  return def.links.reduce((q, field, i) => {
    const table = recordTableOf(field);
    if (!table) throw new Error(`No reference table for ${def.entity}.${field}`);
    const alias = `linked${i}`;
    return q.where((eb) =>
      eb.or([
        eb(`${def.table}.${field}`, 'is', null),
        eb.exists(
          applyVisibility(
            eb
              .selectFrom(`${table} as ${alias}`)
              .select(sql<number>`1`.as('one'))
              .whereRef(`${alias}.id`, '=', `${def.table}.${field}`),
            caller,
            alias,
          ),
        ),
      ]),
    ) as Q;
  }, query);
}
