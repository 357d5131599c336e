/**
 * Relations among the towns' key actors (actors-*.ts) that public sources state: project roles, named
 * agreements, ownership and campuses shared. Source 'project' for a project's documented partners,
 * 'manual' for a fact from a public source entered by hand. No example or inferred relations here.
 */
import type { RelationSeed } from './types.js';

/** naturpolis.fi/en/developmentprojects: Naturpolis leads, the others are sub-implementers (1.5.2019–31.12.2021). */
const gateway: RelationSeed[] = [
  'ruka-kuusamo-matkailuyhdistys',
  'metsahallitus-kuusamo',
  'oulun-yliopisto-oulanka',
].map((to) => ({
  from: 'naturpolis',
  to,
  kind: 'project_partner',
  source: 'project',
  startOn: '2019-05-01',
  endOn: '2021-12-31',
  description:
    'Kansallispuistojen maan portti (Gateway to the Land of National Parks) -hanke; Naturpolis päätoteuttaja.',
}));

/** savonlinna.fi: the city has bilateral agreements with Xamk, Aalto's School of Chemical Engineering and Luke in Noheva. */
const nohevaAgreements: RelationSeed[] = ['xamk', 'aalto-chem-savonlinna', 'luke-savonlinna'].map((to) => ({
  from: 'savonlinna-city',
  to,
  kind: 'collaboration',
  source: 'manual',
  description: 'Kahdenkeskinen sopimus toiminnasta teknologiapuisto Nohevassa (savonlinna.fi).',
}));

export const TOWN_RELATIONS: RelationSeed[] = [
  ...nohevaAgreements,
  {
    from: 'xamk',
    to: 'samiedu',
    kind: 'collaboration',
    source: 'manual',
    description:
      'Kumppanuussopimus: jatkoväyläopinnot sekä tilojen ja resurssien yhteiskäyttö Savonlinnassa (xamk.fi).',
  },
  {
    from: 'luke-savonlinna',
    to: 'xamk',
    kind: 'collaboration',
    source: 'manual',
    description:
      'Luken Punkaharjun yksikön tutkijat muuttivat Xamkin Kuitulaboratorion yhteyteen (xamk.fi 2018).',
  },
  {
    from: 'savonlinnan-yritystilat',
    to: 'luke-savonlinna',
    kind: 'other',
    source: 'manual',
    description:
      'Rakennutti Luken Kasvu 2 -tilat teknologiapuisto Nohevaan; tilat vuokrataan Senaatti-kiinteistöjen kautta Lukelle (slnyritystilat.fi).',
  },
  {
    from: 'brahe',
    to: 'kamk',
    kind: 'education',
    source: 'manual',
    description:
      'Rakennus- ja yhdyskuntatekniikan sekä konetekniikan insinöörikoulutus Raahessa yhteistyössä Kajaanin ammattikorkeakoulun kanssa (raahenseutu.fi).',
  },
  {
    from: 'hooli-stevedoring',
    to: 'raahen-satama',
    kind: 'other',
    source: 'manual',
    description: 'Vastaa Raahen satama-alueen lastinkäsittelystä (newspool.fi 2021).',
  },
  {
    from: 'suomen-urheiluopisto',
    to: 'haaga-helia-vierumaki',
    kind: 'collaboration',
    source: 'manual',
    description:
      'Kaksi oppilaitosta samalla Vierumäen kampuksella: ammatillinen ja korkea-asteen liikunta-alan koulutus (sivista.fi).',
  },
  {
    from: 'rauma-city',
    to: 'seaside-industry-rauma',
    kind: 'ownership',
    source: 'manual',
    description: 'Seaside Industry Park on Rauman kaupungin omistama (westcoastmedia.fi 2018).',
  },
  {
    from: 'rauma-marine-constructions',
    to: 'seaside-industry-rauma',
    kind: 'membership',
    source: 'manual',
    description: 'Seaside Industry Parkin suurimpia työnantajia (westcoastmedia.fi 2018).',
  },
  {
    from: 'kongsberg-rauma',
    to: 'seaside-industry-rauma',
    kind: 'membership',
    source: 'manual',
    description:
      'Potkurilaitevalmistaja, vuonna 2018 nimellä Rolls-Royce parkin suurimpia työnantajia (westcoastmedia.fi 2018).',
  },
  {
    from: 'euroports-rauma',
    to: 'rauman-satama',
    kind: 'other',
    source: 'manual',
    description: 'Rauman sataman suurin operaattori (raumaguide.travel.blog).',
  },
  ...gateway,
  {
    from: 'taivalkoski-municipality',
    to: 'naturpolis',
    kind: 'ownership',
    source: 'manual',
    description: 'Taivalkosken kunta on Naturpolis Oy:n osakasomistaja (koillissanomat.fi).',
  },
  ...['polkky', 'taivalkoski-municipality'].map((from): RelationSeed => ({
    from,
    to: 'taivalkosken-voima',
    kind: 'ownership',
    source: 'manual',
    description: 'Pölkky ja Taivalkosken kunta omistavat yhdessä Taivalkosken Voima Oy:n (polkky.com).',
  })),
  {
    from: 'polkky',
    to: 'polkky-taivalkoski',
    kind: 'ownership',
    source: 'manual',
    description: 'Pölkky osti Taivalkosken sahan Enso Oy:ltä vuonna 1997 (polkky.com).',
  },
];
