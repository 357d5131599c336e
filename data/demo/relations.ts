/** Relations between organisations that the seed texts (or the agreements in PRODUCT.md) state. Weight 1. */
import type { RelationSeed } from './types.js';

const PROJECT_PERIOD = { startOn: '2021-10-01', endOn: '2023-12-31' } as const;

/** Iisalmi, the main implementer, with each co-implementer and network partner (seeds 000, 002). */
const implementers: RelationSeed[] = [
  'savonlinnan-hankekehitys',
  'raahe-city',
  'kristiinankaupungin-elinkeinokeskus',
  'heinola-city',
  'kauhajoki-city',
  'keuruu-city',
  'naturpolis',
  'rauma-city',
].map((to) => ({
  from: 'iisalmi-city',
  to,
  kind: 'project_partner',
  source: 'project',
  ...PROJECT_PERIOD,
  description: 'Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen -hanke',
}));

// startOn 2022-04-01 approximate: seed 001 says the mapping starts "huhtikuussa" (April 2022).
const MAPPING_START = '2022-04-01';

/** Seed 001: "MDI ohjauksessa kartoitus toteutetaan Iisalmessa, Raahessa, Savonlinnassa ja Kristiinankaupungissa". */
const mdiGuided: RelationSeed[] = ['raahe-city', 'kristiinankaupungin-elinkeinokeskus'].map((from) => ({
  from,
  to: 'mdi',
  kind: 'project_partner',
  source: 'project',
  startOn: MAPPING_START,
  description: 'Innovaatioekosysteemin nykytilan kartoitus MDI:n ohjauksessa (2022).',
}));

/** Seed 001: "MDI tekee kartoituksen Heinolan, Kauhajoen, Keuruun ja Rauman kaupungeille sekä Naturpolis Oy:lle". */
const mdiMappings: RelationSeed[] = [
  'heinola-city',
  'kauhajoki-city',
  'keuruu-city',
  'rauma-city',
  'naturpolis',
].map((to) => ({
  from: 'mdi',
  to,
  kind: 'project_partner',
  source: 'project',
  startOn: MAPPING_START,
  description: 'MDI teki innovaatioekosysteemin nykytilan kartoituksen (2022).',
}));

/** Seed 004: LUT and Lappeenranta's partners in the green electrification lead project. */
const greenElectrification: RelationSeed[] = [
  'lappeenranta-city',
  'oulu-city',
  'vaasa-city',
  'jyvaskyla-city',
  'joensuu-city',
  'raahe-city',
  'kokkola-city',
].map((to) => ({
  from: 'lut',
  to,
  kind: 'project_partner',
  source: 'project',
  description: 'Vihreän sähköistämisen vetovastuuhanke',
}));

/** The city regions that share one ecosystem agreement (PRODUCT.md). */
const sharedAgreements: RelationSeed[] = [
  ['helsinki-city', 'espoo-city'],
  ['helsinki-city', 'vantaa-city'],
  ['espoo-city', 'vantaa-city'],
  ['lappeenranta-city', 'imatra-city'],
  ['kajaani-city', 'sotkamo-municipality'],
].map(([from, to]) => ({
  from: from as string,
  to: to as string,
  kind: 'collaboration',
  source: 'manual',
  description: 'Yhteinen innovaatiotoiminnan ekosysteemisopimus valtion kanssa (2021–2027).',
}));

export const RELATIONS: RelationSeed[] = [
  ...implementers,
  {
    from: 'pohjois-savon-liitto',
    to: 'iisalmi-city',
    kind: 'funding',
    source: 'project',
    ...PROJECT_PERIOD,
    description: 'Pohjois-Savon liitto rahoittaa verkostohanketta, jonka päätoteuttaja on Iisalmen kaupunki.',
  },
  {
    from: 'iisalmi-city',
    to: 'mdi',
    kind: 'project_partner',
    source: 'project',
    startOn: MAPPING_START,
    description: 'MDI on verkoston nykytilan kartoituksen yhteistyökumppani (seed 001).',
  },
  {
    from: 'savonlinnan-hankekehitys',
    to: 'mdi',
    kind: 'project_partner',
    source: 'project',
    startOn: MAPPING_START,
    description: 'Kartoitus MDI:n ohjauksessa ja yhteiset työpajat Savonlinnassa.',
  },
  ...mdiGuided,
  ...mdiMappings,
  {
    from: 'savonlinnan-hankekehitys',
    to: 'xamk',
    kind: 'collaboration',
    source: 'event',
    description: 'Järjestivät yhdessä Get Together -tilaisuuden Teknologiapuisto Nohevassa syksyllä 2022.',
  },
  {
    from: 'savonlinnan-hankekehitys',
    to: 'noheva',
    kind: 'collaboration',
    source: 'event',
    description: 'Get Together -tilaisuus esitteli teknologiapuistossa tapahtuvaa toimintaa (syksy 2022).',
  },
  {
    from: 'savonlinnan-hankekehitys',
    to: 'savonlinna-city',
    kind: 'collaboration',
    source: 'project',
    description:
      'Savonlinnan elinkeinopalvelut käyttävät Invest in -työkalua ja jatkavat ECCP-valmistelua hankkeen päätyttyä.',
  },
  {
    from: 'naturpolis',
    to: 'kuusamo-city',
    kind: 'other',
    source: 'project',
    description: 'Naturpolis Oy edustaa Kuusamoa verkostohankkeessa.',
  },
  {
    from: 'naturpolis',
    to: 'taivalkoski-municipality',
    kind: 'other',
    source: 'project',
    description: 'Naturpolis Oy edustaa Taivalkoskea verkostohankkeessa.',
  },
  {
    from: 'kristiinankaupungin-elinkeinokeskus',
    to: 'kristiinankaupunki-city',
    kind: 'other',
    source: 'project',
    description: 'Kristiinankaupungin elinkeinokeskus Oy edustaa Kristiinankaupunkia verkostohankkeessa.',
  },
  ...greenElectrification,
  ...sharedAgreements,
];
