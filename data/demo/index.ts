/**
 * The demo seed world that `npm start` opens with, written by hand from the seed texts
 * (shared/seeds/000–004) and the public facts in PRODUCT.md. Cross-references are natural keys
 * (organisation keys, slugs); src/server/modules/demo/demo.service.ts resolves and validates them.
 */
import { AGREEMENTS, FUNDING_CALLS } from './agreements.js';
import { COMPETENCES, ORGANISATION_COMPETENCES } from './competences.js';
import { EVENTS } from './events.js';
import { ECOSYSTEMS, NETWORKS } from './networks.js';
import { CITY_ORGANISATIONS } from './organisations-cities.js';
import { TOWN_ORGANISATIONS } from './organisations-towns.js';
import { PEOPLE } from './people.js';
import { PROJECTS } from './projects.js';
import { RELATIONS } from './relations.js';
import { STRATEGIES } from './strategies.js';
import type { DemoWorld } from './types.js';

export { INNOKAUPUNGIT, SAVONLINNA_ECOSYSTEM, TOWN_NETWORK } from './networks.js';
export { GREEN_ELECTRIFICATION, NETWORK_PROJECT } from './projects.js';
export type { DemoWorld } from './types.js';

export const DEMO_WORLD: DemoWorld = {
  organisations: [...TOWN_ORGANISATIONS, ...CITY_ORGANISATIONS],
  competences: COMPETENCES,
  organisationCompetences: ORGANISATION_COMPETENCES,
  people: PEOPLE,
  relations: RELATIONS,
  networks: NETWORKS,
  ecosystems: ECOSYSTEMS,
  projects: PROJECTS,
  fundingCalls: FUNDING_CALLS,
  agreements: AGREEMENTS,
  events: EVENTS,
  strategies: STRATEGIES,
};
