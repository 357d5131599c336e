/** What leaves the server of a network goal's roll-up and of a network's progress view. */
import { z } from 'zod';
import { ROLLUP_RULES } from '../../../domain/enums.js';
import type { PlacedStrategy } from './rollup.repository.js';
import type { NetworkGoalRollup, NetworkProgress } from './rollup.service.js';

const titles = { titleFi: z.string(), titleSv: z.string().nullable(), titleEn: z.string().nullable() };
const names = { nameFi: z.string(), nameSv: z.string().nullable(), nameEn: z.string().nullable() };

const placeSchema = z
  .object({
    kind: z.enum(['municipality', 'ecosystem']),
    municipalityCode: z.string().nullable(),
    ecosystemId: z.string().nullable(),
    ...names,
  })
  .meta({ id: 'StrategyPlace', description: 'The town or ecosystem a strategy is for, by name' });

const strategyRefSchema = z
  .object({ id: z.string(), ...titles, example: z.boolean(), place: placeSchema })
  .meta({ id: 'PlacedStrategyRef' });

const goalRefSchema = z.object({
  id: z.string(),
  ...titles,
  unitFi: z.string().nullable(),
  unitSv: z.string().nullable(),
  unitEn: z.string().nullable(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetYear: z.number().nullable(),
});

const figure = {
  value: z.number().nullable().meta({ description: 'Null for a list, or when nothing is measured' }),
  measured: z.number().int(),
  missing: z.number().int().meta({ description: 'Contributions without an actual: left out, not zero' }),
  onTrack: z.number().int(),
  behind: z.number().int(),
};

export const rollupSchema = z
  .object({
    goal: goalRefSchema,
    rule: z.enum(ROLLUP_RULES),
    ...figure,
    years: z.array(z.object({ year: z.number().int(), ...figure })),
    contributions: z.array(
      z.object({
        contributionId: z.string(),
        goal: goalRefSchema,
        strategy: strategyRefSchema,
        latest: z
          .object({ measuredOn: z.string(), value: z.number(), source: z.string().nullable() })
          .nullable(),
        state: z.enum(['achieved', 'on-track', 'off-track', 'no-data', 'not-measurable']),
        behind: z.boolean().meta({ description: 'Behind its line from baseline to target, or overdue' }),
      }),
    ),
    candidates: z.array(z.object({ goal: goalRefSchema, strategy: strategyRefSchema })),
  })
  .meta({ id: 'GoalRollup' });

type GoalRow = NetworkGoalRollup['goal'];

const goalRef = (g: GoalRow | NetworkGoalRollup['linked'][number]['goal']) => ({
  id: g.id,
  titleFi: g.titleFi,
  titleSv: g.titleSv,
  titleEn: g.titleEn,
  unitFi: g.unitFi,
  unitSv: g.unitSv,
  unitEn: g.unitEn,
  baselineValue: g.baselineValue,
  baselineYear: g.baselineYear,
  targetValue: g.targetValue,
  targetYear: g.targetYear,
});

const place = (s: PlacedStrategy) =>
  s.municipalityCode
    ? {
        kind: 'municipality' as const,
        municipalityCode: s.municipalityCode,
        ecosystemId: null,
        nameFi: s.townNameFi ?? s.municipalityCode,
        nameSv: s.townNameSv,
        nameEn: s.townNameEn,
      }
    : {
        kind: 'ecosystem' as const,
        municipalityCode: null,
        ecosystemId: s.ecosystemId,
        nameFi: s.ecosystemNameFi ?? '',
        nameSv: s.ecosystemNameSv,
        nameEn: s.ecosystemNameEn,
      };

export const strategyRef = (s: PlacedStrategy) => ({
  id: s.id,
  titleFi: s.titleFi,
  titleSv: s.titleSv,
  titleEn: s.titleEn,
  example: s.example,
  place: place(s),
});

export function presentRollup({ goal, rollup, linked, candidates }: NetworkGoalRollup) {
  const { contributions: _states, years, rule, ...total } = rollup;
  return {
    goal: goalRef(goal),
    rule,
    ...total,
    years,
    contributions: linked.map((l) => ({
      contributionId: l.contributionId,
      goal: goalRef(l.goal),
      strategy: strategyRef(l.strategy),
      latest: l.latest
        ? { measuredOn: l.latest.measuredOn, value: l.latest.value, source: l.latest.source }
        : null,
      state: l.state.state,
      behind: l.state.behind,
    })),
    candidates: candidates.map((c) => ({ goal: goalRef(c.goal), strategy: strategyRef(c.strategy) })),
  };
}

export const progressSchema = z
  .object({
    network: z.object({ id: z.string(), ...names }),
    rows: z.array(
      z.object({
        town: z.object({ code: z.string(), ...names }),
        strategies: z
          .array(strategyRefSchema)
          .meta({ description: 'The town’s own strategy and its ecosystems’; empty for a town without' }),
        goals: z.object({ onTrack: z.number().int(), offTrack: z.number().int(), noData: z.number().int() }),
        actions: z.record(z.string(), z.number().int()).meta({ description: 'Actions by status' }),
        latestActualOn: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'NetworkProgress', description: 'One row for every town of the network' });

export function presentProgress({ network, rows }: NetworkProgress) {
  return {
    network: { id: network.id, nameFi: network.nameFi, nameSv: network.nameSv, nameEn: network.nameEn },
    rows: rows.map((r) => ({ ...r, strategies: r.strategies.map(strategyRef) })),
  };
}
