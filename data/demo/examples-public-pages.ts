/**
 * Example data of the public pages (issue 17), fictional and marked as example: stories the towns might
 * write, and actors' consents to be shown as key actors (no real actor has given one here). Removed with
 * the rest of the examples (`solmu seed --remove-examples`).
 */
import { TOWN_NETWORK } from './networks.js';
import type { PublicStorySeed } from './types.js';

export const PUBLIC_STORY_EXAMPLES: PublicStorySeed[] = [
  {
    page: 'savonlinna',
    titleFi: 'Esimerkki: Puun uudet käyttötavat kiinnostavat sijoittajia',
    titleSv: 'Exempel: Nya användningar av trä intresserar investerare',
    titleEn: 'Example: New uses of wood interest investors',
    bodyFi:
      'Tämä on demoaineiston keksitty juttu. Savonlinnan yritykset ja oppilaitokset esittelivät sijoittajille puunjalostuksen uusia tuotteita ja kertoivat, millaisia kumppaneita ne etsivät.',
    bodySv:
      'Detta är en påhittad artikel i demodata. Företag och läroanstalter i Nyslott presenterade nya träförädlingsprodukter för investerare och berättade vilka partner de söker.',
    bodyEn:
      'This is a fictional story of the demo data. Savonlinna’s companies and schools showed investors new wood-processing products and told what partners they are looking for.',
    publishedOn: '2026-10-15',
  },
  {
    page: 'savonlinna/metsabiotalous',
    titleFi: 'Esimerkki: Ekosysteemin yhteinen koelinja',
    titleSv: 'Exempel: Ekosystemets gemensamma försökslinje',
    titleEn: 'Example: The ecosystem’s shared pilot line',
    bodyFi:
      'Tämä on demoaineiston keksitty juttu. Ekosysteemin yritykset suunnittelevat yhteistä koelinjaa, jolla uusia puutuotteita voi kokeilla ennen omaa investointia.',
    bodySv:
      'Detta är en påhittad artikel i demodata. Ekosystemets företag planerar en gemensam försökslinje där nya träprodukter kan provas före en egen investering.',
    bodyEn:
      'This is a fictional story of the demo data. The ecosystem’s companies are planning a shared pilot line where new wood products can be tried before investing on one’s own.',
    publishedOn: '2026-11-02',
  },
  {
    page: 'iisalmi',
    titleFi: 'Esimerkki: Teollisuuskylään uusi yritys',
    titleSv: 'Exempel: Ett nytt företag i industribyn',
    titleEn: 'Example: A new company in the industrial village',
    bodyFi:
      'Tämä on demoaineiston keksitty juttu. Iisalmen teollisuuskylään muutti uusi konepaja, joka kertoo löytäneensä alueelta osaavaa väkeä ja yhteistyökumppaneita.',
    bodySv:
      'Detta är en påhittad artikel i demodata. En ny verkstad flyttade till industribyn i Idensalmi och säger att den hittat kunnig personal och samarbetspartner i regionen.',
    bodyEn:
      'This is a fictional story of the demo data. A new engineering workshop moved into Iisalmi’s industrial village and says it found skilled people and partners in the region.',
    publishedOn: '2026-09-20',
  },
  {
    page: TOWN_NETWORK,
    titleFi: 'Esimerkki: Kymmenen kaupunkia, yksi verkosto',
    titleSv: 'Exempel: Tio städer, ett nätverk',
    titleEn: 'Example: Ten towns, one network',
    bodyFi:
      'Tämä on demoaineiston keksitty juttu. Verkoston kaupungit esittelivät toisilleen, miten ne palvelevat sijoittajia, ja sopivat yhteisestä tavasta kertoa alueidensa vahvuuksista.',
    bodySv:
      'Detta är en påhittad artikel i demodata. Nätverkets städer visade varandra hur de betjänar investerare och kom överens om ett gemensamt sätt att berätta om sina regioners styrkor.',
    bodyEn:
      'This is a fictional story of the demo data. The network’s towns showed each other how they serve investors and agreed on a shared way of telling about their regions’ strengths.',
    publishedOn: '2026-11-20',
  },
];

/** Actors (organisation keys) shown as key actors on their town's page, with the day they agreed: fictional. */
export const PUBLIC_CONSENT_EXAMPLES: { org: string; on: string }[] = [
  { org: 'xamk', on: '2026-10-01' },
  { org: 'andritz-savonlinna', on: '2026-10-05' },
  { org: 'luke-savonlinna', on: '2026-10-12' },
  { org: 'olvi', on: '2026-09-14' },
  { org: 'savonia-iisalmi', on: '2026-09-14' },
  { org: 'ssab-raahe', on: '2026-10-20' },
  { org: 'raahen-satama', on: '2026-10-20' },
  { org: 'plug-power-kristinestad', on: '2026-11-03' },
  { org: 'suomen-urheiluopisto', on: '2026-10-08' },
  { org: 'sedu-kauhajoki', on: '2026-10-27' },
  { org: 'keulink', on: '2026-11-10' },
  { org: 'rauma-marine-constructions', on: '2026-10-16' },
  { org: 'samk-rauma', on: '2026-10-16' },
  { org: 'rukakeskus', on: '2026-11-05' },
];
