/**
 * EXAMPLE DATA — FICTIONAL. Iisalmi's contact pipeline: example companies of other towns (examples.ts)
 * that Iisalmi's network coordinator contacts for the competence needs of its machinery ecosystem. No
 * real organisation, person or conversation is described; the loader marks every card as example data
 * and `solmu seed --remove-examples` deletes them with their log.
 */
import type { ContactSeed } from './types.js';

export const PIPELINE_EXAMPLES: ContactSeed[] = [
  {
    workspace: 'iisalmi',
    org: 'example-raahe-a',
    competence: 'metalliteollisuus',
    reason: 'Esimerkki: terästen hitsausosaamista työkonevalmistajien toimittajaverkostoon.',
    nextStep: 'Tapaaminen Raahessa, mukaan Iisalmen työkoneyritys',
    dueInDays: 3,
    log: [
      { daysAgo: 24, kind: 'call', body: 'Esimerkki: ensimmäinen puhelu, kiinnostusta yhteistyöhön.' },
      { daysAgo: 24, kind: 'stage_change', toStage: 'contacted', body: '' },
      { daysAgo: 12, kind: 'email', body: 'Esimerkki: lähetetty verkoston esittely ja hankeidea.' },
      { daysAgo: 6, kind: 'stage_change', toStage: 'meeting', body: 'Esimerkki: tapaaminen sovittu.' },
    ],
  },
  {
    workspace: 'iisalmi',
    org: 'example-keuruu-a',
    competence: 'teknologiateollisuus',
    reason: 'Esimerkki: koneistuskapasiteettia sesonkihuippuihin.',
    nextStep: 'Lähetä hankeidea sähköpostilla',
    dueInDays: -2,
    log: [{ daysAgo: 15, kind: 'stage_change', toStage: 'contacted', body: 'Esimerkki: tavattu messuilla.' }],
  },
  {
    workspace: 'iisalmi',
    org: 'example-rauma-b',
    competence: 'meriteollisuus',
    reason: 'Esimerkki: meriteollisuuden automaatio-osaaminen työkoneiden ohjausjärjestelmiin.',
    nextStep: 'Soitto toimitusjohtajalle',
    dueInDays: 5,
    log: [{ daysAgo: 3, kind: 'note', body: 'Esimerkki: löytyi kumppanihaun tuloksista.' }],
  },
  {
    workspace: 'iisalmi',
    org: 'example-savonlinna-b',
    competence: 'puurakentaminen',
    reason: 'Esimerkki: puurakentamisen osaaminen uuden teollisuushallin suunnitteluun.',
    nextStep: 'Selvitä yhteyshenkilö Savonlinnan Hankekehitykseltä',
    dueInDays: 12,
    log: [],
  },
  {
    workspace: 'iisalmi',
    org: 'example-heinola-a',
    competence: 'osaava-tyovoima',
    reason: 'Esimerkki: yhteinen rekrytointikampanja metallialan osaajille.',
    log: [
      { daysAgo: 60, kind: 'stage_change', toStage: 'contacted', body: '' },
      {
        daysAgo: 45,
        kind: 'meeting',
        body: 'Esimerkki: tavattiin Heinolassa, sovittiin yhteisestä kampanjasta.',
      },
      { daysAgo: 44, kind: 'stage_change', toStage: 'meeting', body: '' },
      {
        daysAgo: 20,
        kind: 'stage_change',
        toStage: 'partner',
        body: 'Esimerkki: mukana kevään kampanjassa.',
      },
    ],
  },
  {
    workspace: 'iisalmi',
    org: 'example-kauhajoki-c',
    competence: 'osaava-tyovoima',
    reason: 'Esimerkki: oppisopimuskoulutuksen yhteistoteutus.',
    nextStep: 'Palataan asiaan syksyn hakukierroksella',
    dueInDays: 120,
    log: [
      { daysAgo: 30, kind: 'call', body: 'Esimerkki: ei resursseja tänä vuonna.' },
      { daysAgo: 30, kind: 'stage_change', toStage: 'not_now', body: '' },
    ],
  },
];
