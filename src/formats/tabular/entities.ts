/**
 * What a spreadsheet row of each importable entity holds: its fields, the column headers that name them
 * in Finnish, Swedish and English, how a cell is read, and the domain schema the row must pass. Fields
 * whose value is another record (a municipality, an organisation, a competence, a project) are read as
 * reference keys for the database layer to resolve; they never go into the data as ids.
 */
import type { EntitySpec, ImportEntity } from './entity-types.js';
import { ORGANISATIONS, PEOPLE } from './fields-actors.js';
import { COMPETENCES, EVENTS, RELATIONS } from './fields-other.js';

export * from './entity-types.js';
export { readMunicipalityRef, readOrganisationRef } from './fields-common.js';

export const ENTITY_SPECS: Readonly<Record<ImportEntity, EntitySpec>> = {
  organisations: ORGANISATIONS,
  people: PEOPLE,
  relations: RELATIONS,
  competences: COMPETENCES,
  events: EVENTS,
};
