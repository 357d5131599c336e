import { sql } from 'kysely';
import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { ecosystem, ecosystemMember } from '../../../domain/ecosystems.js';
import { ECOSYSTEM_MEMBER_ROLES } from '../../../domain/enums.js';
import { byId, flag, oneOf } from '../../resources/filters.js';
import type { ResourceDefinition } from '../../resources/types.js';
import { checkMunicipalityCodes } from '../reference/checks.js';

export const ecosystemsResource: ResourceDefinition = {
  path: 'ecosystems',
  table: 'ecosystems',
  entity: 'Ecosystem',
  summary: 'innovation ecosystems (theme and place)',
  schemas: ecosystem,
  sortable: ['nameFi', 'slug', 'createdAt'],
  searchable: true,
  alternateKeys: ['slug'],
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
};

export const ecosystemMembersResource: ResourceDefinition = {
  path: 'ecosystem-members',
  table: 'ecosystemMembers',
  entity: 'EcosystemMember',
  summary: 'members of ecosystems with their roles',
  schemas: ecosystemMember,
  sortable: ['createdAt', 'role'],
  filters: {
    ecosystemId: byId('ecosystemId', 'Of this ecosystem'),
    organisationId: byId('organisationId', 'This organisation'),
    role: oneOf('role', ECOSYSTEM_MEMBER_ROLES, 'Member role'),
  },
};
