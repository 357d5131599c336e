import { z } from 'zod';
import {
  businessId,
  descriptionFields,
  entitySchemas,
  id,
  isoDate,
  longText,
  municipalityCode,
  nameFields,
  opt,
  periodIsOrdered,
  shortText,
  slug,
  text,
  tolCode,
  url,
} from './common.js';
import {
  COMPETENCE_DIRECTIONS,
  LAWFUL_BASES,
  ORGANISATION_KINDS,
  RELATION_KINDS,
  RELATION_SOURCES,
  SIZE_CLASSES,
} from './enums.js';

export const organisation = entitySchemas('Organisation', {
  kind: z.enum(ORGANISATION_KINDS),
  ...nameFields,
  businessId: opt(businessId),
  tolCode: opt(tolCode),
  municipalityCode: opt(municipalityCode),
  website: opt(url),
  ...descriptionFields,
  sizeClass: z.enum(SIZE_CLASSES).optional(),
  isPublic: z.boolean().optional(),
  lastVerifiedOn: opt(isoDate),
  /** The day the actor agreed to be shown as a key actor on public pages (issue 17); none: not shown. */
  publicConsentOn: opt(isoDate),
});

export const competence = entitySchemas('Competence', {
  slug,
  ...nameFields,
  ...descriptionFields,
  isTheme: z.boolean().optional(),
  /** The theme (a competence marked as one) this competence stands under. */
  themeId: opt(id),
});

export const organisationCompetence = entitySchemas(
  'OrganisationCompetence',
  {
    organisationId: id,
    direction: z.enum(COMPETENCE_DIRECTIONS),
    competenceId: opt(id),
    tag: opt(text.trim().min(1).max(100)),
    description: opt(longText),
    /** Where the record was learnt, in the relations' words; 'example' for the demo's example data. */
    source: opt(z.enum(RELATION_SOURCES)),
  },
  (v, ctx) => {
    // On update both may be absent (unchanged); on create the service checks the merged row.
    if (v.competenceId === null && v.tag === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['tag'],
        message: 'Give a competence from the vocabulary or a tag',
      });
    }
  },
);

export const person = entitySchemas(
  'Person',
  {
    fullName: opt(shortText),
    title: opt(shortText),
    email: opt(z.email().max(300)),
    phone: opt(z.string().regex(/^\+?[0-9 ()-]{5,30}$/, 'Digits, spaces, +, - and parentheses only')),
    lawfulBasis: z.enum(LAWFUL_BASES),
    purpose: shortText,
    source: shortText,
    collectedOn: isoDate,
    informedOn: opt(isoDate),
    retainUntil: opt(isoDate),
  },
  (v, ctx) => periodIsOrdered(v, ctx, 'collectedOn', 'retainUntil'),
);

export const personRole = entitySchemas(
  'PersonRole',
  {
    personId: id,
    organisationId: id,
    title: shortText,
    startOn: opt(isoDate),
    endOn: opt(isoDate),
    isContact: z.boolean().optional(),
  },
  (v, ctx) => periodIsOrdered(v, ctx, 'startOn', 'endOn'),
);

export const relation = entitySchemas(
  'Relation',
  {
    fromOrganisationId: id,
    toOrganisationId: id,
    kind: z.enum(RELATION_KINDS),
    weight: z.number().positive().max(1000).optional(),
    startOn: opt(isoDate),
    endOn: opt(isoDate),
    source: z.enum(RELATION_SOURCES).optional(),
    description: opt(longText),
    /** The contact person through whom the relation is known. */
    personId: opt(id),
  },
  (v, ctx) => {
    periodIsOrdered(v, ctx, 'startOn', 'endOn');
    if (v.fromOrganisationId && v.fromOrganisationId === v.toOrganisationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['toOrganisationId'],
        message: 'A relation joins two different organisations',
      });
    }
  },
);
