import {
  actionProject,
  developmentAction,
  goalActual,
  strategy,
  strategyGoal,
} from '../../../domain/strategies.js';
import { ACTION_STATUSES, STRATEGY_SCOPES } from '../../../domain/enums.js';
import { AppError } from '../../errors.js';
import { byId, oneOf } from '../../resources/filters.js';
import type { ResourceDefinition } from '../../resources/types.js';

export const strategiesResource: ResourceDefinition = {
  path: 'strategies',
  table: 'strategies',
  entity: 'Strategy',
  summary: 'strategies of ecosystems and networks',
  networkField: 'networkId',
  schemas: strategy,
  sortable: ['titleFi', 'startYear', 'createdAt'],
  searchable: true,
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
};

export const strategyGoalsResource: ResourceDefinition = {
  path: 'strategy-goals',
  table: 'strategyGoals',
  entity: 'StrategyGoal',
  summary: 'goals with indicators, baselines and targets',
  schemas: strategyGoal,
  // Not targetYear: it is nullable, and keyset paging on (column, id) would drop the rows without one.
  sortable: ['createdAt', 'titleFi'],
  searchable: true,
  filters: { strategyId: byId('strategyId', 'Of this strategy') },
};

export const goalActualsResource: ResourceDefinition = {
  path: 'goal-actuals',
  table: 'goalActuals',
  entity: 'GoalActual',
  summary: 'dated actual values of goal indicators',
  schemas: goalActual,
  sortable: ['measuredOn', 'createdAt'],
  filters: { goalId: byId('goalId', 'Of this goal') },
};

export const developmentActionsResource: ResourceDefinition = {
  path: 'development-actions',
  table: 'developmentActions',
  entity: 'DevelopmentAction',
  summary: 'development actions with owners, schedule and status',
  schemas: developmentAction,
  sortable: ['createdAt', 'titleFi', 'status'],
  searchable: true,
  filters: {
    strategyId: byId('strategyId', 'Of this strategy'),
    goalId: byId('goalId', 'For this goal'),
    ownerOrganisationId: byId('ownerOrganisationId', 'Owned by this organisation'),
    status: oneOf('status', ACTION_STATUSES, 'Status'),
  },
};

export const actionProjectsResource: ResourceDefinition = {
  path: 'action-projects',
  table: 'actionProjects',
  entity: 'ActionProject',
  summary: 'projects linked to development actions',
  schemas: actionProject,
  sortable: ['createdAt'],
  filters: { actionId: byId('actionId', 'Of this action'), projectId: byId('projectId', 'This project') },
};
