import { z } from 'zod';
import {
  descriptionFields,
  entitySchemas,
  id,
  isoDate,
  municipalityCodes,
  nameFields,
  periodIsOrdered,
  opt,
  slug,
  themes,
} from './common.js';
import { ECOSYSTEM_MEMBER_ROLES, NETWORK_KINDS, NETWORK_MEMBER_ROLES } from './enums.js';

export const ecosystem = entitySchemas('Ecosystem', {
  slug,
  ...nameFields,
  ...descriptionFields,
  themes: themes.optional(),
  municipalityCodes: municipalityCodes.optional(),
  isPublic: z.boolean().optional(),
});

export const ecosystemMember = entitySchemas('EcosystemMember', {
  ecosystemId: id,
  organisationId: id,
  role: z.enum(ECOSYSTEM_MEMBER_ROLES),
});

export const network = entitySchemas(
  'Network',
  {
    slug,
    kind: z.enum(NETWORK_KINDS),
    ...nameFields,
    ...descriptionFields,
    startOn: opt(isoDate),
    endOn: opt(isoDate),
  },
  (v, ctx) => periodIsOrdered(v, ctx, 'startOn', 'endOn'),
);

export const networkMember = entitySchemas('NetworkMember', {
  networkId: id,
  organisationId: id,
  role: z.enum(NETWORK_MEMBER_ROLES),
  /** The municipalities the member represents here; empty means the organisation's own municipality. */
  municipalityCodes: municipalityCodes.optional(),
});
