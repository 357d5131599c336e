/** A strategy's yearly action plan (Excel) from what the caller may read of it. */
import { goalStatus } from '../../../domain/goal-status.js';
import { textIn } from '../../../domain/text-in-language.js';
import { actionPlanXlsx, type ActionPlanAction } from '../../../reports/action-plan.js';
import type { Language } from '../../../reports/labels.js';
import { CONTENT_TYPES } from '../../../reports/picture-report.js';
import type { Caller } from '../../auth/caller.js';
import { readableRecord } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';
import * as repo from './action-plan.repository.js';
import { actualsOf, goalsOfStrategies } from './rollup.repository.js';

const STRATEGY = { entity: 'strategies', name: 'Strategy' };

export async function actionPlan(db: Database, caller: Caller, id: string, year: number, lang: Language) {
  const strategy = await readableRecord(db, caller, await repo.strategy(db, id), STRATEGY);
  const [goals, actions] = await Promise.all([
    goalsOfStrategies(db, caller, [id]),
    repo.actions(db, caller, id),
  ]);
  const [actuals, links] = await Promise.all([
    actualsOf(
      db,
      caller,
      goals.map((g) => g.id),
    ),
    repo.actionLinks(
      db,
      caller,
      actions.map((a) => a.id),
    ),
  ]);
  const goalTitle = new Map(goals.map((g) => [g.id, textIn(g, 'title', lang)]));
  const planned: ActionPlanAction[] = actions.map((a) => ({
    title: textIn(a, 'title', lang),
    goal: a.goalId ? (goalTitle.get(a.goalId) ?? null) : null,
    owner: textIn(a, 'ownerName', lang),
    status: a.status,
    startOn: a.startOn,
    endOn: a.endOn,
    projects: links.projects.filter((p) => p.actionId === a.id).map((p) => textIn(p, 'name', lang)),
    calls: links.calls.filter((c) => c.actionId === a.id).map((c) => textIn(c, 'title', lang)),
    description: textIn(a, 'description', lang),
  }));
  const endOfYear = `${year}-12-31`;
  const body = await actionPlanXlsx(
    {
      strategy: textIn(strategy, 'title', lang),
      year,
      actions: planned,
      goals: goals.map((g) => {
        const latest = goalStatus(
          g,
          actuals.filter((a) => a.goalId === g.id),
          endOfYear,
        ).latest;
        return {
          title: textIn(g, 'title', lang),
          indicator: textIn(g, 'indicator', lang),
          unit: textIn(g, 'unit', lang),
          baselineValue: g.baselineValue,
          baselineYear: g.baselineYear,
          targetValue: g.targetValue,
          targetYear: g.targetYear,
          latest: latest && { value: latest.value, measuredOn: latest.measuredOn, source: latest.source },
        };
      }),
    },
    lang,
  );
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: `action-plan-${year}-${lang}.xlsx` };
}
