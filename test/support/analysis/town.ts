/**
 * A small made-up town for picture tests, shaped like the seed texts' forest bioeconomy ecosystem: wood
 * industry companies around a university of applied sciences and a technology park, the town and its
 * development company, a few software firms and shops, one actor without ties and a detached pair.
 */
import type {
  PictureInput,
  PictureOrganisation,
  PictureRelation,
} from '../../../src/analysis/picture.input.js';

type Row = [
  id: string,
  kind: PictureOrganisation['kind'],
  tolCode: string | null,
  size: PictureOrganisation['sizeClass'],
];

const rows: Row[] = [
  ['town', 'municipality', '84110', 'large'],
  ['devco', 'development_company', '70220', 'small'],
  ['uas', 'education', '85420', 'large'],
  ['park', 'rdi', '72190', 'small'],
  ['saw1', 'company', '16100', 'medium'],
  ['saw2', 'company', '16100', 'small'],
  ['saw3', 'company', '16100', 'small'],
  ['saw4', 'company', '16210', 'micro'],
  ['saw5', 'company', '16230', 'micro'],
  ['saw6', 'company', '16100', 'micro'],
  ['pulp', 'company', '17110', 'large'],
  ['forest1', 'company', '02200', 'micro'],
  ['forest2', 'company', '02200', 'micro'],
  ['soft1', 'company', '62010', 'small'],
  ['soft2', 'company', '62010', 'micro'],
  ['shop1', 'company', '47110', 'small'],
  ['shop2', 'company', '47190', 'micro'],
  ['hotel', 'company', '55100', 'small'],
  ['assoc', 'association', '94990', 'unknown'],
  ['lonely', 'company', '47110', 'micro'],
  ['pairA', 'company', '56100', 'micro'],
  ['pairB', 'company', '56100', 'micro'],
];

export const townOrganisations: PictureOrganisation[] = rows.map(([id, kind, tolCode, sizeClass]) => ({
  id,
  name: id.replace(/^./, (c) => c.toUpperCase()),
  kind,
  tolCode,
  municipalityCode: '740',
  sizeClass,
}));

const r = (
  from: string,
  to: string,
  weight = 1,
  kind: PictureRelation['kind'] = 'collaboration',
): PictureRelation => ({
  from,
  to,
  weight,
  kind,
});

export const townRelations: PictureRelation[] = [
  r('uas', 'park', 3, 'education'),
  r('uas', 'saw1', 2, 'education'),
  r('uas', 'saw2'),
  r('uas', 'pulp', 2),
  r('park', 'saw1', 2, 'project_partner'),
  r('park', 'saw3'),
  r('park', 'soft1', 1, 'project_partner'),
  r('saw1', 'saw2', 1, 'supply_chain'),
  r('saw1', 'saw2', 2, 'customer'), // a second relation of the same pair: merges into weight 3
  r('saw1', 'pulp', 3, 'supply_chain'),
  r('saw2', 'saw3', 1, 'supply_chain'),
  r('saw3', 'saw4'),
  r('saw4', 'saw5'),
  r('saw1', 'saw6'),
  r('forest1', 'saw1', 2, 'supply_chain'),
  r('forest2', 'pulp', 2, 'supply_chain'),
  r('town', 'devco', 3, 'ownership'),
  r('devco', 'park', 2, 'funding'),
  r('devco', 'soft1'),
  r('devco', 'hotel'),
  r('devco', 'shop1'),
  r('town', 'uas', 1, 'membership'),
  r('soft1', 'soft2'),
  r('soft2', 'shop2'),
  r('shop1', 'shop2'),
  r('assoc', 'hotel'),
  r('pairA', 'pairB', 1, 'customer'),
  r('saw1', 'elsewhere-1'), // reaches outside the scope: counted, not drawn
];

export function townInput(overrides: Partial<PictureInput> = {}): PictureInput {
  return {
    scope: {
      kind: 'municipality',
      id: '740',
      name: 'Savonlinna (test)',
      municipalityCodes: ['740'],
      networkMunicipalityCodes: ['140', '678'],
    },
    asOf: '2024-01-31',
    organisations: townOrganisations,
    relations: townRelations,
    competences: [
      { organisationId: 'uas', direction: 'offer', key: 'wood-construction', label: 'Puurakentaminen' },
      { organisationId: 'park', direction: 'offer', key: 'bioproducts', label: 'Biotuotteet' },
      { organisationId: 'saw1', direction: 'offer', key: 'sawmilling', label: 'Sahaus' },
      { organisationId: 'saw2', direction: 'offer', key: 'sawmilling', label: 'Sahaus' },
      { organisationId: 'soft1', direction: 'offer', key: 'data', label: 'Data-analytiikka' },
      { organisationId: 'soft2', direction: 'offer', key: 'iot', label: 'IoT' },
      { organisationId: 'saw1', direction: 'need', key: 'data', label: 'Data-analytiikka' },
      { organisationId: 'saw1', direction: 'need', key: 'robotics', label: 'Robotiikka' },
      { organisationId: 'pulp', direction: 'need', key: 'robotics', label: 'Robotiikka' },
      { organisationId: 'hotel', direction: 'need', key: 'marketing', label: 'Markkinointi' },
    ],
    projects: [
      { id: 'p1', name: 'Puu kasvuun', organisationIds: ['uas', 'park', 'saw1', 'saw3'] },
      { id: 'p2', name: 'Digisaha', organisationIds: ['soft1', 'saw2', 'park'] },
      { id: 'p3', name: 'Koodikylä', organisationIds: ['soft1', 'soft2', 'devco'] },
    ],
    finland: {
      organisations: {
        divisions: {
          '16': 2000,
          '17': 300,
          '02': 6000,
          '62': 9000,
          '47': 25000,
          '55': 4000,
          '56': 9000,
          '70': 20000,
          '72': 1000,
          '84': 500,
          '85': 3000,
          '94': 15000,
          '41': 35000,
        },
      },
    },
    elsewhere: {
      organisations: [
        { id: 'robo-kuopio', name: 'Robotiikka Oy', municipalityCode: '297' },
        { id: 'robo-iisalmi', name: 'Savon Robotti Oy', municipalityCode: '140' },
        { id: 'abc-helsinki', name: 'ABC Automation Oy', municipalityCode: '091' },
      ],
      competences: [
        { organisationId: 'robo-kuopio', direction: 'offer', key: 'robotics', label: 'Robotiikka' },
        { organisationId: 'robo-iisalmi', direction: 'offer', key: 'robotics', label: 'Robotiikka' },
        { organisationId: 'abc-helsinki', direction: 'offer', key: 'robotics', label: 'Robotiikka' },
        { organisationId: 'abc-helsinki', direction: 'need', key: 'marketing', label: 'Markkinointi' },
      ],
    },
    history: [{ takenOn: '2022-01-31', organisationsByDivision: { '16': 6, '62': 1, '02': 2, '47': 3 } }],
    ...overrides,
  };
}
