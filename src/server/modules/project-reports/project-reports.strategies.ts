/**
 * The strategies of a project's report: those it carries out development actions of and those of its
 * network and ecosystems, with their goals (indicator, baseline, target, latest actual in the period)
 * and development actions' status. SQL only.
 */
import { sql } from 'kysely';
import { textIn } from '../../../domain/text-in-language.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { num, titleCols, type Lang, type Period, type Scopes } from './project-reports.data.js';
import type { ProjectRow } from './project-reports.repository.js';

/** The strategies the project carries out actions of, and those of its network and ecosystems. */
export async function strategiesOf(db: Database, caller: Caller, project: ProjectRow, s: Scopes) {
  const q = db
    .selectFrom('strategies as s')
    .select(['s.id', ...titleCols('s')])
    .where((eb) =>
      eb.or([
        eb(
          's.id',
          'in',
          eb
            .selectFrom('actionProjects as ap')
            .innerJoin('developmentActions as a', 'a.id', 'ap.actionId')
            .select('a.strategyId')
            .where('ap.projectId', '=', project.id),
        ),
        ...(project.networkId ? [eb('s.networkId', '=', project.networkId)] : []),
        ...(s.ecosystemIds.length ? [eb('s.ecosystemId', 'in', s.ecosystemIds)] : []),
      ]),
    )
    .orderBy('s.titleFi');
  return applyVisibility(q, caller, 's').execute();
}
type StrategyRows = Awaited<ReturnType<typeof strategiesOf>>;

export async function goalsBlock(db: Database, caller: Caller, st: StrategyRows, p: Period, lang: Lang) {
  if (!st.length) return [];
  const strategyName = new Map(st.map((s) => [s.id, textIn(s, 'title', lang)]));
  const q = db
    .selectFrom('strategyGoals as g')
    .select((eb) => [
      'g.id',
      'g.strategyId',
      ...titleCols('g'),
      'g.indicatorFi',
      'g.indicatorSv',
      'g.indicatorEn',
      'g.unitFi',
      'g.unitSv',
      'g.unitEn',
      'g.baselineValue',
      'g.baselineYear',
      'g.targetValue',
      'g.targetYear',
      eb
        .selectFrom('goalActuals as a')
        .select(sql<string>`json_build_object('value', a.value, 'on', a.measured_on)`.as('latest'))
        .whereRef('a.goalId', '=', 'g.id')
        .where('a.measuredOn', '<=', p.periodEnd)
        .orderBy('a.measuredOn', 'desc')
        .limit(1)
        .as('latest'),
    ])
    .where(
      'g.strategyId',
      'in',
      st.map((s) => s.id),
    )
    .orderBy('g.titleFi');
  const rows = await applyVisibility(q, caller, 'g').execute();
  return rows.map((g) => {
    const latest = g.latest as unknown as { value: number; on: string } | null;
    return {
      id: g.id,
      strategy: strategyName.get(g.strategyId)!,
      title: textIn(g, 'title', lang),
      indicator: textIn(g, 'indicator', lang),
      unit: textIn(g, 'unit', lang),
      baselineValue: num(g.baselineValue),
      baselineYear: g.baselineYear,
      targetValue: num(g.targetValue),
      targetYear: g.targetYear,
      actualValue: latest ? Number(latest.value) : null,
      actualOn: latest ? String(latest.on) : null,
    };
  });
}

export async function actionsBlock(
  db: Database,
  caller: Caller,
  st: StrategyRows,
  projectId: string,
  lang: Lang,
) {
  if (!st.length) return [];
  const strategyName = new Map(st.map((s) => [s.id, textIn(s, 'title', lang)]));
  const q = db
    .selectFrom('developmentActions as a')
    .leftJoin('organisations as o', 'o.id', 'a.ownerOrganisationId')
    .select((eb) => [
      'a.id',
      'a.strategyId',
      'a.status',
      'a.startOn',
      'a.endOn',
      ...titleCols('a'),
      'o.nameFi',
      'o.nameSv',
      'o.nameEn',
      eb
        .exists(
          eb
            .selectFrom('actionProjects as ap')
            .select('ap.id')
            .whereRef('ap.actionId', '=', 'a.id')
            .where('ap.projectId', '=', projectId),
        )
        .as('inProject'),
    ])
    .where(
      'a.strategyId',
      'in',
      st.map((s) => s.id),
    )
    .orderBy('a.titleFi');
  const rows = await applyVisibility(q, caller, 'a').execute();
  return rows.map((a) => ({
    id: a.id,
    strategy: strategyName.get(a.strategyId)!,
    title: textIn(a, 'title', lang),
    status: a.status,
    owner: textIn(a, 'name', lang),
    startOn: a.startOn === null ? null : String(a.startOn),
    endOn: a.endOn === null ? null : String(a.endOn),
    inProject: Boolean(a.inProject),
  }));
}
