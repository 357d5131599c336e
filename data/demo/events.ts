/**
 * The events of seed 002. The seed gives a season at most, never a day: every startsAt below is a
 * chosen day inside what the seed says, marked "date approximate", and the descriptions say so too.
 * Times are Helsinki local time (EET +02:00, EEST +03:00); Umeå is Swedish time (CEST +02:00).
 */
import { SAVONLINNA_ECOSYSTEM, TOWN_NETWORK } from './networks.js';
import { NETWORK_PROJECT } from './projects.js';
import type { EventSeed } from './types.js';

const APPROX = {
  fi: 'Ajankohta on demoaineistossa likimääräinen.',
  sv: 'Tidpunkten är ungefärlig i demodata.',
  en: 'The date is approximate in the demo data.',
};

const VISIT = {
  fi: 'Hankkeen vierailu muiden kaupunkien ja yritysten ekosysteemeihin: miten ekosysteemit toimivat muualla ja mitä hyviä toimintatapoja seutukaupunkien innovaatioekosysteemeihin voidaan tuoda.',
  sv: 'Projektets besök hos andra städers och företags ekosystem: hur ekosystem fungerar på andra håll och vilka goda arbetssätt som kan föras till regionstädernas innovationsekosystem.',
  en: 'A project visit to other cities’ and companies’ ecosystems: how ecosystems work elsewhere and which good practices the regional towns’ ecosystems can adopt.',
};

function visit(
  title: [fi: string, sv: string, en: string],
  startsAt: string,
  location: string,
  municipalityCode: string | null,
  participants: EventSeed['participants'],
): EventSeed {
  return {
    kind: 'visit',
    titleFi: title[0],
    titleSv: title[1],
    titleEn: title[2],
    descriptionFi: `${VISIT.fi} ${APPROX.fi}`,
    descriptionSv: `${VISIT.sv} ${APPROX.sv}`,
    descriptionEn: `${VISIT.en} ${APPROX.en}`,
    startsAt,
    location,
    municipalityCode,
    project: NETWORK_PROJECT,
    network: TOWN_NETWORK,
    participants,
  };
}

/** The organisations through which the ten towns present themselves in the network. */
const PRESENTING_TOWNS = [
  'iisalmi-city',
  'savonlinnan-hankekehitys',
  'raahe-city',
  'kristiinankaupungin-elinkeinokeskus',
  'heinola-city',
  'kauhajoki-city',
  'keuruu-city',
  'naturpolis',
  'rauma-city',
];

