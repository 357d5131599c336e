import { ACTION_STATUSES, STRATEGY_SCOPES } from '../../../domain/enums.js';
import { AppError } from '../../errors.js';
import { z } from 'zod';
import { byId, eq, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';
import { checkContribution } from './rollup.service.js';

/** The field that names what a strategy of each scope belongs to. */
const SCOPE_OWNER = {
  ecosystem: 'ecosystemId',
  network: 'networkId',
  municipality: 'municipalityCode',
} as const satisfies Record<(typeof STRATEGY_SCOPES)[number], string>;

/** The demo's fictional example data is marked so every page that shows it can say so. */
const exampleOutput = {
  example: z.boolean().meta({ description: 'Fictional example data of the demo, not a fact' }),
};

export const strategiesResource = defineResource(ENTITIES.strategies, {
  summary: 'strategies of ecosystems, networks and towns',
  extraOutput: exampleOutput,
  readOnlyColumns: ['example'],
  filters: {
    scope: oneOf('scope', STRATEGY_SCOPES, 'Scope'),
    ecosystemId: byId('ecosystemId', 'Of this ecosystem'),
    networkId: byId('networkId', 'Of this network'),
    municipalityCode: eq('municipalityCode', z.string().regex(/^\d{3}$/), 'Of this town (municipality code)'),
  },
  async check(_db, record) {
    const scope = record.scope as (typeof STRATEGY_SCOPES)[number];
    const owner = SCOPE_OWNER[scope];
    const others = Object.values(SCOPE_OWNER).filter((field) => field !== owner);
    if (!record[owner] || others.some((field) => record[field])) {
      throw new AppError(
        422,
        'scope_mismatch',
        `A ${String(record.scope)} strategy names its ${owner} and nothing else`,
        [{ path: owner, message: `Required when scope is ${String(record.scope)}` }],
      );
    }
  },
});

/**
 * The report proposal a goal or action was accepted from (issue 14), or the workshop it was made in
 * (issue 16), read-only: only the report's "into the strategy" step and the workshop's outcome write
 * them. The proposal in the report, and the workshop's outcome links, hold the evidence.
 */
const fromReport = {
  extraOutput: {
    pictureReportId: z.uuid().nullable().meta({ description: 'The report document it was accepted from' }),
    reportProposalKey: z.string().nullable().meta({ description: 'The proposal of that report' }),
    workshopId: z.uuid().nullable().meta({ description: 'The workshop it was made in (issue 16)' }),
  },
  readOnlyColumns: ['pictureReportId', 'reportProposalKey', 'workshopId'],
};

export const strategyGoalsResource = defineResource(ENTITIES['strategy-goals'], {
  summary: 'goals with indicators, baselines and targets',
  extraOutput: { ...fromReport.extraOutput, ...exampleOutput },
  readOnlyColumns: [...fromReport.readOnlyColumns, 'example'],
  filters: { strategyId: byId('strategyId', 'Of this strategy') },
  async check(db, record) {
    if (!record.rollupRule) return;
    const strategy = await db
      .selectFrom('strategies')
      .select('scope')
      .where('id', '=', record.strategyId as string)
      .executeTakeFirst();
    if (strategy && strategy.scope !== 'network')
      throw new AppError(
        422,
        'rollup_rule_not_network',
        'Only a network strategy’s goal has a roll-up rule',
        [{ path: 'rollupRule', message: 'Leave empty on a town’s or ecosystem’s goal' }],
      );
  },
});

export const goalActualsResource = defineResource(ENTITIES['goal-actuals'], {
  summary: 'dated actual values of goal indicators',
  filters: { goalId: byId('goalId', 'Of this goal') },
});

export const developmentActionsResource = defineResource(ENTITIES['development-actions'], {
  summary: 'development actions with owners, schedule and status',
  ...fromReport,
  filters: {
    strategyId: byId('strategyId', 'Of this strategy'),
    goalId: byId('goalId', 'For this goal'),
    ownerOrganisationId: byId('ownerOrganisationId', 'Owned by this organisation'),
    status: oneOf('status', ACTION_STATUSES, 'Status'),
  },
});

export const actionProjectsResource = defineResource(ENTITIES['action-projects'], {
  summary: 'projects linked to development actions',
  filters: { actionId: byId('actionId', 'Of this action'), projectId: byId('projectId', 'This project') },
});

export const actionCallsResource = defineResource(ENTITIES['action-calls'], {
  summary: 'funding calls linked to development actions',
  filters: {
    actionId: byId('actionId', 'Of this action'),
    fundingCallId: byId('fundingCallId', 'This funding call'),
  },
});

export const goalContributionsResource = defineResource(ENTITIES['goal-contributions'], {
  summary: 'town and ecosystem goals that contribute to a network goal',
  filters: {
    networkGoalId: byId('networkGoalId', 'To this network goal'),
    contributingGoalId: byId('contributingGoalId', 'From this town’s or ecosystem’s goal'),
  },
  async check(db, record) {
    await checkContribution(db, record.networkGoalId as string, record.contributingGoalId as string);
  },
});
