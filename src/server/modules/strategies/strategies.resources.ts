import { ACTION_STATUSES, STRATEGY_SCOPES } from '../../../domain/enums.js';
import { AppError } from '../../errors.js';
import { byId, oneOf } from '../../resources/filters.js';
import { defineResource } from '../../resources/types.js';
import { ENTITIES } from '../../../domain/catalogue.js';

export const strategiesResource = defineResource(ENTITIES.strategies, {
  summary: 'strategies of ecosystems and networks',
  filters: {
    scope: oneOf('scope', STRATEGY_SCOPES, 'Scope'),
    ecosystemId: byId('ecosystemId', 'Of this ecosystem'),
    networkId: byId('networkId', 'Of this network'),
  },
  async check(_db, record) {
    const owner = record.scope === 'ecosystem' ? 'ecosystemId' : 'networkId';
    const other = record.scope === 'ecosystem' ? 'networkId' : 'ecosystemId';
    if (!record[owner] || record[other]) {
      throw new AppError(
        422,
        'scope_mismatch',
        `A ${String(record.scope)} strategy names its ${owner} and nothing else`,
        [{ path: owner, message: `Required when scope is ${String(record.scope)}` }],
      );
    }
  },
});

export const strategyGoalsResource = defineResource(ENTITIES['strategy-goals'], {
  summary: 'goals with indicators, baselines and targets',
  filters: { strategyId: byId('strategyId', 'Of this strategy') },
});

export const goalActualsResource = defineResource(ENTITIES['goal-actuals'], {
  summary: 'dated actual values of goal indicators',
  filters: { goalId: byId('goalId', 'Of this goal') },
});

export const developmentActionsResource = defineResource(ENTITIES['development-actions'], {
  summary: 'development actions with owners, schedule and status',
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
