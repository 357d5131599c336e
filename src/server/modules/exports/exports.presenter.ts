/**
 * What leaves the server as a file: the records as table cells, the network's nodes and edges, events
 * for a calendar, and the download itself (streamed, with the name the browser saves it as). Cells are
 * escaped against formula injection by the writers in src/formats/writers.
 */
import type { Context } from 'hono';
import type { PictureActor } from '../../../analysis/picture.schema.js';
import type { PictureOrganisation } from '../../../analysis/picture.input.js';
import { kindColor, LARGE_MAP_NODES, nodeSizes, type MapMeasure } from '../../../domain/network-style.js';
import type {
  CalendarEvent,
  ExportValue,
  MeasureType,
  NetworkEdge,
  NetworkNode,
} from '../../../formats/writers/index.js';
import type { AppEnv } from '../../env.js';
import type { Row } from '../../resources/types.js';
import type { EventRow, RelationRow } from './exports.repository.js';

export type ExportFile = {
  contentType: string;
  fileName: string;
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
};

/** A file download: streamed text chunks (or bytes) with the name the browser saves it as. */
export function download(c: Context<AppEnv>, f: ExportFile) {
  const encoder = new TextEncoder();
  const iterator = (async function* () {
    yield* f.chunks;
  })();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : value);
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
  c.header('Content-Type', f.contentType);
  c.header('Content-Disposition', `attachment; filename="${f.fileName}"`);
  return c.body(stream, 200);
}

/** Lists and objects (themes, rules) as JSON text in a cell. */
const cell = (value: unknown): ExportValue =>
  value === null || value === undefined || typeof value !== 'object' || value instanceof Date
    ? (value as ExportValue)
    : JSON.stringify(value);

/** Presented records as rows of cells, in the order of the headers. */
export async function* tableCells(rows: AsyncIterable<Row>, headers: string[]) {
  for await (const row of rows) yield headers.map((h) => cell(row[h]));
}

const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

/** An organisation of the picture as a node, with the picture's measures of it when it has them. */
export function networkNode(
  o: PictureOrganisation,
  a: PictureActor | undefined,
  municipality: string | null,
): NetworkNode {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    municipality,
    tol: o.tolCode,
    measures: a
      ? {
          degree: a.degree,
          weightedDegree: a.weightedDegree,
          pagerank: a.pagerank,
          betweenness: a.betweenness,
          community: a.community,
          component: a.component,
          participation: a.participation,
          broker: flag(a.broker),
          isolated: flag(a.isolated),
          peripheral: flag(a.peripheral),
        }
      : {},
  };
}

/** The picture's measures as the files type them: counts and labels whole, flags yes/no, the rest decimal. */
export const MEASURE_TYPES: Record<string, MeasureType> = {
  degree: 'integer',
  weightedDegree: 'double',
  pagerank: 'double',
  betweenness: 'double',
  community: 'integer',
  component: 'integer',
  participation: 'double',
  broker: 'boolean',
  isolated: 'boolean',
  peripheral: 'boolean',
};

/**
 * The nodes as the map draws them: coloured by kind, sized by the measure as the map sizes by it, placed
 * where the map's layout places them (a node the map does not show has no position).
 */
export function drawnNodes(
  nodes: readonly NetworkNode[],
  sizeBy: MapMeasure,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): NetworkNode[] {
  const values = nodes.map((n) => {
    const v = n.measures?.[sizeBy];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  });
  const sizes = nodeSizes(values, nodes.length > LARGE_MAP_NODES);
  return nodes.map((n, i) => ({
    ...n,
    viz: { color: kindColor(n.kind), size: Number(sizes[i]!.toPrecision(6)), ...positions.get(n.id) },
  }));
}

export const networkEdge = (r: RelationRow): NetworkEdge & { id: string } => ({
  id: String(r.id),
  source: String(r.fromOrganisationId),
  target: String(r.toOrganisationId),
  kind: String(r.kind),
  weight: Number(r.weight),
  provenance: r.source ?? null,
});

/** An event for the calendar, its municipality named in the calendar's language (Finnish as fallback). */
export function calendarEvent(
  { municipalityFi, municipalitySv, ...event }: EventRow,
  language: 'fi' | 'sv' | 'en',
): CalendarEvent {
  return { ...event, municipality: (language === 'sv' ? municipalitySv : null) ?? municipalityFi };
}
