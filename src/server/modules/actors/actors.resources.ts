import { z } from 'zod';
import { competence, organisationCompetence, person, personRole, relation } from '../../../domain/actors.js';
import { text } from '../../../domain/common.js';
import { COMPETENCE_DIRECTIONS, RELATION_KINDS, RELATION_SOURCES } from '../../../domain/enums.js';
import { AppError } from '../../errors.js';
import { byId, flag, inJoinTable, oneOf } from '../../resources/filters.js';
import type { ResourceDefinition } from '../../resources/types.js';

export const competencesResource: ResourceDefinition = {
  path: 'competences',
  table: 'competences',
  entity: 'Competence',
  summary: 'competences (the controlled vocabulary)',
  schemas: competence,
  sortable: ['nameFi', 'slug', 'createdAt'],
  searchable: true,
  alternateKeys: ['slug'],
  filters: { isTheme: flag('isTheme', 'Themes only (or only non-themes)') },
};

export const organisationCompetencesResource: ResourceDefinition = {
  path: 'organisation-competences',
  table: 'organisationCompetences',
  entity: 'OrganisationCompetence',
  summary: 'competences offered or needed by organisations',
  schemas: organisationCompetence,
  sortable: ['createdAt', 'direction'],
  searchable: true,
  filters: {
    organisationId: byId('organisationId', 'Of this organisation'),
    competenceId: byId('competenceId', 'Of this competence'),
    direction: oneOf('direction', COMPETENCE_DIRECTIONS, 'Offer or need'),
    tag: {
      schema: text.max(100),
      description: 'Free tag',
      apply: (q, t: string) => q.where('tag', '=', t),
    },
  },
};

export const peopleResource: ResourceDefinition = {
  path: 'people',
  table: 'people',
  entity: 'Person',
  summary: 'people (personal data: lawful basis, purpose and retention are required)',
  personal: true,
  async check(_db, record) {
    if (record.visibility === 'public') {
      throw new AppError(400, 'validation_failed', 'Personal data is never public', [
        { path: 'visibility', message: 'Use private or network' },
      ]);
    }
  },
  schemas: person,
  sortable: ['createdAt', 'collectedOn'],
  searchable: true,
  filters: {
    organisationId: inJoinTable(
      'id',
      { table: 'personRoles', select: 'personId', where: 'organisationId' },
      'People with a role in this organisation',
    ),
  },
};

export const personRolesResource: ResourceDefinition = {
  path: 'person-roles',
  table: 'personRoles',
  entity: 'PersonRole',
  summary: "people's roles in organisations",
  schemas: personRole,
  sortable: ['createdAt', 'title'],
  filters: {
    personId: byId('personId', 'Of this person'),
    organisationId: byId('organisationId', 'In this organisation'),
    isContact: flag('isContact', 'Contact persons only'),
  },
};

export const relationsResource: ResourceDefinition = {
  path: 'relations',
  table: 'relations',
  entity: 'Relation',
  summary: 'relations between organisations',
  schemas: relation,
  sortable: ['createdAt', 'kind', 'weight'],
  searchable: true,
  filters: {
    organisationId: {
      schema: z.uuid(),
      description: 'Relations with this organisation at either end',
      apply: (q, id: string) =>
        q.where((eb) => eb.or([eb('fromOrganisationId', '=', id), eb('toOrganisationId', '=', id)])),
    },
    fromOrganisationId: byId('fromOrganisationId', 'From this organisation'),
    toOrganisationId: byId('toOrganisationId', 'To this organisation'),
    kind: oneOf('kind', RELATION_KINDS, 'Relation kind'),
    source: oneOf('source', RELATION_SOURCES, 'Where the relation was learnt'),
  },
};
