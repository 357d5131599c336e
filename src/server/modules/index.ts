import type { ResourceDefinition } from '../resources/types.js';
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

/** Every entity the API serves with create, read, update, delete and list. */
export const RESOURCES: ResourceDefinition[] = [
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
