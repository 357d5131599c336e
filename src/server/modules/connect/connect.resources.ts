import { contact, note } from '../../../domain/connect.js';
import { CONTACT_STAGES } from '../../../domain/enums.js';
import { byId, oneOf } from '../../resources/filters.js';
import type { ResourceDefinition } from '../../resources/types.js';

export const contactsResource: ResourceDefinition = {
  path: 'contacts',
  table: 'contacts',
  entity: 'Contact',
  summary: 'the contact pipeline: to contact, contacted, meeting, partner',
  schemas: contact,
  sortable: ['createdAt', 'updatedAt', 'stage'],
  searchable: true,
  networkField: 'networkId',
  filters: {
    organisationId: byId('organisationId', 'With this organisation'),
    personId: byId('personId', 'With this person'),
    networkId: byId('networkId', 'For this network'),
    stage: oneOf('stage', CONTACT_STAGES, 'Stage'),
  },
};

export const notesResource: ResourceDefinition = {
  path: 'notes',
  table: 'notes',
  entity: 'Note',
  summary: 'notes and contact logs',
  schemas: note,
  sortable: ['createdAt', 'updatedAt'],
  searchable: true,
  filters: {
    organisationId: byId('organisationId', 'About this organisation'),
    personId: byId('personId', 'About this person'),
    contactId: byId('contactId', 'In the log of this contact'),
    eventId: byId('eventId', 'About this event'),
  },
};
