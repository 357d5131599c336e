import type { ResourceDefinition } from '../resources/types.js';
import { emitRecordEvent } from './webhooks/webhooks.events.js';
import { contactsResource, notesResource } from './connect/connect.resources.js';
import { pictureProposalsResource } from './pictures/proposals.resource.js';
import {
  competencesResource,
  organisationCompetencesResource,
  peopleResource,
  personRolesResource,
  relationsResource,
} from './actors/actors.resources.js';
import { ecosystemMembersResource, ecosystemsResource } from './ecosystems/ecosystems.resources.js';
import { eventParticipantsResource, eventsResource } from './events/events.resources.js';
import { networkMembersResource, networksResource } from './networks/networks.resources.js';
import { organisationsResource } from './organisations/organisations.resource.js';
import {
  agreementPartiesResource,
  ecosystemAgreementsResource,
  fundingCallsResource,
  projectRolesResource,
  projectsResource,
} from './projects/projects.resources.js';
import {
  actionCallsResource,
  actionProjectsResource,
  developmentActionsResource,
  goalActualsResource,
  goalContributionsResource,
  strategiesResource,
  strategyGoalsResource,
} from './strategies/strategies.resources.js';

const ALL_RESOURCES: ResourceDefinition[] = [
  organisationsResource,
  competencesResource,
  organisationCompetencesResource,
  peopleResource,
  personRolesResource,
  relationsResource,
  ecosystemsResource,
  ecosystemMembersResource,
  networksResource,
  networkMembersResource,
  projectsResource,
  projectRolesResource,
  fundingCallsResource,
  ecosystemAgreementsResource,
  agreementPartiesResource,
  eventsResource,
  eventParticipantsResource,
  strategiesResource,
  strategyGoalsResource,
  goalActualsResource,
  developmentActionsResource,
  actionProjectsResource,
  actionCallsResource,
  goalContributionsResource,
  contactsResource,
  notesResource,
  pictureProposalsResource,
];

/** Each resource's writes also emit their webhook events, in the write's own transaction. */
const withWebhookEvents = (def: ResourceDefinition): ResourceDefinition => ({
  ...def,
  afterWrite: async (trx, change, caller) => {
    await def.afterWrite?.(trx, change, caller);
    await emitRecordEvent(trx, def.path, change);
  },
});

/** Every entity the API serves with create, read, update, delete and list. */
export const RESOURCES: ResourceDefinition[] = ALL_RESOURCES.map(withWebhookEvents);
