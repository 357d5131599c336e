/**
 * Example data of the public pages (issue 17), fictional and marked as example: upcoming events (the
 * seed's own events are from 2022, so no page would have one to show) and the picture reports whose
 * strengths and growth sectors the pages quote. Removed with the rest of the examples
 * (`solmu seed --remove-examples`).
 */
import { SAVONLINNA_ECOSYSTEM, TOWN_NETWORK } from './networks.js';
import { NETWORK_PROJECT } from './projects.js';
import type { ExampleEventSeed, ExampleReportSeed } from './types.js';

const FICTION = {
  fi: 'Tämä on demoaineiston keksitty tapahtuma.',
  sv: 'Detta är ett påhittat evenemang i demodata.',
  en: 'This is a fictional event of the demo data.',
};

type Words = [fi: string, sv: string, en: string];

/** Title and description in three languages; the description says the event is fiction. */
function told(title: Words, description: Words) {
  return {
    titleFi: title[0],
    titleSv: title[1],
    titleEn: title[2],
    descriptionFi: `${FICTION.fi} ${description[0]}`,
    descriptionSv: `${FICTION.sv} ${description[1]}`,
    descriptionEn: `${FICTION.en} ${description[2]}`,
    visibility: 'public',
  } as const;
}

export const EVENT_EXAMPLES: ExampleEventSeed[] = [
  {
    workspace: 'savonlinna',
    kind: 'webinar',
    ...told(
      [
        'Esimerkki: Invest in Savonlinna -webinaari',
        'Exempel: Webbinariet Invest in Nyslott',
        'Example: Invest in Savonlinna webinar',
      ],
      [
        'Savonlinnan elinkeinopalvelut esittelevät sijoittajille kaupungin puu- ja metsäosaamista, vapaita toimitiloja ja yhteistyökumppaneita.',
        'Nyslotts näringslivstjänster presenterar stadens kunnande inom trä och skog, lediga lokaler och samarbetspartner för investerare.',
        'Savonlinna’s business services present the town’s wood and forest expertise, available premises and partners to investors.',
      ],
    ),
    startsAt: '2027-02-10T13:00:00+02:00',
    endsAt: '2027-02-10T14:30:00+02:00',
    municipalityCode: '740',
    isOnline: true,
  },
  {
    workspace: 'savonlinna',
    kind: 'visit',
    ...told(
      [
        'Esimerkki: Sijoittajavierailu Savonlinnan puurakentamiskohteisiin',
        'Exempel: Investerarbesök till träbyggen i Nyslott',
        'Example: Investor visit to Savonlinna’s wood construction sites',
      ],
      [
        'Metsäbiotalouden ekosysteemin yritykset esittelevät puurakentamisen kohteita ja tuotantoa kiinnostuneille sijoittajille.',
        'Företagen i skogsbioekonomins ekosystem visar träbyggen och produktion för intresserade investerare.',
        'The forest bioeconomy ecosystem’s companies show wood construction sites and production to interested investors.',
      ],
    ),
    startsAt: '2027-03-16T10:00:00+02:00',
    endsAt: '2027-03-16T15:00:00+02:00',
    location: 'Savonlinna',
    municipalityCode: '740',
    ecosystem: SAVONLINNA_ECOSYSTEM,
  },
  {
    workspace: 'iisalmi',
    kind: 'webinar',
    ...told(
      [
        'Esimerkki: Seutukaupunkien innovaatioekosysteemit -webinaarisarja: sijoittajat ja seutukaupungit',
        'Exempel: Webbinarieserien Regionstädernas innovationsekosystem: investerare och regionstäder',
        'Example: Regional towns’ innovation ecosystems webinar series: investors and regional towns',
      ],
      [
        'Verkoston webinaarisarjan osa, jossa kaupungit kertovat, millaisia investointeja ne hakevat ja miten ne palvelevat sijoittajia.',
        'En del av nätverkets webbinarieserie där städerna berättar vilka investeringar de söker och hur de betjänar investerare.',
        'A session of the network’s webinar series in which the towns tell what investments they seek and how they serve investors.',
      ],
    ),
    startsAt: '2027-01-20T09:00:00+02:00',
    endsAt: '2027-01-20T10:30:00+02:00',
    isOnline: true,
    project: NETWORK_PROJECT,
    network: TOWN_NETWORK,
  },
  {
    workspace: 'iisalmi',
    kind: 'get_together',
    ...told(
      [
        'Esimerkki: Iisalmen yritysaamu sijoittajille',
        'Exempel: Företagsmorgon för investerare i Idensalmi',
        'Example: Iisalmi business breakfast for investors',
      ],
      [
        'Iisalmen yritykset ja kaupunki tapaavat sijoittajia aamukahvin äärellä teollisuuskylässä.',
        'Företag och staden i Idensalmi träffar investerare över morgonkaffe i industribyn.',
        'Iisalmi’s companies and the town meet investors over morning coffee in the industrial village.',
      ],
    ),
    startsAt: '2027-02-24T08:00:00+02:00',
    endsAt: '2027-02-24T10:00:00+02:00',
    location: 'Iisalmi',
    municipalityCode: '140',
  },
  {
    workspace: 'raahe',
    kind: 'seminar',
    ...told(
      [
        'Esimerkki: Raahen teollisuuden investointiseminaari',
        'Exempel: Investeringsseminarium om industrin i Brahestad',
        'Example: Raahe industry investment seminar',
      ],
      [
        'Seminaarissa esitellään Raahen teollisuusalueita, energiaa ja osaavaa työvoimaa.',
        'Seminariet presenterar Brahestads industriområden, energi och kunnig arbetskraft.',
        'The seminar presents Raahe’s industrial areas, energy and skilled workforce.',
      ],
    ),
    startsAt: '2027-04-14T12:00:00+03:00',
    endsAt: '2027-04-14T16:00:00+03:00',
    location: 'Raahe',
    municipalityCode: '678',
  },
  {
    workspace: 'rauma',
    kind: 'webinar',
    ...told(
      [
        'Esimerkki: Invest in Rauma -webinaari',
        'Exempel: Webbinariet Invest in Raumo',
        'Example: Invest in Rauma webinar',
      ],
      [
        'Rauman kaupunki esittelee sataman, meriteollisuuden ja vapaat tontit.',
        'Raumo stad presenterar hamnen, den marina industrin och lediga tomter.',
        'The City of Rauma presents its port, marine industry and available plots.',
      ],
    ),
    startsAt: '2027-03-03T13:00:00+02:00',
    endsAt: '2027-03-03T14:00:00+02:00',
    municipalityCode: '684',
    isOnline: true,
  },
];

