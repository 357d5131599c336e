import { z } from 'zod';
import { entitySchemas, id, isoDate, isoDateTime, longText, opt, shortText, text } from './common.js';
import { ACTIVITY_KINDS, CONTACT_STAGES } from './enums.js';

/**
 * The contact pipeline: an organisation to reach for a competence need, and how far it has got. Its
 * owner (a user of the workspace) does the next action (`nextStep`) by its due date (`nextStepOn`).
 */
export const contact = entitySchemas('Contact', {
  organisationId: id,
  personId: opt(id),
  networkId: opt(id),
  stage: z.enum(CONTACT_STAGES).optional(),
  reason: opt(longText),
  nextStep: opt(shortText),
  nextStepOn: opt(isoDate),
  ownerId: opt(id),
  competenceId: opt(id),
});

/** A note about an organisation, a person, a contact (its log) or an event. */
export const note = entitySchemas(
  'Note',
  {
    body: text.trim().min(1).max(20000),
    organisationId: opt(id),
    personId: opt(id),
    contactId: opt(id),
    eventId: opt(id),
    /** What happened (a call, an e-mail, a meeting or a plain note) and when; a contact's log reads these. */
    kind: z.enum(ACTIVITY_KINDS).optional(),
    occurredAt: isoDateTime.optional(),
  },
  (v, ctx) => {
    // Absent fields are judged on the stored record (the service passes them as null).
    if ([v.organisationId, v.personId, v.contactId, v.eventId].every((x) => x === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'A note is about an organisation, a person, a contact or an event',
      });
    }
  },
);
