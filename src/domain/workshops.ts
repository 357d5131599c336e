import { z } from 'zod';
import { text } from './common.js';

/** A workshop (issue 16) is prepared as a draft, opened for its participants and closed at the end. */
export const WORKSHOP_STATUSES = ['draft', 'open', 'closed'] as const;
/** The phases a strategy workshop runs through, in the template's order. */
export const PHASE_KINDS = ['current_state', 'vision', 'ideas', 'grouping', 'voting', 'commitments'] as const;
export const PHASE_STATUSES = ['pending', 'open', 'closed'] as const;
/** The phases in which participants post ideas (a vision, an idea, a commitment are all "ideas"). */
export const IDEA_PHASES = ['vision', 'ideas', 'commitments'] as const satisfies readonly PhaseKind[];
/** What the workshop's live stream tells its screens. */
export const WORKSHOP_EVENT_TYPES = [
  'idea-added',
  'idea-moved',
  'idea-removed',
  'group-changed',
  'vote-changed',
  'phase-changed',
  'participant-joined',
  'participant-erased',
  'workshop-changed',
] as const;
/** What a participant's stream carries: where the workshop is, never what others wrote. */
export const PARTICIPANT_EVENT_TYPES = ['phase-changed', 'workshop-changed'] as const;

export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
export type PhaseKind = (typeof PHASE_KINDS)[number];
export type WorkshopEventType = (typeof WORKSHOP_EVENT_TYPES)[number];

/** Join codes avoid the letters and digits read wrong on a projector: 0/O, 1/I/L. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** The header a participant's secret travels in: never a cookie, never an address. */
export const PARTICIPANT_HEADER = 'x-workshop-participant';
export const joinCode = z
  .string()
  .trim()
  .min(JOIN_CODE_LENGTH)
  .max(JOIN_CODE_LENGTH)
  .transform((code) => code.toUpperCase());

export const VOTE_BUDGET = { min: 1, max: 20, default: 5 } as const;
/** The year strategy goals made in a workshop aim at unless the facilitator says otherwise. */
export const DEFAULT_TARGET_YEAR = 2027;

const ideaText = text.trim().min(1).max(500);
export const displayName = text.trim().min(1).max(80);
export const organisationName = text.trim().max(120);
export const groupTitle = text.trim().min(1).max(200);

const title = text.trim().min(1).max(300);
const optionalTitle = text.trim().max(300).nullable().optional();
const budget = z.number().int().min(VOTE_BUDGET.min).max(VOTE_BUDGET.max);
const uuid = z.uuid();

/** A new workshop of a strategy, its phases made from a template. */
export const workshopCreate = z
  .strictObject({
    strategyId: uuid,
    eventId: uuid.nullable().optional(),
    titleFi: title,
    titleSv: optionalTitle,
    titleEn: optionalTitle,
    voteBudget: budget
      .optional()
      .meta({ description: 'Dots each participant may give (1–20, 5 unless said)' }),
    template: z.enum(['strategy']).default('strategy'),
  })
  .meta({ id: 'WorkshopCreate' });

export const workshopUpdate = z
  .strictObject({
    titleFi: title.optional(),
    titleSv: optionalTitle,
    titleEn: optionalTitle,
    voteBudget: budget.optional(),
    status: z.enum(WORKSHOP_STATUSES).optional(),
  })
  .meta({ id: 'WorkshopUpdate' });

export const facilitatorIdea = z
  .strictObject({ text: ideaText, phaseId: uuid })
  .meta({ id: 'WorkshopIdeaCreate' });
export const groupCreate = z.strictObject({ title: groupTitle }).meta({ id: 'WorkshopGroupCreate' });
export const groupUpdate = z
  .strictObject({ title: groupTitle.optional(), position: z.number().int().min(0).max(10_000).optional() })
  .meta({ id: 'WorkshopGroupUpdate' });
export const ideaPlacement = z
  .strictObject({ groupId: uuid.nullable(), position: z.number().int().min(0).max(100_000).optional() })
  .meta({ id: 'WorkshopIdeaPlacement' });

/** A participant joins by consenting to the notice and giving a name they choose (not necessarily their own). */
export const participantJoin = z
  .strictObject({
    displayName,
    organisationName: organisationName.optional(),
    consent: z.literal(true).meta({ description: 'The participant accepted the consent notice' }),
  })
  .meta({ id: 'WorkshopJoin' });
export const participantIdea = z.strictObject({ text: ideaText }).meta({ id: 'WorkshopParticipantIdea' });
export const participantVote = z
  .strictObject({ dots: z.number().int().min(0).max(VOTE_BUDGET.max) })
  .meta({ id: 'WorkshopVote' });

/** Where a goal or an action of the outcome came from: one idea, or a group of ideas. */
const outcomeSource = z.union([z.strictObject({ ideaId: uuid }), z.strictObject({ groupId: uuid })]);
const year = z.number().int().min(2000).max(2100);
const outcomeTitles = { titleFi: title, titleSv: optionalTitle, titleEn: optionalTitle };

/** The workshop's outcome: draft goals and development actions of its strategy, each from ideas or a group. */
export const workshopOutcome = z
  .strictObject({
    goals: z
      .array(
        z.strictObject({
          key: z
            .string()
            .min(1)
            .max(40)
            .meta({ description: "The goal's name within this request, for actions to point to" }),
          source: outcomeSource,
          ...outcomeTitles,
          indicator: title,
          unit: text.trim().max(50).nullable().optional(),
          baselineValue: z.number().nullable().optional(),
          baselineYear: year.nullable().optional(),
          targetValue: z.number(),
          targetYear: year.default(DEFAULT_TARGET_YEAR),
        }),
      )
      .max(50)
      .default([]),
    actions: z
      .array(
        z.strictObject({
          source: outcomeSource,
          ...outcomeTitles,
          goalKey: z.string().min(1).max(40).optional(),
          ownerOrganisationId: uuid.nullable().optional(),
          startOn: z.iso.date().nullable().optional(),
          endOn: z.iso.date().nullable().optional(),
          projectIds: z.array(uuid).max(20).default([]),
        }),
      )
      .max(100)
      .default([]),
  })
  .meta({ id: 'WorkshopOutcome' });

export type WorkshopOutcome = z.infer<typeof workshopOutcome>;
