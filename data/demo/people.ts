/**
 * People only by their role in the seed texts: no names, phone numbers or e-mail addresses (the type
 * has no such fields). collectedOn is the date of the source text where it has one (001: 19.4.2022;
 * 004: 17.10.2022), otherwise an approximate day (marked). retainUntil is a demo retention policy: the
 * end of the strategies' and agreements' horizon.
 */
import type { PersonSeed } from './types.js';

const RETAIN = '2027-12-31';

export const PEOPLE: PersonSeed[] = [
  {
    title: 'projektipäällikkö',
    lawfulBasis: 'legitimate_interests',
    purpose: 'Hankeviestintä',
    source: 'Julkinen hanketiedote (seutukaupunkien verkostohanke, seeds 000 ja 002)',
    collectedOn: '2022-04-19', // approximate: seed 000 is undated, written before the May 2022 interviews
    retainUntil: RETAIN,
    roles: [{ org: 'savonlinnan-hankekehitys', title: 'projektipäällikkö', isContact: true }],
  },
  {
    title: 'elinkeinojohtaja',
    lawfulBasis: 'public_task',
    purpose: 'Hankeviestintä',
    source: 'Julkinen hanketiedote 19.4.2022 (hankkeen päätoteuttajan edustaja)',
    collectedOn: '2022-04-19',
    retainUntil: RETAIN,
    roles: [{ org: 'iisalmi-city', title: 'elinkeinojohtaja', isContact: true }],
  },
  {
    title: 'kaupunginjohtaja',
    lawfulBasis: 'public_task',
    purpose: 'Hankeviestintä',
    source: 'Seinäjoen kaupungin julkinen tiedote EAKR-hausta (seed 003)',
    collectedOn: '2022-12-01', // approximate: the undated text was written while the call was open (to 2.12.2022)
    retainUntil: RETAIN,
    roles: [{ org: 'seinajoki-city', title: 'kaupunginjohtaja' }],
  },
  {
    title: 'kehitysjohtaja',
    lawfulBasis: 'public_task',
    purpose: 'Hankeviestintä',
    source: 'Julkinen tiedote 17.10.2022 (vetovastuuhankkeet)',
    collectedOn: '2022-10-17',
    retainUntil: RETAIN,
    roles: [{ org: 'lappeenranta-city', title: 'kehitysjohtaja', isContact: true }],
  },
  {
    title: 'kehittämispäällikkö',
    lawfulBasis: 'public_task',
    purpose: 'Hankeviestintä',
    source: 'Julkinen tiedote 17.10.2022 (vetovastuuhankkeet)',
    collectedOn: '2022-10-17',
    retainUntil: RETAIN,
    roles: [{ org: 'pirkanmaan-liitto', title: 'kehittämispäällikkö', isContact: true }],
  },
  // Seed 004 names the chair of the national steering group without an organisation; the chair was
  // then an official of the Ministry (TEM), so the role is placed there.
  {
    title: 'kansallisen ohjausryhmän puheenjohtaja',
    lawfulBasis: 'public_task',
    purpose: 'Hankeviestintä',
    source: 'Julkinen tiedote 17.10.2022 (vetovastuuhankkeet)',
    collectedOn: '2022-10-17',
    retainUntil: RETAIN,
    roles: [{ org: 'tem', title: 'kansallisen ohjausryhmän puheenjohtaja' }],
  },
];
