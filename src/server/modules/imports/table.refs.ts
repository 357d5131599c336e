/**
 * References of spreadsheet rows resolved against the database as the caller sees it: municipalities
 * by code or name, organisations by business ID or name, competences by slug or name, projects by slug
 * or name. A record the caller may not see is "not found", exactly like a missing one. Answers are
 * cached per import; lookups run inside the import's transaction, so records created by earlier rows
 * are found too.
 */
import { rowFailure, type RefKey, type RowFailure } from '../../../formats/tabular/index.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export type Resolved = { id: string } | RowFailure;

const lower = (v: string) => v.trim().toLowerCase();
const NAMES = ['nameFi', 'nameSv', 'nameEn'] as const;

export class RefResolver {
  private readonly cache = new Map<string, Resolved>();

  constructor(
    private readonly db: Database,
    private readonly caller: Caller,
  ) {}

  private async cached(key: string, find: () => Promise<Resolved>): Promise<Resolved> {
    const hit = this.cache.get(key);
    if (hit && 'id' in hit) return hit;
    const found = await find();
    // Misses are not cached: a later row of the same import may create the record.
    if ('id' in found) this.cache.set(key, found);
    return found;
  }

  municipality(ref: RefKey): Promise<Resolved> {
    return this.cached(`m:${ref.by}:${lower(ref.value)}`, async () => {
      const q = this.db.selectFrom('municipalities').select('code');
      const rows =
        ref.by === 'code'
          ? await q.where('code', '=', ref.value).execute()
          : await q
              .where((eb) =>
                eb.or([
                  eb(eb.fn('lower', ['nameFi']), '=', lower(ref.value)),
                  eb(eb.fn('lower', ['nameSv']), '=', lower(ref.value)),
                ]),
              )
              .orderBy('isActive', 'desc')
              .execute();
      const first = rows[0];
      return first
        ? { id: String(first.code) }
        : rowFailure('unknown_municipality', `no municipality ${ref.value}`, { value: ref.value });
    });
  }

  organisation(ref: RefKey): Promise<Resolved> {
    return this.cached(`o:${ref.by}:${lower(ref.value)}`, async () => {
      const q = applyVisibility(this.db.selectFrom('organisations').select('id'), this.caller);
      if (ref.by === 'businessId') {
        const row = await q.where('businessId', '=', ref.value).executeTakeFirst();
        return row
          ? { id: String(row.id) }
          : rowFailure('unknown_organisation', `no organisation with business ID ${ref.value}`, {
              value: ref.value,
            });
      }
      const rows = await q
        .where((eb) => eb.or(NAMES.map((c) => eb(eb.fn('lower', [c]), '=', lower(ref.value)))))
        .limit(2)
        .execute();
      const params = { value: ref.value };
      if (rows.length > 1)
        return rowFailure(
          'ambiguous_organisation',
          `more than one organisation is called ${ref.value}; use the business ID`,
          params,
        );
      return rows[0]
        ? { id: String(rows[0].id) }
        : rowFailure('unknown_organisation', `no organisation called ${ref.value}`, params);
    });
  }

  /** A competence of the vocabulary by slug or name; not finding one is not an error (it stays a tag). */
  competence(ref: RefKey): Promise<Resolved> {
    return this.bySlugOrName('competences', 'competence', ref);
  }

  project(ref: RefKey): Promise<Resolved> {
    return this.bySlugOrName('projects', 'project', ref);
  }

  private bySlugOrName(table: 'competences' | 'projects', what: string, ref: RefKey): Promise<Resolved> {
    return this.cached(`${table}:${lower(ref.value)}`, async () => {
      const rows = await applyVisibility(this.db.selectFrom(table).select('id'), this.caller)
        .where((eb) =>
          eb.or([
            eb('slug', '=', ref.value.trim()),
            ...NAMES.map((c) => eb(eb.fn('lower', [c]), '=', lower(ref.value))),
          ]),
        )
        .limit(2)
        .execute();
      const params = { value: ref.value };
      if (rows.length > 1)
        return rowFailure(
          'ambiguous_reference',
          `more than one ${what} is called ${ref.value}; use its slug`,
          params,
        );
      return rows[0]
        ? { id: String(rows[0].id) }
        : rowFailure('unknown_reference', `no ${what} ${ref.value}`, params);
    });
  }
}
