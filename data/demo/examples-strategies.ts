/**
 * Fictional example data (not facts): town strategies of five of the network's towns, each with a goal
 * for new actors in its innovation ecosystem and made-up actuals, linked to a network goal that sums
 * them. They only show how the network's goals roll up from the towns' and how a town behind shows; the
 * loader marks them as examples and `solmu seed --remove-examples` deletes them.
 */
import type { ExampleStrategies, GoalSeed } from './types.js';

const SOURCE = 'Kuvitteellinen esimerkki';

/** From none at the end of 2023 to twelve by the end of 2027: three a year on the straight line. */
const newActors = (actuals: [string, number][]): Omit<GoalSeed, 'key'> => ({
  titleFi: 'Uusia toimijoita ekosysteemiin',
  titleSv: 'Nya aktörer i ekosystemet',
  titleEn: 'New actors in the ecosystem',
  indicatorFi: 'Ekosysteemiin mukaan tulleet uudet toimijat (kumulatiivinen)',
  indicatorSv: 'Nya aktörer som anslutit sig till ekosystemet (kumulativt)',
  indicatorEn: 'New actors that have joined the ecosystem (cumulative)',
  unitFi: 'toimijaa',
  unitSv: 'aktörer',
  unitEn: 'actors',
  baselineValue: 0,
  baselineYear: 2023,
  targetValue: 12,
  targetYear: 2027,
  actuals: actuals.map(([measuredOn, value]) => ({ measuredOn, value, source: SOURCE })),
});

const town = (
  workspace: ExampleStrategies['towns'][number]['workspace'],
  municipalityCode: string,
  [fi, sv, en]: [string, string, string],
  actuals: [string, number][],
): ExampleStrategies['towns'][number] => ({
  workspace,
  strategy: {
    scope: 'municipality',
    municipalityCode,
    titleFi: `${fi} elinvoimaohjelma 2024–2027 (esimerkki)`,
    titleSv: `${sv} livskraftsprogram 2024–2027 (exempel)`,
    titleEn: `${en} vitality programme 2024–2027 (example)`,
    startYear: 2024,
    endYear: 2027,
    goals: [{ key: 'new-actors', contributesTo: 'new-actors', ...newActors(actuals) }],
    actions: [],
  },
});

export const EXAMPLE_STRATEGIES: ExampleStrategies = {
  networkGoals: [
    {
      key: 'new-actors',
      rollupRule: 'sum',
      titleFi: 'Uusia toimijoita seutukaupunkien ekosysteemeihin (esimerkki)',
      titleSv: 'Nya aktörer i regionstädernas ekosystem (exempel)',
      titleEn: 'New actors in the regional towns’ ecosystems (example)',
      indicatorFi: 'Kaupunkien ekosysteemeihin mukaan tulleet uudet toimijat yhteensä',
      indicatorSv: 'Nya aktörer i städernas ekosystem sammanlagt',
      indicatorEn: 'New actors that have joined the towns’ ecosystems in all',
      unitFi: 'toimijaa',
      unitSv: 'aktörer',
      unitEn: 'actors',
      baselineValue: 0,
      baselineYear: 2023,
      targetValue: 60,
      targetYear: 2027,
    },
  ],
  towns: [
    town(
      'iisalmi',
      '140',
      ['Iisalmen', 'Idensalmis', 'Iisalmi'],
      [
        ['2024-12-31', 3],
        ['2025-12-31', 7],
        ['2026-06-30', 9],
      ],
    ),
    town(
      'raahe',
      '678',
      ['Raahen', 'Brahestads', 'Raahe'],
      [
        ['2024-12-31', 2],
        ['2025-12-31', 4],
        ['2026-06-30', 5],
      ],
    ),
    town(
      'heinola',
      '111',
      ['Heinolan', 'Heinolas', 'Heinola'],
      [
        ['2024-12-31', 3],
        ['2025-12-31', 6],
        ['2026-06-30', 8],
      ],
    ),
    town(
      'kauhajoki',
      '232',
      ['Kauhajoen', 'Kauhajokis', 'Kauhajoki'],
      [
        ['2024-12-31', 1],
        ['2025-12-31', 2],
      ],
    ),
    town('rauma', '684', ['Rauman', 'Raumos', 'Rauma'], []),
  ],
};
