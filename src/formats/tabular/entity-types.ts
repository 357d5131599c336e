/** Types shared by the import entity specifications and the dry run. */
import type { z } from 'zod';
import type { organisation, organisationCompetence, person, relation } from '../../domain/actors.js';
import type { event } from '../../domain/events.js';
import type { Parsed } from './cells.js';
import type { RowFailure } from './row-codes.js';
import type { CellValue } from './types.js';

export const IMPORT_ENTITIES = ['organisations', 'people', 'relations', 'competences', 'events'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** How the database layer finds the record a reference names. */
export type RefKey =
  { by: 'businessId'; value: string } | { by: 'code'; value: string } | { by: 'name'; value: string };

// data: a domain field; ref: a reference key; match: finds an existing record; extra: other facts.
export type FieldTarget = 'data' | 'ref' | 'match' | 'extra';

export interface FieldSpec {
  /** Domain field name (data), reference name (ref), match key (match) or other fact (extra). */
  readonly name: string;
  readonly target: FieldTarget;
  readonly aliases: readonly string[];
  readonly read: (cell: CellValue) => Parsed<unknown>;
  /** The row is invalid without it (checked on the mapping, and again per row). */
  readonly required?: boolean;
}

export interface EntitySpec {
  readonly entity: ImportEntity;
  readonly fields: readonly FieldSpec[];
  /** Validates the data part (the domain create schema without the id fields that refs stand for). */
  readonly schema: z.ZodType;
  /** Rules across fields of the stored row (from the domain: end not before start, …). */
  readonly rules?: z.ZodType;
  /** Values used when a column is not mapped or a cell is empty, read like cells. */
  readonly defaults: Readonly<Record<string, string>>;
  /** Fills what follows from other fields before validation; returns a problem with the row, or null. */
  readonly complete?: (data: Map<string, unknown>, refs: Map<string, RefKey>) => RowFailure | null;
}

/** The validated data of a row, per entity: the domain create input without what the refs stand for. */
export interface ImportDataByEntity {
  organisations: Omit<z.output<typeof organisation.create>, 'municipalityCode'>;
  people: z.output<typeof person.create>;
  relations: Omit<z.output<typeof relation.create>, 'fromOrganisationId' | 'toOrganisationId'>;
  competences: Omit<z.output<typeof organisationCompetence.create>, 'organisationId' | 'competenceId'>;
  events: Omit<z.output<typeof event.create>, 'municipalityCode' | 'projectId' | 'networkId' | 'ecosystemId'>;
}
