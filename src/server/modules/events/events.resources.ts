import { z } from 'zod';
import { EVENT_KINDS, EVENT_PARTICIPANT_ROLES } from '../../../domain/enums.js';
import { byId, inJoinTable, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';
import { afterEventWrite, afterParticipantWrite } from './event-relations.service.js';

const dateTime = z.iso.datetime({ offset: true });

export const eventsResource = defineResource(ENTITIES.events, {
  summary: 'events: webinars, visits, workshops, get-togethers, seminars',
  extraOutput: {
    seriesId: z
      .uuid()
      .nullable()
      .meta({ description: 'The series this event is a session of (written by /event-series)' }),
  },
  readOnlyColumns: ['seriesId'],
  afterWrite: afterEventWrite,
  filters: {
    kind: oneOf('kind', EVENT_KINDS, 'Event kind'),
    projectId: byId('projectId', 'Of this project'),
    networkId: byId('networkId', 'Of this network'),
    ecosystemId: byId('ecosystemId', 'Of this ecosystem'),
    from: {
      schema: dateTime,
      description: 'Starting at or after',
      apply: (q, t: string) => q.where('startsAt', '>=', t),
    },
    to: {
      schema: dateTime,
      description: 'Starting before',
      apply: (q, t: string) => q.where('startsAt', '<', t),
    },
    organisationId: inJoinTable(
      'id',
      { table: 'eventParticipants', select: 'eventId', where: 'organisationId' },
      'Events this organisation took part in',
    ),
  },
});

export const eventParticipantsResource = defineResource(ENTITIES['event-participants'], {
  summary: "organisers, speakers and participants of events (each writes its 'met at event' relations)",
  afterWrite: afterParticipantWrite,
  filters: {
    eventId: byId('eventId', 'Of this event'),
    organisationId: byId('organisationId', 'This organisation'),
    personId: byId('personId', 'This person'),
    role: oneOf('role', EVENT_PARTICIPANT_ROLES, 'Role'),
  },
});