/**
 * Savonlinna's picture, published in every language. A public report counts only public records, which
 * name no growth sector for Savonlinna: the town's editors write theirs (fiction, said so). The forest
 * bioeconomy ecosystem has none, so that its editors start their own report (as the browser journey of
 * the picture reports does).
 */
export const REPORT_EXAMPLES: ExampleReportSeed[] = [
  {
    workspace: 'savonlinna',
    scope: { municipalityCode: '740' },
    edits: [
      {
        section: 'growthSectors',
        fi: 'Esimerkki: Puurakentaminen ja puun uudet tuotteet kasvavat, kun metsäbiotalouden ekosysteemin yritykset, oppilaitokset ja tutkimus kehittävät niitä yhdessä.\n\nMatkailu ja kulttuuritapahtumat tuovat kaupunkiin kävijöitä ympäri vuoden.',
        sv: 'Exempel: Träbyggande och nya träprodukter växer när företag, läroanstalter och forskning i skogsbioekonomins ekosystem utvecklar dem tillsammans.\n\nTurism och kulturevenemang för besökare till staden året runt.',
        en: 'Example: Wood construction and new wood products grow as the forest bioeconomy ecosystem’s companies, schools and research develop them together.\n\nTourism and cultural events bring visitors to the town all year round.',
      },
    ],
  },
];
