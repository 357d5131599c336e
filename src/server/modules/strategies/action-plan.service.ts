/** A strategy's yearly action plan (Excel) from what the caller may read of it. */
import { goalStatus } from '../../../domain/goal-status.js';
import { actionPlanXlsx, type ActionPlanAction } from '../../../reports/action-plan.js';
import type { Language } from '../../../reports/labels.js';
import { CONTENT_TYPES } from '../../../reports/picture-report.js';
import type { Caller } from '../../auth/caller.js';
import { readableRecord } from '../../auth/record-access.js';
import type { Database } from '../../db/database.js';
import * as repo from './action-plan.repository.js';
import { actualsOf, goalsOfStrategies } from './rollup.repository.js';

const STRATEGY = { entity: 'strategies', name: 'Strategy' };
const SUFFIX = { fi: 'Fi', sv: 'Sv', en: 'En' } as const;

/** A record's text in the language, or its Finnish one. */
const inLang = (record: object, base: string, lang: Language): string | null => {
  const fields = record as Record<string, unknown>;
  const own = fields[`${base}${SUFFIX[lang]}`];
  return typeof own === 'string' && own.trim() !== ''
    ? own
    : ((fields[`${base}Fi`] as string | null) ?? null);
};

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
  const goalTitle = new Map(goals.map((g) => [g.id, inLang(g, 'title', lang)]));
  const planned: ActionPlanAction[] = actions.map((a) => ({
    title: inLang(a, 'title', lang) ?? '',
    goal: a.goalId ? (goalTitle.get(a.goalId) ?? null) : null,
    owner:
      a.ownerNameFi === null
        ? null
        : inLang({ nameFi: a.ownerNameFi, nameSv: a.ownerNameSv, nameEn: a.ownerNameEn }, 'name', lang),
    status: a.status,
    startOn: a.startOn,
    endOn: a.endOn,
    projects: links.projects.filter((p) => p.actionId === a.id).map((p) => inLang(p, 'name', lang) ?? ''),
    calls: links.calls.filter((c) => c.actionId === a.id).map((c) => inLang(c, 'title', lang) ?? ''),
    description: inLang(a, 'description', lang),
  }));
  const endOfYear = `${year}-12-31`;
  const body = await actionPlanXlsx(
    {
      strategy: inLang(strategy, 'title', lang) ?? '',
      year,
      actions: planned,
      goals: goals.map((g) => {
        const latest = goalStatus(
          g,
          actuals.filter((a) => a.goalId === g.id),
          endOfYear,
        ).latest;
        return {
          title: inLang(g, 'title', lang) ?? '',
          indicator: inLang(g, 'indicator', lang) ?? '',
          unit: inLang(g, 'unit', lang),
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
