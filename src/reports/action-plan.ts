/**
 * A strategy's yearly action plan as an Excel workbook in the reader's language: the development actions
 * under way in the year (or not yet scheduled) with their owners, schedule, projects and funding calls,
 * and the goals they serve with baseline, target and the latest actual by the end of the year.
 */
import { writeXlsx } from '../formats/writers/xlsx.js';
import { actionPlanWord, actionStatusName, formatDate, type Language } from './labels.js';

export type ActionPlanAction = {
  title: string;
  goal: string | null;
  owner: string | null;
  status: string;
  startOn: string | null;
  endOn: string | null;
  projects: readonly string[];
  calls: readonly string[];
  description: string | null;
};

export type ActionPlanGoal = {
  title: string;
  indicator: string;
  unit: string | null;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  latest: { value: number; measuredOn: string; source: string | null } | null;
};

export type ActionPlan = {
  strategy: string;
  year: number;
  actions: readonly ActionPlanAction[];
  goals: readonly ActionPlanGoal[];
};

/** Whether an action is under way at some time in the year; one without dates belongs to every year. */
export function inYear(action: Pick<ActionPlanAction, 'startOn' | 'endOn'>, year: number): boolean {
  const starts = action.startOn ?? action.endOn;
  const ends = action.endOn ?? action.startOn;
  if (!starts || !ends) return true;
  return starts <= `${year}-12-31` && ends >= `${year}-01-01`;
}

export function actionPlanXlsx(plan: ActionPlan, lang: Language): Promise<Uint8Array> {
  const w = (key: Parameters<typeof actionPlanWord>[0]) => actionPlanWord(key, lang);
  const day = (d: string | null) => (d ? formatDate(d, lang) : '');
  const actions = plan.actions.filter((a) => inYear(a, plan.year));
  return writeXlsx([
    {
      name: `${w('actionPlan')} ${plan.year}`,
      headers: [
        w('action'),
        w('goal'),
        w('owner'),
        w('status'),
        w('startOn'),
        w('endOn'),
        w('projects'),
        w('calls'),
        w('description'),
      ],
      rows: actions.map((a) => [
        a.title,
        a.goal,
        a.owner,
        actionStatusName(a.status, lang),
        a.startOn || a.endOn ? day(a.startOn) : w('noSchedule'),
        day(a.endOn),
        a.projects.join(', '),
        a.calls.join(', '),
        a.description,
      ]),
    },
    {
      name: w('goals'),
      headers: [
        w('goal'),
        w('indicator'),
        w('unit'),
        w('baseline'),
        w('baselineYear'),
        w('target'),
        w('targetYear'),
        w('latestActual'),
        w('measuredOn'),
        w('source'),
      ],
      rows: plan.goals.map((g) => [
        g.title,
        g.indicator,
        g.unit,
        g.baselineValue,
        g.baselineYear,
        g.targetValue,
        g.targetYear,
        g.latest?.value ?? null,
        day(g.latest?.measuredOn ?? null),
        g.latest?.source ?? null,
      ]),
    },
  ]);
}
