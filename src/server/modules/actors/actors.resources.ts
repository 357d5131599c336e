import { z } from 'zod';
import { text } from '../../../domain/common.js';
import { COMPETENCE_DIRECTIONS, RELATION_KINDS, RELATION_SOURCES } from '../../../domain/enums.js';
import { AppError } from '../../errors.js';
import { byId, flag, inJoinTable, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';
import { checkTheme } from '../competences/competences.service.js';
import { afterRelationWrite } from '../events/event-relations.service.js';

/**
 * The answer a relation or competence record was accepted from (a mapping round's proposal), read-only:
 * only the review queue writes it.
 */
const fromAnswer = {
  extraOutput: {
    answerProposalId: z
      .uuid()
      .nullable()
      .meta({ description: 'The mapping-round answer (its proposal) this record was accepted from' }),
  },
  readOnlyColumns: ['answerProposalId'],
};

export const competencesResource = defineResource(ENTITIES.competences, {
  summary: 'competences (the controlled vocabulary)',
  filters: { isTheme: flag('isTheme', 'Themes only (or only non-themes)') },
  check: (db, record, existing) => checkTheme(db, record, existing?.id as string | undefined),
});

export const organisationCompetencesResource = defineResource(ENTITIES['organisation-competences'], {
  summary: 'competences offered or needed by organisations',
  ...fromAnswer,
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
});

export const peopleResource = defineResource(ENTITIES.people, {
  summary: 'people (personal data: lawful basis, purpose and retention are required)',
  async check(_db, record) {
    if (record.visibility === 'public') {
      throw new AppError(400, 'validation_failed', 'Personal data is never public', [
        { path: 'visibility', message: 'Use private or network' },
      ]);
    }
  },
  filters: {
    organisationId: inJoinTable(
      'id',
      { table: 'personRoles', select: 'personId', where: 'organisationId' },
      'People with a role in this organisation',
    ),
  },
});

export const personRolesResource = defineResource(ENTITIES['person-roles'], {
  summary: "people's roles in organisations",
  filters: {
    personId: byId('personId', 'Of this person'),
    organisationId: byId('organisationId', 'In this organisation'),
    isContact: flag('isContact', 'Contact persons only'),
  },
});

export const relationsResource = defineResource(ENTITIES.relations, {
  summary: 'relations between organisations',
  extraOutput: {
    ...fromAnswer.extraOutput,
    eventId: z
      .uuid()
      .nullable()
      .meta({ description: "The event whose participation wrote this relation ('met at event')" }),
  },
  readOnlyColumns: [...fromAnswer.readOnlyColumns, 'eventId'],
  afterWrite: afterRelationWrite,
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
});
