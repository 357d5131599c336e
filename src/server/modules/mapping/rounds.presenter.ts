import { z } from 'zod';
import { STRATEGY_SCOPES } from '../../../domain/enums.js';
import { ROUND_VISIBILITIES } from './questionnaires.presenter.js';
import type { RoundRow } from './rounds.repository.js';

export const roundSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    visibility: z.enum(ROUND_VISIBILITIES),
    questionnaireId: z.string(),
    version: z.number().int().meta({ description: 'The questionnaire version the round asks (read-only)' }),
    nameFi: z.string(),
    nameSv: z.string().nullable(),
    nameEn: z.string().nullable(),
    scope: z.enum(STRATEGY_SCOPES),
    ecosystemId: z.string().nullable(),
    networkId: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    opensOn: z.string(),
    closesOn: z.string(),
    answersKeptUntil: z.string().nullable(),
    closedAt: z.string().nullable(),
    example: z.boolean().meta({
      description:
        'True for the demo’s example round: its answers are fictional example data (read-only; `solmu seed --remove-examples` deletes it)',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MappingRound' });

export function presentRound(r: RoundRow) {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    visibility: r.visibility as (typeof ROUND_VISIBILITIES)[number],
    questionnaireId: r.questionnaireId,
    version: r.version,
    nameFi: r.nameFi,
    nameSv: r.nameSv,
    nameEn: r.nameEn,
    scope: r.scope as (typeof STRATEGY_SCOPES)[number],
    ecosystemId: r.ecosystemId,
    networkId: r.networkId,
    municipalityCode: r.municipalityCode,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    answersKeptUntil: r.answersKeptUntil,
    closedAt: r.closedAt?.toISOString() ?? null,
    example: r.example,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
