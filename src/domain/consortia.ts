import { z } from 'zod';
import { entitySchemas, id, longText, opt, shortText } from './common.js';
import { PROJECT_ROLES } from './enums.js';

/** A consortium being gathered for a funding call: who would take part, in which role, with what budget. */
export const consortium = entitySchemas('Consortium', {
  name: shortText,
  fundingCallId: id,
  projectId: opt(id),
  notes: opt(longText),
});

/** One partner of a consortium. */
export const consortiumPartner = z
  .strictObject({
    organisationId: id,
    role: z.enum(PROJECT_ROLES),
    budgetEur: opt(z.number().nonnegative().max(1e12)),
    contactPersonId: opt(id),
  })
  .meta({ id: 'ConsortiumPartnerCreate' });

export type ConsortiumPartnerInput = z.infer<typeof consortiumPartner>;

/** A partner's role, budget or contact person changed. */
export const consortiumPartnerChange = z
  .strictObject({
    role: z.enum(PROJECT_ROLES).optional(),
    budgetEur: consortiumPartner.shape.budgetEur,
    contactPersonId: opt(id),
  })
  .meta({ id: 'ConsortiumPartnerUpdate' });

export type ConsortiumPartnerChange = z.infer<typeof consortiumPartnerChange>;
