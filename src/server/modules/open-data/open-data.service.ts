/**
 * The open data: what an anonymous visitor may read, whoever asks. Every read goes through the
 * visibility rule as the anonymous caller, so a signed-in caller's session widens nothing here.
 */
import { municipalitiesByCode } from '../reference/reference.repository.js';
import { ANONYMOUS } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors.js';
import { coverageRows } from '../networks/coverage.repository.js';
import { listNationalTables, nationalCounts } from '../reference/national.repository.js';
import {
  presentEcosystem,
  presentEvent,
  presentNetwork,
  presentOrganisation,
  presentPage,
  type OpenEvent,
  type OpenMunicipality,
} from './open-data.presenter.js';
import {
  actorsByKind,
  ecosystemRows,
  eventRows,
  industryNames,
  networkRows,
  organisationRows,
  publishedPageRows,
  townCounts,
  type EventFilter,
  type OrganisationFilter,
  type Page,
} from './open-data.repository.js';

const READER = ANONYMOUS;

/**
 * One page of a list, presented: in id order after the cursor, which is the last record's id unless the
 * list says how its cursor is made (`cursorOf`).
 */
export type Lister<F, T extends { id: string }> = ((db: Database, filter: F, page: Page) => Promise<T[]>) & {
  cursorOf?: (item: T) => string;
};

const cursorOf = <F, T extends { id: string }>(list: Lister<F, T>, item: T) =>
  list.cursorOf?.(item) ?? item.id;

export const listOrganisations = async (db: Database, filter: OrganisationFilter, page: Page) =>
  (await organisationRows(db, READER, filter, page)).map(presentOrganisation);

/** Events in the order they start; the cursor is the last one's start and id (`<ISO time>~<id>`). */
export const listEvents: Lister<EventFilter, OpenEvent> = Object.assign(
  async (db: Database, filter: EventFilter, page: Page) =>
    (await eventRows(db, READER, filter, page)).map(presentEvent),
  { cursorOf: (e: OpenEvent) => `${e.startsAt}~${e.id}` },
);

export async function listEcosystems(db: Database, filter: { municipalityCode?: string }, page: Page) {
  const rows = await ecosystemRows(db, READER, filter, page);
  const towns = await municipalitiesByCode(db, [...new Set(rows.flatMap((r) => r.municipalityCodes))]);
  const byCode = new Map(towns.map((t) => [t.code, t]));
  return rows.map((r) => presentEcosystem(r, byCode));
}

/** Networks with the towns their public members stand for. */
export async function listNetworks(db: Database, filter: { kind?: string }, page: Page) {
  const rows = await networkRows(db, READER, filter, page);
  const stands = await coverageRows(
    db,
    rows.map((r) => r.id),
    READER,
  );
  const towns = new Map(
    (await municipalitiesByCode(db, [...new Set(stands.map((s) => s.code))])).map(
      ({ regionCode: _, ...t }) => [t.code, t],
    ),
  );
  return rows.map((r) =>
    presentNetwork(
      r,
      stands
        .filter((s) => s.networkId === r.id)
        .flatMap((s): OpenMunicipality[] => [towns.get(s.code) ?? []].flat()),
    ),
  );
}

/** The first `limit` records after `cursor`, and the cursor of the next page when there is one. */
export async function firstPage<F, T extends { id: string }>(
  list: Lister<F, T>,
  db: Database,
  filter: F,
  { limit, cursor }: { limit: number; cursor?: string },
) {
  const rows = await list(db, filter, { after: cursor, limit: limit + 1 });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? cursorOf(list, items[items.length - 1]!) : null };
}

const BATCH = 2000;

/** Every record, read a batch at a time: a large table is never held whole. */
export async function* everyRecord<F, T extends { id: string }>(list: Lister<F, T>, db: Database, filter: F) {
  let after: string | undefined;
  for (;;) {
    const rows = await list(db, filter, { after, limit: BATCH });
    yield* rows;
    if (rows.length < BATCH) return;
    after = cursorOf(list, rows[rows.length - 1]!);
  }
}

/** The published pages, their addresses absolute from `origin`. */
export async function listPages(db: Database, origin: string) {
  return (await publishedPageRows(db, READER)).map((r) => presentPage(r, origin));
}

/** A town's key figures: its public actors by kind, and its jobs by industry when the national table is there. */
export async function keyFigures(db: Database, code: string, now: Date) {
  const [town] = await municipalitiesByCode(db, [code]);
  if (!town) throw notFound('Municipality');
  const [kinds, jobs, counts] = await Promise.all([
    actorsByKind(db, READER, code),
    jobsByIndustry(db, code),
    townCounts(db, READER, code, now),
  ]);
  const actors = kinds.map((k) => ({ kind: k.kind, count: Number(k.count) }));
  return {
    municipality: { code: town.code, nameFi: town.nameFi, nameSv: town.nameSv, nameEn: town.nameEn },
    publicActors: actors.reduce((sum, k) => sum + k.count, 0),
    actorsByKind: actors,
    ...counts,
    jobsByIndustry: jobs,
  };
}

async function jobsByIndustry(db: Database, code: string) {
  const table = (await listNationalTables(db)).find((t) => t.basis === 'jobs');
  if (!table) return null;
  const { rows } = await nationalCounts(db, 'jobs', [code]);
  const names = new Map(
    (
      await industryNames(
        db,
        rows.map((r) => r.code),
      )
    ).map((n) => [n.code, n]),
  );
  const industries = rows
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
    .map((r) => ({
      industryCode: r.code,
      nameFi: names.get(r.code)?.nameFi ?? null,
      nameSv: names.get(r.code)?.nameSv ?? null,
      nameEn: names.get(r.code)?.nameEn ?? null,
      jobs: r.count,
    }));
  return { year: table.year, source: table.source, title: table.title, industries };
}
