/**
 * Seed 002: strategies, development actions and goals to 2027 were drafted for each ecosystem and for
 * the network, but their content is not published. The visions below are the seeds' stated goals; the
 * development actions are the ones seed 002 reports. Indicator baselines and targets are illustrative
 * where the seeds give no figure; actuals are counted from the seeds ("muun muassa" = at least).
 */
import { SAVONLINNA_ECOSYSTEM, TOWN_NETWORK } from './networks.js';
import { NETWORK_PROJECT } from './projects.js';
import type { StrategySeed } from './types.js';

const PROJECT_END = '2023-12-31';

const networkStrategy: StrategySeed = {
  scope: 'network',
  network: TOWN_NETWORK,
  titleFi: 'Seutukaupunkien innovaatioekosysteemiverkoston strategia 2023–2027',
  titleSv: 'Strategi för regionstädernas nätverk av innovationsekosystem 2023–2027',
  titleEn: 'Strategy of the regional towns’ innovation ecosystem network 2023–2027',
  visionFi:
    'Kehittyvien seutukaupunkien verkosto kehittää alueellisia innovaatioekosysteemejään yhteistyössä toisilta oppien ja käyttää vahvan verkoston voimaa näkyvyyden ja vetovoiman aikaansaamiseksi: toimiva osaamisen verkosto houkuttelee seutukaupunkeihin uusia toimijoita ja osaajia.',
  visionSv:
    'Nätverket av regionstäder i utveckling utvecklar sina regionala innovationsekosystem tillsammans och lär av varandra, och använder ett starkt nätverk för synlighet och attraktionskraft: ett fungerande kompetensnätverk lockar nya aktörer och kompetent arbetskraft till regionstäderna.',
  visionEn:
    'The network of developing regional towns develops its regional innovation ecosystems together, learning from each other, and uses the strength of the network for visibility and attraction: a working network of competence draws new actors and talent to the regional towns.',
  startYear: 2023,
  endYear: 2027,
  goals: [
    {
      key: 'presented',
      titleFi: 'Jokaisen seutukaupungin innovaatioekosysteemi esillä',
      titleSv: 'Varje regionstads innovationsekosystem synligt',
      titleEn: 'Every regional town’s innovation ecosystem on show',
      indicatorFi: 'Verkoston webinaarisarjassa ekosysteeminsä esitelleet kunnat',
      indicatorSv: 'Kommuner som presenterat sitt ekosystem i nätverkets webbinarieserie',
      indicatorEn: 'Towns that have presented their ecosystem in the network’s webinar series',
      unitFi: 'kuntaa',
      unitSv: 'kommuner',
      unitEn: 'towns',
      baselineValue: 0,
      baselineYear: 2021,
      targetValue: 10,
      targetYear: 2027,
      actuals: [
        {
          measuredOn: PROJECT_END,
          value: 10,
          note: 'Seed 002: jokainen seutukaupunki esitteli ekosysteeminsä.',
        },
      ],
    },
    {
      key: 'visits',
      titleFi: 'Opitaan muiden ekosysteemeistä',
      titleSv: 'Lära av andras ekosystem',
      titleEn: 'Learning from other ecosystems',
      indicatorFi: 'Verkoston vierailut muiden kaupunkien ja yritysten ekosysteemeihin (kumulatiivinen)',
      indicatorSv: 'Nätverkets besök i andra städers och företags ekosystem (kumulativt)',
      indicatorEn: 'The network’s visits to other towns’ and companies’ ecosystems (cumulative)',
      unitFi: 'vierailua',
      unitSv: 'besök',
      unitEn: 'visits',
      baselineValue: 0,
      baselineYear: 2021,
      targetValue: 8, // illustrative
      targetYear: 2027,
      actuals: [
        {
          measuredOn: PROJECT_END,
          value: 4,
          note: 'Vähintään: Savonlinna, Iisalmi, Wärtsilä Sustainable Technology Hub ja Uumaja (seed 002).',
        },
      ],
    },
  ],
  actions: [
    {
      goal: 'presented',
      titleFi: 'Webinaarisarja seutukaupunkien innovaatioekosysteemeistä',
      titleSv: 'Webbinarieserie om regionstädernas innovationsekosystem',
      titleEn: 'Webinar series on the regional towns’ innovation ecosystems',
      owner: 'iisalmi-city',
      status: 'done',
      projects: [NETWORK_PROJECT],
    },
    {
      goal: 'presented',
      titleFi: 'Invest in -työkalu seutukaupunkien innovaatioekosysteemiverkostolle',
      titleSv: 'Invest in-verktyg för regionstädernas nätverk av innovationsekosystem',
      titleEn: 'Invest in tool for the regional towns’ innovation ecosystem network',
      descriptionFi: 'MDI tuotti verkostolle Invest in -työkalun.',
      descriptionSv: 'MDI tog fram ett Invest in-verktyg för nätverket.',
      descriptionEn: 'MDI produced an Invest in tool for the network.',
      owner: 'mdi',
      status: 'done',
      projects: [NETWORK_PROJECT],
    },
    {
      goal: 'visits',
      titleFi: 'Vierailut muiden kaupunkien ja yritysten ekosysteemeihin',
      titleSv: 'Besök hos andra städers och företags ekosystem',
      titleEn: 'Visits to other cities’ and companies’ ecosystems',
      owner: 'iisalmi-city',
      status: 'done',
      projects: [NETWORK_PROJECT],
    },
  ],
};

