import { sql } from 'kysely';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { ECOSYSTEM_MEMBER_ROLES } from '../../../domain/enums.js';
import { byId, flag, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';
import { checkMunicipalityCodes } from '../reference/checks.js';

export const ecosystemsResource = defineResource(ENTITIES.ecosystems, {
  summary: 'innovation ecosystems (theme and place)',
  filters: {
    isPublic: flag('isPublic', 'Public ecosystems only'),
    municipalityCode: {
      schema: z.string().regex(/^\d{3}$/),
      description: 'Ecosystems in this municipality',
      // A JS array on the right of where() becomes a value list, not a text[]: build the array in SQL.
      apply: (q, code: string) => q.where('municipalityCodes', '@>', sql<string[]>`array[${code}]::text[]`),
    },
    theme: {
      schema: text.max(100),
      description: 'Ecosystems with this theme',
      apply: (q, theme: string) => q.where('themes', '@>', sql<string[]>`array[${theme}]::text[]`),
    },
  },
  check: (db, record) => checkMunicipalityCodes(db, record),
});

export const ecosystemMembersResource = defineResource(ENTITIES['ecosystem-members'], {
  summary: 'members of ecosystems with their roles',
  filters: {
    ecosystemId: byId('ecosystemId', 'Of this ecosystem'),
    organisationId: byId('organisationId', 'This organisation'),
    role: oneOf('role', ECOSYSTEM_MEMBER_ROLES, 'Member role'),
  },
});
