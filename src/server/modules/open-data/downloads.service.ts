/**
 * Bulk downloads of the open data: each dataset whole as CSV (UTF-8 with a BOM, so that Excel reads ä
 * and ö) or JSON with its licence, streamed a batch at a time. A dataset's version is read from the
 * count and latest change of the records it shows, so a repeated download is answered 304 without
 * reading the rows.
 */
import crypto from 'node:crypto';
import type { z } from 'zod';
import { csvChunks, jsonArrayChunks, toJsonText } from '../../../formats/writers/index.js';
import { ANONYMOUS } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { tableCells, type ExportFile } from '../exports/exports.presenter.js';
import type { OpenDataLicence } from '../../config.js';
import {
  openEcosystemSchema,
  openEventSchema,
  openNetworkSchema,
  openOrganisationSchema,
  openPageSchema,
} from './open-data.presenter.js';
import {
  municipalitiesStamp,
  publishedStamp,
  visibleStamp,
  type Stamp,
  type StampedTable,
} from './open-data.repository.js';
import {
  everyRecord,
  listEcosystems,
  listEvents,
  listNetworks,
  listOrganisations,
  listPages,
} from './open-data.service.js';

export const DATASETS = ['organisations', 'events', 'ecosystems', 'networks', 'pages'] as const;
export type DatasetName = (typeof DATASETS)[number];
export const DOWNLOAD_FORMATS = ['csv', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

type Dataset = {
  description: string;
  schema: z.ZodObject;
  records: (db: Database, origin: string) => AsyncIterable<Record<string, unknown>>;
  /** The record tables it shows (the first is the dataset's own, counted as its size). */
  tables: StampedTable[];
};

async function* pages(db: Database, origin: string) {
  yield* await listPages(db, origin);
}

const DATASET: Record<DatasetName, Dataset> = {
  organisations: {
    description:
      'Public organisations: names, business ID, kind, town, industry, website, consent to be shown',
    schema: openOrganisationSchema,
    records: (db) => everyRecord(listOrganisations, db, {}),
    tables: ['organisations'],
  },
  events: {
    description:
      'Public events, past and upcoming: title, times, place, online link, town, ecosystem, network',
    schema: openEventSchema,
    records: (db) => everyRecord(listEvents, db, {}),
    tables: ['events', 'ecosystems', 'networks'],
  },
  ecosystems: {
    description: 'Public innovation ecosystems with their themes and towns',
    schema: openEcosystemSchema,
    records: (db) => everyRecord(listEcosystems, db, {}),
    tables: ['ecosystems'],
  },
  networks: {
    description: 'Public networks with the towns their public members stand for',
    schema: openNetworkSchema,
    records: (db) => everyRecord(listNetworks, db, {}),
    tables: ['networks', 'networkMembers', 'organisations'],
  },
  pages: {
    description:
      'Published "Invest in" pages of towns, ecosystems and networks with their addresses in fi, sv and en',
    schema: openPageSchema,
    records: pages,
    tables: ['ecosystems', 'networks'],
  },
};

export const datasetDescription = (name: DatasetName) => DATASET[name].description;

/** The dataset's size (records) and a version that changes with any record it shows. */
export async function datasetVersion(db: Database, name: DatasetName, licence: OpenDataLicence) {
  const own = name === 'pages' ? [publishedStamp(db)] : [];
  const stamps: Stamp[] = await Promise.all([
    ...own,
    ...DATASET[name].tables.map((t) => visibleStamp(db, ANONYMOUS, t)),
    municipalitiesStamp(db),
  ]);
  const version = crypto
    .createHash('sha1')
    .update(JSON.stringify([name, licence, stamps]))
    .digest('base64url');
  const latest = Math.max(...stamps.map((s) => s.latest));
  // A published page counts only while what it stands for is public: the few pages are counted as listed.
  const records = name === 'pages' ? (await listPages(db, '')).length : stamps[0]!.records;
  return { records, version, modifiedAt: latest ? new Date(latest).toISOString() : null };
}

/** The file of a dataset in a format, streamed. */
export function datasetFile(
  db: Database,
  name: DatasetName,
  format: DownloadFormat,
  { licence, origin }: { licence: OpenDataLicence; origin: string },
): ExportFile {
  const dataset = DATASET[name];
  const records = dataset.records(db, origin);
  const fileName = `${name}.${format}`;
  if (format === 'json')
    return { contentType: MEDIA_TYPES.json, fileName, chunks: jsonFile(name, licence, records) };
  const headers = Object.keys(dataset.schema.shape);
  return {
    contentType: MEDIA_TYPES.csv,
    fileName,
    chunks: csvChunks({ headers, rows: tableCells(records, headers) }, { bom: true }),
  };
}

/** `{ dataset, licence, items: [...] }` with the items written as they are read. */
async function* jsonFile(name: DatasetName, licence: OpenDataLicence, records: AsyncIterable<unknown>) {
  yield `{"dataset":${toJsonText(name)},"licence":${toJsonText(licence)},"items":`;
  yield* jsonArrayChunks(records);
  yield '}\n';
}
