import { z } from 'zod';
import { CONTACT_STAGES } from '../../../domain/enums.js';
import { byId, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';
import { checkActivityKind, checkOwner, contactDefaults } from './connect.checks.js';

export const contactsResource = defineResource(ENTITIES.contacts, {
  summary: 'the contact pipeline: to contact, contacted, meeting, partner, not now',
  filters: {
    organisationId: byId('organisationId', 'With this organisation'),
    personId: byId('personId', 'With this person'),
    networkId: byId('networkId', 'For this network'),
    stage: oneOf('stage', CONTACT_STAGES, 'Stage'),
  },
  prepare: contactDefaults,
  check: checkOwner,
  readOnlyColumns: ['example'],
  extraOutput: { example: z.boolean().meta({ description: 'Fictional example data of the demo' }) },
});

export const notesResource = defineResource(ENTITIES.notes, {
  summary: 'notes and contact logs',
  filters: {
    organisationId: byId('organisationId', 'About this organisation'),
    personId: byId('personId', 'About this person'),
    contactId: byId('contactId', 'In the log of this contact'),
    eventId: byId('eventId', 'About this event'),
  },
  check: async (_db, record, existing) => checkActivityKind(record, existing),
});
