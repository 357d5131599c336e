/**
 * The demo seed world that `npm start` opens with, written by hand from the seed texts
 * (shared/seeds/000–004) and the public facts in PRODUCT.md. Cross-references are natural keys
 * (organisation keys, slugs); src/server/modules/demo/demo.service.ts resolves and validates them.
 */
import { HEINOLA_RAUMA_ACTORS, HEINOLA_RAUMA_COMPETENCES } from './actors-heinola-rauma.js';
import { KAUHAJOKI_KEURUU_ACTORS, KAUHAJOKI_KEURUU_COMPETENCES } from './actors-kauhajoki-keuruu.js';
import { KOILLISMAA_ACTOR_COMPETENCES, KOILLISMAA_ACTORS } from './actors-koillismaa.js';
import { OSTROBOTHNIA_ACTOR_COMPETENCES, OSTROBOTHNIA_ACTORS } from './actors-ostrobothnia.js';
import { SAVO_ACTOR_COMPETENCES, SAVO_ACTORS } from './actors-savo.js';
import { AGREEMENTS, FUNDING_CALLS } from './agreements.js';
import { COMPETENCES, ORGANISATION_COMPETENCES } from './competences.js';
import { AGREEMENT_THEMES } from './competences-themes.js';
import { TOWN_COMPETENCES } from './competences-towns.js';
import { EVENTS } from './events.js';
import { EXAMPLES } from './examples.js';
import { WORKSHOP_EXAMPLES } from './examples-workshop.js';
import { WEBHOOK_EXAMPLES } from './examples-webhooks.js';
import { SAVONLINNA_RESPONDENTS, SAVONLINNA_ROUND } from './mapping-savonlinna.js';
import { ECOSYSTEMS, NETWORKS, SAVONLINNA_ECOSYSTEM } from './networks.js';
import { CITY_ORGANISATIONS } from './organisations-cities.js';
import { TOWN_ORGANISATIONS } from './organisations-towns.js';
import { PEOPLE } from './people.js';
import { PUBLIC_PAGES } from './public-pages.js';
import { EVENT_EXAMPLES, REPORT_EXAMPLES } from './examples-events.js';
import { PUBLIC_CONSENT_EXAMPLES, PUBLIC_STORY_EXAMPLES } from './examples-public-pages.js';
import { CONSORTIA, PROJECTS } from './projects.js';
import { RELATIONS } from './relations.js';
import { TOWN_RELATIONS } from './relations-towns.js';
import { STRATEGIES } from './strategies.js';
import type { DemoWorld } from './types.js';

export { INNOKAUPUNGIT, SAVONLINNA_ECOSYSTEM, TOWN_NETWORK } from './networks.js';
export { GREEN_ELECTRIFICATION, NETWORK_PROJECT } from './projects.js';
export type { DemoWorld } from './types.js';

/** The towns' key actors as public sources name them (actors-*.ts), after the seed world's own records. */
const TOWN_ACTORS = [
  ...SAVO_ACTORS,
  ...OSTROBOTHNIA_ACTORS,
  ...HEINOLA_RAUMA_ACTORS,
  ...KAUHAJOKI_KEURUU_ACTORS,
  ...KOILLISMAA_ACTORS,
];

export const DEMO_WORLD: DemoWorld = {
  organisations: [...TOWN_ORGANISATIONS, ...CITY_ORGANISATIONS, ...TOWN_ACTORS],
  competences: [...COMPETENCES, ...TOWN_COMPETENCES, ...AGREEMENT_THEMES],
  organisationCompetences: [
    ...ORGANISATION_COMPETENCES,
    ...SAVO_ACTOR_COMPETENCES,
    ...OSTROBOTHNIA_ACTOR_COMPETENCES,
    ...HEINOLA_RAUMA_COMPETENCES,
    ...KAUHAJOKI_KEURUU_COMPETENCES,
    ...KOILLISMAA_ACTOR_COMPETENCES,
  ],
  people: PEOPLE,
  relations: [...RELATIONS, ...TOWN_RELATIONS],
  networks: NETWORKS,
  ecosystems: ECOSYSTEMS,
  projects: PROJECTS,
  fundingCalls: FUNDING_CALLS,
  consortia: CONSORTIA,
  agreements: AGREEMENTS,
  events: EVENTS,
  strategies: STRATEGIES,
  publicPages: PUBLIC_PAGES,
  // Fictional, marked and removable: see examples.ts and the README's "Demo data: fact and example".
  examples: {
    ...EXAMPLES,
    mappingRounds: [
      { ecosystem: SAVONLINNA_ECOSYSTEM, round: SAVONLINNA_ROUND, respondents: SAVONLINNA_RESPONDENTS },
    ],
    workshops: WORKSHOP_EXAMPLES,
    publicStories: PUBLIC_STORY_EXAMPLES,
    publicConsents: PUBLIC_CONSENT_EXAMPLES,
    events: EVENT_EXAMPLES,
    pictureReports: REPORT_EXAMPLES,
    webhooks: WEBHOOK_EXAMPLES,
  },
};