const savonlinnaStrategy: StrategySeed = {
  scope: 'ecosystem',
  ecosystem: SAVONLINNA_ECOSYSTEM,
  titleFi: 'Savonlinnan metsäbiotalouden innovaatioekosysteemin strategia 2023–2027',
  titleSv: 'Strategi för Nyslotts innovationsekosystem för skogsbioekonomi 2023–2027',
  titleEn: 'Strategy of the Savonlinna forest bioeconomy innovation ecosystem 2023–2027',
  visionFi:
    'Savonlinnan metsäbiotalouden innovaatioekosysteemi on puunjalostus- ja teknologiateollisuuden yritysten, koulutusorganisaatioiden, TKI-toimijoiden ja kaupungin toimiva yhteistyöverkosto, joka houkuttelee alueelle uusia toimijoita ja osaajia ja on esillä eurooppalaisella klusterialustalla.',
  visionSv:
    'Nyslotts innovationsekosystem för skogsbioekonomi är ett fungerande samarbetsnätverk av företag inom träförädlings- och teknologiindustrin, utbildningsorganisationer, FUI-aktörer och staden som lockar nya aktörer och kompetent arbetskraft och syns på den europeiska klusterplattformen.',
  visionEn:
    'The Savonlinna forest bioeconomy innovation ecosystem is a working network of wood-processing and technology companies, educational organisations, RDI actors and the city that attracts new actors and talent and is visible on the European cluster platform.',
  startYear: 2023,
  endYear: 2027,
  goals: [
    {
      key: 'eccp',
      titleFi: 'Ekosysteemi European Cluster Collaboration Platformilla',
      titleSv: 'Ekosystemet på European Cluster Collaboration Platform',
      titleEn: 'The ecosystem on the European Cluster Collaboration Platform',
      indicatorFi: 'ECCP-profiili julkaistu',
      indicatorSv: 'ECCP-profil publicerad',
      indicatorEn: 'ECCP profile published',
      unitFi: 'kpl',
      unitSv: 'st.',
      unitEn: 'pcs',
      baselineValue: 0,
      baselineYear: 2023,
      targetValue: 1,
      targetYear: 2027,
      actuals: [
        { measuredOn: PROJECT_END, value: 0, note: 'Valmistelu aloitettu hankkeen aikana (seed 002).' },
      ],
    },
    {
      key: 'networking',
      titleFi: 'Paikalliset toimijat verkostoituvat',
      titleSv: 'Lokala aktörer nätverkar',
      titleEn: 'Local actors network',
      indicatorFi: 'Ekosysteemin toimijoille järjestetyt verkostoitumistilaisuudet vuodessa',
      indicatorSv: 'Nätverksträffar för ekosystemets aktörer per år',
      indicatorEn: 'Networking events held for the ecosystem’s actors per year',
      unitFi: 'tilaisuutta/v',
      unitSv: 'träffar/år',
      unitEn: 'events/yr',
      baselineValue: 1, // the Get Together of autumn 2022
      baselineYear: 2022,
      targetValue: 2, // illustrative
      targetYear: 2027,
      actuals: [
        { measuredOn: PROJECT_END, value: 1, note: 'Vähintään: aamiaistilaisuus keväällä 2023 (seed 002).' },
      ],
    },
  ],
  actions: [
    {
      goal: 'eccp',
      titleFi: 'ECCP-profiilin valmistelu',
      titleSv: 'Förberedelse av ECCP-profilen',
      titleEn: 'Preparing the ECCP profile',
      descriptionFi:
        'Yritysten tapaamiset sekä keskustelut ekosysteemin kehittämiskohteista ja yrityksiä kiinnostavista teemoista. Savonlinnan elinkeinopalvelut jatkaa työtä hankkeen päätyttyä.',
      descriptionSv:
        'Möten med företag och diskussioner om ekosystemets utvecklingsområden och teman som intresserar företagen. Nyslotts näringslivstjänster fortsätter arbetet efter projektet.',
      descriptionEn:
        'Meetings with companies and discussions on the ecosystem’s development targets and themes of interest to them. Savonlinna’s business services continue the work after the project.',
      owner: 'savonlinna-city',
      status: 'in_progress',
      projects: [NETWORK_PROJECT],
    },
    {
      titleFi: 'Invest in -työkalu elinkeinopalveluiden käyttöön',
      titleSv: 'Invest in-verktyget i bruk vid näringslivstjänsterna',
      titleEn: 'Invest in tool in use at the business services',
      owner: 'savonlinna-city',
      status: 'done',
    },
    {
      goal: 'networking',
      titleFi: 'Get Together Teknologiapuisto Nohevassa (yhdessä Xamkin kanssa)',
      titleSv: 'Get Together i Teknologiparken Noheva (med Xamk)',
      titleEn: 'Get Together at the Noheva technology park (with Xamk)',
      owner: 'savonlinnan-hankekehitys',
      status: 'done',
      projects: [NETWORK_PROJECT],
    },
    {
      goal: 'networking',
      titleFi: 'Aamiaistilaisuus: Ekosysteemit innovaatioiden ja kasvun vauhdittajana',
      titleSv: 'Frukostevenemang: Ekosystem som drivkraft för innovationer och tillväxt',
      titleEn: 'Breakfast event: Ecosystems as accelerators of innovation and growth',
      owner: 'savonlinnan-hankekehitys',
      status: 'done',
      projects: [NETWORK_PROJECT],
    },
  ],
};

export const STRATEGIES: StrategySeed[] = [networkStrategy, savonlinnaStrategy];
