/**
 * EXAMPLE DATA — FICTIONAL. A strategy workshop of Savonlinna's forest bioeconomy ecosystem: the
 * participants, their ideas and dots are made up to show a held workshop; the loader marks it as example
 * data and `solmu seed --remove-examples` deletes it with everything in it.
 */
import type { WorkshopSeed } from './types.js';

export const WORKSHOP_EXAMPLES: WorkshopSeed[] = [
  {
    strategy: 'Savonlinnan metsäbiotalouden innovaatioekosysteemin strategia 2023–2027',
    titleFi: 'Esimerkki: Savonlinnan strategiatyöpaja 2027',
    titleSv: 'Exempel: Nyslotts strategiworkshop 2027',
    titleEn: 'Example: Savonlinna strategy workshop 2027',
    participants: [
      { displayName: 'Esimerkki: Osallistuja A', organisationName: 'Esimerkki: puunjalostusyritys' },
      { displayName: 'Esimerkki: Osallistuja B', organisationName: 'Esimerkki: ammattiopisto' },
      { displayName: 'Esimerkki: Osallistuja C', organisationName: 'Esimerkki: puunjalostusyritys' },
      { displayName: 'Esimerkki: Osallistuja D', organisationName: '' },
    ],
    ideas: [
      {
        key: 'harjoittelu',
        by: 0,
        text: 'Esimerkki: yhteinen harjoittelijapankki puualan yrityksille',
        group: 'Osaajat',
      },
      {
        key: 'koulutus',
        by: 1,
        text: 'Esimerkki: puurakentamisen täydennyskoulutus yritysten tarpeisiin',
        group: 'Osaajat',
      },
      {
        key: 'sivuvirrat',
        by: 2,
        text: 'Esimerkki: sahojen sivuvirtojen yhteinen hyödyntämiskokeilu',
        group: 'Kiertotalous',
      },
      { key: 'esittely', by: 3, text: 'Esimerkki: ekosysteemin esittely eurooppalaisella klusterialustalla' },
    ],
    votes: [
      { by: 0, idea: 'sivuvirrat', dots: 3 },
      { by: 0, idea: 'harjoittelu', dots: 2 },
      { by: 1, idea: 'koulutus', dots: 4 },
      { by: 2, idea: 'sivuvirrat', dots: 5 },
      { by: 3, idea: 'esittely', dots: 2 },
      { by: 3, idea: 'harjoittelu', dots: 3 },
    ],
  },
];
