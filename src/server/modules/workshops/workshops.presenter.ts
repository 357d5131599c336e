/** What leaves the server about a workshop: the facilitator's board and the participant's view. */
import { z } from 'zod';
import { PHASE_KINDS, PHASE_STATUSES, WORKSHOP_STATUSES } from '../../../domain/workshops.js';
import type { Caller } from '../../auth/caller.js';
import { canWrite } from '../../auth/visibility.js';
import type { IdeaRow, PhaseRow, WorkshopRow } from './workshops.repository.js';

const titles = {
  titleFi: z.string(),
  titleSv: z.string().nullable(),
  titleEn: z.string().nullable(),
};

export const workshopSchema = z
  .object({
    id: z.string(),
    strategyId: z.string(),
    eventId: z.string().nullable(),
    ...titles,
    joinCode: z.string().meta({ description: 'The code participants join with (six letters and digits)' }),
    status: z.enum(WORKSHOP_STATUSES),
    voteBudget: z.number().int(),
    currentPhaseId: z.string().nullable(),
    example: z.boolean().meta({ description: "True for the demo's fictional example workshop" }),
    createdAt: z.string(),
    updatedAt: z.string(),
    canEdit: z.boolean().meta({ description: 'Whether you may run it (the editor role on its strategy)' }),
  })
  .meta({ id: 'Workshop' });

export const phaseSchema = z
  .object({
    id: z.string(),
    position: z.number().int(),
    kind: z.enum(PHASE_KINDS),
    ...titles,
    promptFi: z.string().nullable(),
    promptSv: z.string().nullable(),
    promptEn: z.string().nullable(),
    status: z.enum(PHASE_STATUSES),
  })
  .meta({ id: 'WorkshopPhase' });

export const ideaSchema = z
  .object({
    id: z.string(),
    phaseId: z.string(),
    participantId: z.string().nullable().meta({ description: "Null for the facilitator's own idea" }),
    text: z.string(),
    groupId: z.string().nullable(),
    position: z.number().int(),
    dots: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'WorkshopIdea' });

export const groupSchema = z
  .object({ id: z.string(), title: z.string(), position: z.number().int(), dots: z.number().int() })
  .meta({ id: 'WorkshopGroup' });

const participantSchema = z
  .object({ id: z.string(), displayName: z.string(), organisationName: z.string() })
  .meta({ id: 'WorkshopParticipant' });

export const boardSchema = z
  .object({
    workshop: workshopSchema,
    phases: z.array(phaseSchema),
    participants: z.array(participantSchema),
    ideas: z.array(ideaSchema),
    groups: z.array(groupSchema),
    outcome: z
      .array(
        z.object({
          goalId: z.string().nullable(),
          actionId: z.string().nullable(),
          ideaId: z.string().nullable(),
          groupId: z.string().nullable(),
          dots: z.number().int(),
          titleFi: z.string().nullable().meta({ description: "The goal's or the action's title" }),
          titleSv: z.string().nullable(),
          titleEn: z.string().nullable(),
        }),
      )
      .meta({
        description: 'The goals and actions made from the workshop, each with the idea or group it came from',
      }),
    lastEventId: z
      .number()
      .int()
      .meta({ description: 'Send it as Last-Event-ID to the stream to get only what is newer' }),
  })
  .meta({ id: 'WorkshopBoard' });

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export const presentWorkshop = (row: WorkshopRow, caller: Caller) => ({
  id: row.id,
  strategyId: row.strategyId,
  eventId: row.eventId,
  titleFi: row.titleFi,
  titleSv: row.titleSv,
  titleEn: row.titleEn,
  joinCode: row.joinCode,
  status: row.status as (typeof WORKSHOP_STATUSES)[number],
  voteBudget: row.voteBudget,
  currentPhaseId: row.currentPhaseId,
  example: row.example,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
  canEdit: canWrite(caller, row.workspaceId),
});

export const presentPhase = (row: PhaseRow) => ({
  ...row,
  kind: row.kind as (typeof PHASE_KINDS)[number],
  status: row.status as (typeof PHASE_STATUSES)[number],
});

export const presentIdea = (row: IdeaRow) => ({
  id: row.id,
  phaseId: row.phaseId,
  participantId: row.participantId,
  text: row.text,
  groupId: row.groupId,
  position: row.position,
  dots: row.dots,
  createdAt: iso(row.createdAt),
});

export const presentParticipant = (row: { id: string; displayName: string; organisationName: string }) => ({
  id: row.id,
  displayName: row.displayName,
  organisationName: row.organisationName,
});

/** The workshop as a participant sees it: no join code, no one's name. */
export const joinWorkshopSchema = z
  .object({
    ...titles,
    status: z.enum(WORKSHOP_STATUSES),
    voteBudget: z.number().int(),
  })
  .meta({ id: 'JoinWorkshop' });

export const presentJoinWorkshop = (row: WorkshopRow) => ({
  titleFi: row.titleFi,
  titleSv: row.titleSv,
  titleEn: row.titleEn,
  status: row.status as (typeof WORKSHOP_STATUSES)[number],
  voteBudget: row.voteBudget,
});
