import { z } from 'zod';
import { ACTIVITY_KINDS, CONTACT_STAGES } from '../../../domain/enums.js';
import type { ActivityRow } from './pipeline.repository.js';
import type { PipelineCard } from './pipeline.service.js';

const names = {
  nameFi: z.string(),
  nameSv: z.string().nullable(),
  nameEn: z.string().nullable(),
};

export const activitySchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    kind: z.enum(ACTIVITY_KINDS),
    body: z.string(),
    occurredAt: z.string(),
    fromStage: z.enum(CONTACT_STAGES).nullable(),
    toStage: z
      .enum(CONTACT_STAGES)
      .nullable()
      .meta({ description: 'The stage moved to (stage changes only)' }),
    createdBy: z.string(),
  })
  .meta({ id: 'ContactActivity' });

export const cardSchema = z
  .object({
    id: z.uuid(),
    workspaceId: z.uuid(),
    visibility: z.string(),
    stage: z.enum(CONTACT_STAGES),
    organisation: z.object({
      id: z.uuid(),
      ...names,
      town: z.object(names).nullable(),
      example: z.boolean().meta({ description: 'Fictional example data of the demo' }),
    }),
    reason: z.string().nullable(),
    nextStep: z.string().nullable().meta({ description: 'The next action' }),
    nextStepOn: z.string().nullable().meta({ description: 'The next action falls due on (YYYY-MM-DD)' }),
    owner: z
      .object({
        id: z.uuid(),
        name: z.string().nullable().meta({ description: 'Display name; never the e-mail address' }),
      })
      .nullable(),
    person: z
      .object({
        id: z.uuid(),
        name: z.string(),
        role: z
          .string()
          .nullable()
          .meta({ description: "The title of the person's role in the organisation, if one is known" }),
      })
      .nullable()
      .meta({ description: 'The person the contact is with, when the caller may see them' }),
    need: z
      .object({ id: z.uuid(), ...names })
      .nullable()
      .meta({ description: 'The competence need the contact serves' }),
    lastActivity: z
      .object({
        kind: z.enum(ACTIVITY_KINDS),
        occurredAt: z.string(),
        toStage: z.enum(CONTACT_STAGES).nullable(),
      })
      .nullable(),
    enquiry: z
      .object({ pageUrl: z.string(), receivedAt: z.string() })
      .nullable()
      .meta({ description: "The public page an investor's enquiry came from, when the card is one" }),
    example: z.boolean().meta({ description: 'Fictional example data of the demo' }),
    updatedAt: z.string(),
  })
  .meta({ id: 'PipelineCard' });

export const pipelineSchema = z
  .object({
    stages: z.array(z.object({ stage: z.enum(CONTACT_STAGES), cards: z.array(cardSchema) })),
  })
  .meta({ id: 'Pipeline' });

export const dueSchema = z
  .object({
    today: z.string(),
    until: z.string(),
    items: z.array(cardSchema).meta({ description: 'Overdue first, then by due date' }),
  })
  .meta({ id: 'PipelineDue' });

type Stage = (typeof CONTACT_STAGES)[number];
type Kind = (typeof ACTIVITY_KINDS)[number];

export const presentActivity = (a: ActivityRow): z.infer<typeof activitySchema> => ({
  id: a.id,
  contactId: a.contactId!,
  kind: a.kind as Kind,
  body: a.body,
  occurredAt: a.occurredAt.toISOString(),
  fromStage: a.fromStage as Stage | null,
  toStage: a.toStage as Stage | null,
  createdBy: a.createdBy,
});

const townOf = (c: PipelineCard) =>
  c.townFi ? { nameFi: c.townFi, nameSv: c.townSv, nameEn: c.townEn } : null;

export const presentCard = (c: PipelineCard): z.infer<typeof cardSchema> => ({
  id: c.id,
  workspaceId: c.workspaceId,
  visibility: c.visibility,
  stage: c.stage as Stage,
  organisation: {
    id: c.organisationId,
    nameFi: c.nameFi,
    nameSv: c.nameSv,
    nameEn: c.nameEn,
    town: townOf(c),
    example: c.organisationSource === 'example',
  },
  reason: c.reason,
  nextStep: c.nextStep,
  nextStepOn: c.nextStepOn,
  owner: c.owner ? { id: c.owner.id, name: c.owner.displayName } : null,
  person: c.person,
  need: c.competence,
  lastActivity: c.lastActivity
    ? {
        kind: c.lastActivity.kind as Kind,
        occurredAt: c.lastActivity.occurredAt.toISOString(),
        toStage: c.lastActivity.toStage as Stage | null,
      }
    : null,
  enquiry:
    c.enquiryPageUrl && c.enquiryReceivedAt
      ? { pageUrl: c.enquiryPageUrl, receivedAt: c.enquiryReceivedAt.toISOString() }
      : null,
  example: c.example,
  updatedAt: c.updatedAt.toISOString(),
});

/** Cards in the stages' order, every stage present (an empty column is still a place to drop a card). */
export const presentPipeline = (cards: PipelineCard[]): z.infer<typeof pipelineSchema> => ({
  stages: CONTACT_STAGES.map((stage) => ({
    stage,
    cards: cards.filter((c) => c.stage === stage).map(presentCard),
  })),
});
