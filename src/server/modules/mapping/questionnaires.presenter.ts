import { z } from 'zod';
import { QUESTIONNAIRE_LAWFUL_BASES } from '../../../domain/enums.js';
import type { QuestionnaireRow } from './questionnaires.repository.js';

export const ROUND_VISIBILITIES = ['private', 'network'] as const;

const orNull = z.string().nullable();

export const questionnaireSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    visibility: z.enum(ROUND_VISIBILITIES),
    nameFi: z.string(),
    nameSv: orNull,
    nameEn: orNull,
    descriptionFi: orNull,
    descriptionSv: orNull,
    descriptionEn: orNull,
    privacyNoticeFi: orNull,
    privacyNoticeSv: orNull,
    privacyNoticeEn: orNull,
    lawfulBasis: z.enum(QUESTIONNAIRE_LAWFUL_BASES),
    latestVersion: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Questionnaire' });

export function presentQuestionnaire(r: QuestionnaireRow) {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    visibility: r.visibility as (typeof ROUND_VISIBILITIES)[number],
    nameFi: r.nameFi,
    nameSv: r.nameSv,
    nameEn: r.nameEn,
    descriptionFi: r.descriptionFi,
    descriptionSv: r.descriptionSv,
    descriptionEn: r.descriptionEn,
    privacyNoticeFi: r.privacyNoticeFi,
    privacyNoticeSv: r.privacyNoticeSv,
    privacyNoticeEn: r.privacyNoticeEn,
    lawfulBasis: r.lawfulBasis as (typeof QUESTIONNAIRE_LAWFUL_BASES)[number],
    latestVersion: r.latestVersion,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