export const EVENTS: EventSeed[] = [
  {
    kind: 'webinar',
    titleFi: 'Seutukaupunkien innovaatioekosysteemit -webinaarisarja',
    titleSv: 'Webbinarieserien Regionstädernas innovationsekosystem',
    titleEn: 'Regional towns’ innovation ecosystems webinar series',
    descriptionFi: `Webinaarisarja, jossa hankkeen jokainen seutukaupunki esitteli vuorollaan paikallista innovaatioekosysteemiään ulkopuolisille tahoille. Lisäksi kuultiin esityksiä veto- ja pitovoimaisesta työnantajuudesta sekä tulevaisuuden työelämän haasteista ja mahdollisuuksista tekoälyn hyödyntämisessä. Sarja koostui useasta webinaarista; tässä se on yhtenä tapahtumana. ${APPROX.fi}`,
    descriptionSv: `En webbinarieserie där varje regionstad i tur och ordning presenterade sitt lokala innovationsekosystem för utomstående. Dessutom hölls föredrag om attraktiva arbetsgivare och om framtidens arbetsliv och användningen av artificiell intelligens. Serien bestod av flera webbinarier; här är den ett evenemang. ${APPROX.sv}`,
    descriptionEn: `A webinar series in which each of the project’s towns in turn presented its local innovation ecosystem to outsiders, with talks on attractive employers and on the challenges and opportunities of using artificial intelligence in future working life. The series had several webinars; here it is one event. ${APPROX.en}`,
    // date approximate: seed 002 says only "hankkeen aikana" (1.10.2021–31.12.2023); started in 2022 here
    startsAt: '2022-09-15T09:00:00+03:00',
    isOnline: true,
    project: NETWORK_PROJECT,
    network: TOWN_NETWORK,
    participants: [
      // the project organised the series; Iisalmi, the main implementer, stands for it
      { org: 'iisalmi-city', role: 'organiser' },
      ...PRESENTING_TOWNS.map((org) => ({ org, role: 'speaker' as const })),
    ],
  },
  // Visits: seed 002 names the places ("muun muassa Savonlinnaan, Iisalmeen, Wärtsilän Sustainable
  // Technology Hub:iin sekä Uumajaan") but no dates. Hosts in Savonlinna and Iisalmi are inferred (the
  // project's implementer in each town); Savonlinnan Hankekehitys, who reports the visits, took part.
  // Hosted by the forest bioeconomy ecosystem's orchestrator, so it shows on the ecosystem's public page too.
  {
    ...visit(
      ['Vierailu Savonlinnaan', 'Besök i Nyslott', 'Visit to Savonlinna'],
      '2022-08-16T10:00:00+03:00', // date approximate: no date in the seed
      'Savonlinna',
      '740',
      [{ org: 'savonlinnan-hankekehitys', role: 'host' }],
    ),
    ecosystem: SAVONLINNA_ECOSYSTEM,
  },
  visit(
    ['Vierailu Iisalmeen', 'Besök i Idensalmi', 'Visit to Iisalmi'],
    '2023-02-14T10:00:00+02:00', // date approximate: no date in the seed
    'Iisalmi',
    '140',
    [
      { org: 'iisalmi-city', role: 'host' },
      { org: 'savonlinnan-hankekehitys', role: 'participant' },
    ],
  ),
  visit(
    [
      'Vierailu Wärtsilän Sustainable Technology Hubiin',
      'Besök på Wärtsiläs Sustainable Technology Hub',
      'Visit to Wärtsilä’s Sustainable Technology Hub',
    ],
    '2023-03-15T10:00:00+02:00', // date approximate: no date in the seed
    'Wärtsilä Sustainable Technology Hub, Vaasa',
    '905',
    [{ org: 'savonlinnan-hankekehitys', role: 'participant' }],
  ),
  visit(
    ['Vierailu Uumajaan', 'Besök i Umeå', 'Visit to Umeå'],
    '2023-05-16T10:00:00+02:00', // date approximate: no date in the seed
    'Uumaja (Umeå), Ruotsi',
    null,
    [{ org: 'savonlinnan-hankekehitys', role: 'participant' }],
  ),
  {
    kind: 'get_together',
    titleFi: 'Get Together Teknologiapuisto Nohevassa',
    titleSv: 'Get Together i Teknologiparken Noheva',
    titleEn: 'Get Together at the Noheva technology park',
    descriptionFi: `Hanke järjesti yhdessä Xamk:n kanssa Teknologiapuisto Nohevassa Get Together -tilaisuuden, jossa esiteltiin teknologiapuistossa tapahtuvaa toimintaa ja autettiin toimijoita verkostoitumaan. ${APPROX.fi}`,
    descriptionSv: `Projektet ordnade tillsammans med Xamk en Get Together i Teknologiparken Noheva som presenterade verksamheten i parken och hjälpte aktörerna att nätverka. ${APPROX.sv}`,
    descriptionEn: `The project and Xamk held a Get Together at the Noheva technology park to showcase the park’s activities and help actors network. ${APPROX.en}`,
    startsAt: '2022-10-13T15:00:00+03:00', // date approximate: seed says "Syksyllä 2022"
    location: 'Teknologiapuisto Noheva, Savonlinna',
    municipalityCode: '740',
    project: NETWORK_PROJECT,
    ecosystem: SAVONLINNA_ECOSYSTEM,
    participants: [
      { org: 'savonlinnan-hankekehitys', role: 'organiser' },
      { org: 'xamk', role: 'organiser' },
      { org: 'noheva', role: 'host' },
    ],
  },
  {
    kind: 'seminar',
    titleFi: 'Ekosysteemit innovaatioiden ja kasvun vauhdittajana',
    titleSv: 'Ekosystem som drivkraft för innovationer och tillväxt',
    titleEn: 'Ecosystems as accelerators of innovation and growth',
    descriptionFi: `Aamiaistilaisuus, jonka hanke järjesti yhdessä Pk-yritysten muutoskyvykkyys -hankkeen kanssa. Tavoitteena oli lisätä paikallisten toimijoiden tietoisuutta ekosysteemitoiminnasta ja auttaa heitä löytämään kumppanuuksia esiintyjien ekosysteemeistä. ${APPROX.fi}`,
    descriptionSv: `Frukostevenemang som projektet ordnade tillsammans med projektet Pk-yritysten muutoskyvykkyys (små och medelstora företags förändringsförmåga). Målet var att öka de lokala aktörernas kännedom om ekosystemverksamhet och hjälpa dem att hitta partnerskap i talarnas ekosystem. ${APPROX.sv}`,
    descriptionEn: `A breakfast event held with the project Pk-yritysten muutoskyvykkyys (SMEs’ capacity for change) to raise local actors’ awareness of ecosystem work and help them find partners in the speakers’ ecosystems. ${APPROX.en}`,
    startsAt: '2023-04-20T08:00:00+03:00', // date approximate: seed says "Keväällä 2023"
    location: 'Savonlinna',
    municipalityCode: '740',
    project: NETWORK_PROJECT,
    ecosystem: SAVONLINNA_ECOSYSTEM,
    participants: [{ org: 'savonlinnan-hankekehitys', role: 'organiser' }],
  },
  {
    kind: 'workshop',
    titleFi: 'Savonlinnan metsäbiotalouden innovaatioekosysteemin tulevaisuustyöpaja',
    titleSv: 'Framtidsworkshop för Nyslotts innovationsekosystem för skogsbioekonomi',
    titleEn: 'Futures workshop of the Savonlinna forest bioeconomy innovation ecosystem',
    descriptionFi: `Kartoituksen jälkeen hanke järjesti yhdessä MDI:n kanssa työpajat, joissa ekosysteemin toimijat suunnittelivat yhdessä strategiat, kehittämistoimenpiteet ja tavoitteet vuoteen 2027. Työpajoja oli useita; tässä ne ovat yhtenä tapahtumana. ${APPROX.fi}`,
    descriptionSv: `Efter kartläggningen ordnade projektet tillsammans med MDI workshoppar där ekosystemets aktörer planerade strategier, utvecklingsåtgärder och mål till 2027. Det var flera workshoppar; här är de ett evenemang. ${APPROX.sv}`,
    descriptionEn: `After the mapping, the project and MDI held workshops in which the ecosystem’s actors planned strategies, development actions and goals to 2027. There were several workshops; here they are one event. ${APPROX.en}`,
    // date approximate: seed 002 says the workshops followed the mapping, which was due by the end of June 2022
    startsAt: '2022-11-15T09:00:00+02:00',
    location: 'Savonlinna',
    municipalityCode: '740',
    project: NETWORK_PROJECT,
    ecosystem: SAVONLINNA_ECOSYSTEM,
    participants: [
      { org: 'savonlinnan-hankekehitys', role: 'organiser' },
      { org: 'mdi', role: 'organiser' },
    ],
  },
];
