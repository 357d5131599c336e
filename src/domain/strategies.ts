import { z } from 'zod';
import {
  descriptionFields,
  entitySchemas,
  id,
  isoDate,
  longText,
  municipalityCode,
  opt,
  periodIsOrdered,
  shortText,
  text,
  titleFields,
  visionFields,
  year,
} from './common.js';
import { ACTION_STATUSES, ROLLUP_RULES, STRATEGY_SCOPES } from './enums.js';

export const strategy = entitySchemas(
  'Strategy',
  {
    scope: z.enum(STRATEGY_SCOPES),
    ecosystemId: opt(id),
    networkId: opt(id),
    municipalityCode: opt(municipalityCode),
    ...titleFields,
    ...visionFields,
    startYear: year,
    endYear: year,
  },
  (v, ctx) => {
    if (typeof v.startYear === 'number' && typeof v.endYear === 'number' && v.endYear < v.startYear) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'endYear must not be before startYear' });
    }
  },
);

/** A goal's unit as the reader sees it after the number: 'kpl', 'kuntaa', 'tilaisuutta/v'. */
const unitText = text.trim().max(50);

export const strategyGoal = entitySchemas('StrategyGoal', {
  strategyId: id,
  ...titleFields,
  indicatorFi: shortText,
  indicatorSv: opt(shortText),
  indicatorEn: opt(shortText),
  unitFi: opt(unitText),
  unitSv: opt(unitText),
  unitEn: opt(unitText),
  baselineValue: opt(z.number()),
  baselineYear: opt(year),
  targetValue: opt(z.number()),
  targetYear: opt(year),
  /** A network goal's rule for gathering the goals that contribute to it; none on others. */
  rollupRule: opt(z.enum(ROLLUP_RULES)),
});

export const goalActual = entitySchemas('GoalActual', {
  goalId: id,
  measuredOn: isoDate,
  value: z.number(),
  /** Where the figure comes from: a register, a survey, the town's own count. */
  source: opt(shortText),
  note: opt(longText),
});

export const developmentAction = entitySchemas(
  'DevelopmentAction',
  {
    strategyId: id,
    goalId: opt(id),
    ...titleFields,
    ...descriptionFields,
    ownerOrganisationId: opt(id),
    startOn: opt(isoDate),
    endOn: opt(isoDate),
    status: z.enum(ACTION_STATUSES).optional(),
  },
  (v, ctx) => periodIsOrdered(v, ctx, 'startOn', 'endOn'),
);

export const actionProject = entitySchemas('ActionProject', {
  actionId: id,
  projectId: id,
  note: opt(shortText),
});

/** A town's or ecosystem's goal that contributes to a network goal of a network it belongs to. */
export const goalContribution = entitySchemas('GoalContribution', {
  networkGoalId: id,
  contributingGoalId: id,
  note: opt(shortText),
});

/** A funding call a development action is to be (or was) financed from. */
export const actionCall = entitySchemas('ActionCall', {
  actionId: id,
  fundingCallId: id,
  note: opt(shortText),
});
