/**
 * Everything out: any resource's records as CSV, Excel or JSON; the network of a scope for Gephi; events
 * for calendars. Records are the rows the caller may see, read in pages by id and written as they come
 * (CSV and JSON stream; Excel is built in memory, so it has a row limit). Columns are the API's field
 * names, so an exported file imports again (its `id` column matches the same records).
 */
import { buildPicture } from '../../../analysis/picture.js';
import type { ScopeKind } from '../../../analysis/picture.schema.js';
import {
  csvChunks,
  jsonArrayChunks,
  writeGexf,
  writeGraphml,
  writeICalendar,
  writeXlsx,
  type NetworkExport,
} from '../../../formats/writers/index.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { present } from '../../resources/presenter.js';
import * as repo from '../../resources/repository.js';
import { columnsOf } from '../../resources/repository.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';
import { RESOURCES } from '../index.js';
import { loadPictureInput } from '../pictures/picture.service.js';
import { DEFAULT_MAP_MEASURE, type MapMeasure } from '../../../domain/network-style.js';
import {
  calendarEvent,
  drawnNodes,
  MEASURE_TYPES,
  networkEdge,
  networkNode,
  tableCells,
  type ExportFile,
} from './exports.presenter.js';
import { mapPositions } from './exports.layout.js';
import { municipalitiesByCode } from '../reference/reference.repository.js';
import { relationsAmong, visibleEvents, type EventFilter } from './exports.repository.js';

export type { ExportFile } from './exports.presenter.js';

export const TABLE_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Excel holds about a million rows, but a workbook is built in memory: larger exports go to CSV. */
export const MAX_XLSX_ROWS = 100_000;
const PAGE = 2000;

/** Columns of the business register that the organisations resource does not (yet) show. */
const EXTRA_COLUMNS: Record<string, string[]> = {
  organisations: [
    'tol2025Code',
    'companyForm',
    'registrationDate',
    'endDate',
    'status',
    'source',
    'lastImportedAt',
  ],
};

export const exportableEntities = () => RESOURCES.map((r) => r.path);

export function exportDefinition(entity: string): ResourceDefinition | undefined {
  return RESOURCES.find((r) => r.path === entity);
}

const columns = (def: ResourceDefinition) => [...columnsOf(def), ...(EXTRA_COLUMNS[def.path] ?? [])];

/** The visible records, a page at a time, as the API presents them (dates as ISO text). */
async function* visibleRows(db: Database, def: ResourceDefinition, caller: Caller): AsyncGenerator<Row> {
  let after: string | null = null;
  for (;;) {
    const page = await repo.visibleAfter(db, def, caller, columns(def), after, PAGE);
    for (const row of page) yield present(def, row, caller);
    if (page.length < PAGE) return;
    after = String(page[page.length - 1]!.id);
  }
}

/** Personal data: the whole list is read first so the audit entry can name every person exported. */
async function auditedRows(db: Database, def: ResourceDefinition, caller: Caller, format: string) {
  const rows: Row[] = [];
  for await (const row of visibleRows(db, def, caller)) rows.push(row);
  await audit(db, caller, {
    action: 'export',
    entity: def.path,
    outcome: 'ok',
    detail: { format, ids: rows.map((r) => r.id) },
  });
  return (async function* () {
    yield* rows;
  })();
}

export async function tableExport(
  db: Database,
  caller: Caller,
  def: ResourceDefinition,
  format: TableFormat,
  options: { delimiter?: ',' | ';'; bom?: boolean } = {},
): Promise<ExportFile> {
  const headers = columns(def);
  const fileName = `${def.path}.${format}`;
  if (format === 'xlsx' && (await repo.countVisible(db, def, caller)) > MAX_XLSX_ROWS)
    throw new AppError(422, 'too_many_rows', `Excel exports hold at most ${MAX_XLSX_ROWS} rows; use CSV`);
  const rows = def.personal ? await auditedRows(db, def, caller, format) : visibleRows(db, def, caller);
  if (format === 'json')
    return { contentType: 'application/json; charset=utf-8', fileName, chunks: jsonArrayChunks(rows) };
  if (format === 'csv') {
    const delimiter = options.delimiter ?? ',';
    return {
      contentType: 'text/csv; charset=utf-8',
      fileName,
      chunks: csvChunks(
        { headers, rows: tableCells(rows, headers) },
        // Finnish Excel (semicolons) needs the BOM to read UTF-8; comma files are for programs.
        { delimiter, bom: options.bom ?? delimiter === ';' },
      ),
    };
  }
  const bytes = await writeXlsx([{ name: def.path, headers, rows: tableCells(rows, headers) }]);
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName,
    chunks: [bytes],
  };
}

