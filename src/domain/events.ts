import { z } from 'zod';
import {
  descriptionFields,
  entitySchemas,
  id,
  isoDateTime,
  municipalityCode,
  opt,
  shortText,
  titleFields,
  url,
} from './common.js';
import { EVENT_KINDS, EVENT_PARTICIPANT_ROLES } from './enums.js';

export const event = entitySchemas(
  'Event',
  {
    kind: z.enum(EVENT_KINDS),
    ...titleFields,
    ...descriptionFields,
    startsAt: isoDateTime,
    endsAt: opt(isoDateTime),
    location: opt(shortText),
    municipalityCode: opt(municipalityCode),
    isOnline: z.boolean().optional(),
    onlineUrl: opt(url),
    projectId: opt(id),
    networkId: opt(id),
    ecosystemId: opt(id),
  },
  (v, ctx) => {
    if (
      typeof v.startsAt === 'string' &&
      typeof v.endsAt === 'string' &&
      Date.parse(v.endsAt) < Date.parse(v.startsAt)
    ) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endsAt must not be before startsAt' });
    }
  },
);

export const eventParticipant = entitySchemas(
  'EventParticipant',
  {
    eventId: id,
    organisationId: opt(id),
    personId: opt(id),
    role: z.enum(EVENT_PARTICIPANT_ROLES),
  },
  (v, ctx) => {
    if (v.organisationId === null && v.personId === null) {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Give an organisation or a person' });
    }
  },
);