const FILE_NAME = /^([a-z][a-z-]*)\.(csv|xlsx|json)$/;

/** An entity's records by the file asked for (`organisations.csv`); no such entity or format: 404. */
export function tableExportByName(
  db: Database,
  caller: Caller,
  file: string,
  options: { delimiter: ',' | ';' },
): Promise<ExportFile> {
  const match = FILE_NAME.exec(file);
  const def = match ? exportDefinition(match[1]!) : undefined;
  if (!match || !def) throw notFound('Export');
  return tableExport(db, caller, def, match[2] as TableFormat, options);
}

export type NetworkOptions = { now?: Date; seed?: number; sizeBy?: MapMeasure };

/**
 * The network of a scope (ecosystem, municipality, region, network of towns) for Gephi: nodes are the
 * scope's organisations as the situational picture sees them (kind, municipality, TOL 2008 code and the
 * picture's measures of each actor), drawn as the map draws them (colour by kind, size by the chosen
 * measure, the map's layout); edges are the visible relations between them.
 */
export async function networkExport(
  db: Database,
  caller: Caller,
  scope: ScopeKind,
  id: string,
  options: NetworkOptions = {},
): Promise<NetworkExport> {
  const now = options.now ?? new Date();
  const day = now.toISOString().slice(0, 10);
  const input = await loadPictureInput(db, scope, id, caller, day);
  const picture = buildPicture(input, { seed: options.seed });
  const actors = new Map(picture.network.actors.map((a) => [a.organisationId, a]));
  const codes = [...new Set(input.organisations.map((o) => o.municipalityCode).filter((c) => c !== null))];
  const names = new Map((await municipalitiesByCode(db, codes)).map((m) => [m.code, m.nameFi]));
  const nodes = input.organisations.map((o) =>
    networkNode(
      o,
      actors.get(o.id),
      o.municipalityCode ? (names.get(o.municipalityCode) ?? o.municipalityCode) : null,
    ),
  );
  const relations = await relationsAmong(
    db,
    caller,
    nodes.map((n) => n.id),
  );
  const pictureKey = `${day}:${options.seed ?? 1}`;
  const positions = await mapPositions(db, caller, scope, id, { value: picture, key: pictureKey });
  return {
    title: `${picture.scope.name} (${scope})`,
    directed: true,
    date: now,
    nodes: drawnNodes(nodes, options.sizeBy ?? DEFAULT_MAP_MEASURE, positions),
    edges: relations.map(networkEdge),
    measureTypes: MEASURE_TYPES,
  };
}

export const NETWORK_FORMATS = ['gexf', 'graphml'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** The network of a scope as a GEXF or GraphML file. */
export async function networkFile(
  db: Database,
  caller: Caller,
  format: NetworkFormat,
  { scope, id, seed, sizeBy }: { scope: ScopeKind; id: string; seed?: number; sizeBy?: MapMeasure },
  now: Date,
): Promise<ExportFile> {
  const network = await networkExport(db, caller, scope, id, { now, seed, sizeBy });
  return {
    contentType: `application/${format}+xml; charset=utf-8`,
    fileName: `network-${scope}-${id.replace(/[^A-Za-z0-9-]/g, '')}.${format}`,
    chunks: [format === 'gexf' ? writeGexf(network) : writeGraphml(network)],
  };
}

export type CalendarOptions = EventFilter & { language?: 'fi' | 'sv' | 'en'; now?: Date };

/**
 * The events the caller may see as an iCalendar file, optionally of one network or ecosystem, or one
 * event (which answers "not found" when the caller cannot see it).
 */
export async function eventsCalendar(db: Database, caller: Caller, options: CalendarOptions = {}) {
  const language = options.language ?? 'fi';
  const rows = await visibleEvents(db, caller, options);
  if (options.eventId && rows.length === 0) throw notFound('Event');
  const events = rows.map((r) => calendarEvent(r, language));
  return writeICalendar(events, { name: 'Solmu', language, stamp: options.now });
}

/** The same as a download. */
export async function eventsFile(
  db: Database,
  caller: Caller,
  options: CalendarOptions,
): Promise<ExportFile> {
  return {
    contentType: 'text/calendar; charset=utf-8',
    fileName: options.eventId ? 'event.ics' : 'events.ics',
    chunks: [await eventsCalendar(db, caller, options)],
  };
}
