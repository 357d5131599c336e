/**
 * The 16 Innokaupungit ecosystem agreements (signed 9.2.2021, running to 31.12.2027) and Seinäjoki's
 * ERDF call (seed 003). Themes: Seinäjoki from seed 003, Lappeenranta–Imatra from seed 004, the others
 * from the unverified excerpts in shared/data/README.md ("Innokaupungit"), written back into Finnish;
 * empty where nothing was captured (Tampere, Vaasa, Rovaniemi, Kajaani–Sotkamo, Kokkola).
 */
import { INNOKAUPUNGIT } from './networks.js';
import type { AgreementSeed, FundingCallSeed } from './types.js';

type Region = { fi: string; sv: string; en: string; codes: string[]; cities: string[]; themes: string[] };

const REGIONS: Region[] = [
  {
    fi: 'Helsinki–Espoo–Vantaa',
    sv: 'Helsingfors–Esbo–Vanda',
    en: 'Helsinki–Espoo–Vantaa',
    codes: ['091', '049', '092'],
    cities: ['helsinki-city', 'espoo-city', 'vantaa-city'],
    themes: [
      'älykkäät ja kestävät kaupunkiratkaisut',
      'hyvinvointi- ja terveysteknologia',
      'uudet oppimisympäristöt ja digitaaliset osaamisratkaisut',
      'uudet avaukset ja ekosysteemien kehittäminen',
    ],
  },
  { fi: 'Tampere', sv: 'Tammerfors', en: 'Tampere', codes: ['837'], cities: ['tampere-city'], themes: [] },
  {
    fi: 'Turku',
    sv: 'Åbo',
    en: 'Turku',
    codes: ['853'],
    cities: ['turku-city'],
    themes: ['teollisuuden uudistuminen', 'life science'], // the source excerpt was truncated
  },
  {
    fi: 'Oulu',
    sv: 'Uleåborg',
    en: 'Oulu',
    codes: ['564'],
    cities: ['oulu-city'],
    themes: [
      'digitalisaatio kaupunkiympäristön muutoksessa',
      'OuluHealth',
      'kestävä kiertotalous ja puhtaat ratkaisut',
    ],
  },
  {
    fi: 'Jyväskylä',
    sv: 'Jyväskylä',
    en: 'Jyväskylä',
    codes: ['179'],
    cities: ['jyvaskyla-city'],
    // The excerpt's first theme, "liikunta, terveyden edistäminen ja hyvinvointi", as two: a theme holds no comma.
    themes: ['liikunta', 'terveyden edistäminen ja hyvinvointi', 'teollisuuden uudistuminen'],
  },
  { fi: 'Vaasa', sv: 'Vasa', en: 'Vaasa', codes: ['905'], cities: ['vaasa-city'], themes: [] },
  {
    fi: 'Lappeenranta–Imatra',
    sv: 'Villmanstrand–Imatra',
    en: 'Lappeenranta–Imatra',
    codes: ['405', '153'],
    cities: ['lappeenranta-city', 'imatra-city'],
    themes: ['vihreä sähköistäminen'],
  },
  {
    fi: 'Lahti',
    sv: 'Lahtis',
    en: 'Lahti',
    codes: ['398'],
    cities: ['lahti-city'],
    themes: ['hiilineutraali kiertotalous', 'urheiluliiketoiminta'],
  },
  {
    fi: 'Joensuu',
    sv: 'Joensuu',
    en: 'Joensuu',
    codes: ['167'],
    cities: ['joensuu-city'],
    themes: ['bio- ja kiertotalous', 'fotoniikkaliiketoiminta'],
  },
  {
    fi: 'Kuopio',
    sv: 'Kuopio',
    en: 'Kuopio',
    codes: ['297'],
    cities: ['kuopio-city'],
    themes: ['terveys- ja hyvinvointiteknologia', 'vesiosaaminen'],
  },
  {
    fi: 'Pori',
    sv: 'Björneborg',
    en: 'Pori',
    codes: ['609'],
    cities: ['pori-city'],
    themes: ['teknologiametallit', 'kiertotalous', 'automaatio ja robotiikka'],
  },
  {
    fi: 'Kajaani–Sotkamo',
    sv: 'Kajana–Sotkamo',
    en: 'Kajaani–Sotkamo',
    codes: ['205', '765'],
    cities: ['kajaani-city', 'sotkamo-municipality'],
    themes: [],
  },
  { fi: 'Kokkola', sv: 'Karleby', en: 'Kokkola', codes: ['272'], cities: ['kokkola-city'], themes: [] },
  {
    fi: 'Seinäjoki',
    sv: 'Seinäjoki',
    en: 'Seinäjoki',
    codes: ['743'],
    cities: ['seinajoki-city'],
    themes: [
      'älykäs vihreä kasvu',
      'ruokaekosysteemin kestävä uudistuminen',
      'älykkäästi uudistuva teollisuus',
    ],
  },
  {
    fi: 'Rovaniemi',
    sv: 'Rovaniemi',
    en: 'Rovaniemi',
    codes: ['698'],
    cities: ['rovaniemi-city'],
    themes: [],
  },
  {
    fi: 'Mikkeli',
    sv: 'S:t Michel',
    en: 'Mikkeli',
    codes: ['491'],
    cities: ['mikkeli-city'],
    themes: ['yhdyskuntavesien kiertotalous'],
  },
];

export const AGREEMENTS: AgreementSeed[] = REGIONS.map((r) => ({
  nameFi: `Innovaatiotoiminnan ekosysteemisopimus: ${r.fi}`,
  nameSv: `Ekosystemavtal för innovationsverksamhet: ${r.sv}`,
  nameEn: `Innovation ecosystem agreement: ${r.en}`,
  descriptionFi:
    'Kaupunkiseudun ja valtion (työ- ja elinkeinoministeriö) välinen sopimus vuosille 2021–2027.',
  descriptionSv: 'Avtal mellan stadsregionen och staten (arbets- och näringsministeriet) för 2021–2027.',
  descriptionEn:
    'Agreement between the city region and the state (Ministry of Economic Affairs and Employment), 2021–2027.',
  cityRegionFi: r.fi,
  cityRegionSv: r.sv,
  cityRegionEn: r.en,
  municipalityCodes: r.codes,
  themes: r.themes,
  signedOn: '2021-02-09',
  startOn: null, // "vuosille 2021–2027": no start day is stated
  endOn: '2027-12-31',
  network: INNOKAUPUNGIT,
  parties: [...r.cities.map((org) => ({ org })), { org: 'tem', note: 'Valtion osapuoli' }],
}));

/** The key of the Innokaupungit lead projects' call that the green electrification consortium answers. */
export const LEAD_PROJECT_CALL = 'innokaupungit-vetovastuuhankkeet-vihrea-sahkoistaminen';

/**
 * The Innokaupungit lead projects as a call, from seed 004 (17.10.2022): each lead project unites actors
 * from at least three Innokaupungit and lasts two years; the themes rest on the ecosystem agreements.
 * The seed gives no application period: the deadline here is the announcement day, the latest it can
 * have been, and the description says so.
 */
const leadProjectCall: FundingCallSeed = {
  key: LEAD_PROJECT_CALL,
  titleFi: 'Innokaupunkien vetovastuuhankkeet: vihreä sähköistäminen',
  titleSv: 'Innokaupungits projekt med huvudansvar: grön elektrifiering',
  titleEn: 'Innokaupungit lead projects: green electrification',
  descriptionFi:
    'Vetovastuuhankkeet edistävät alueiden välisiä kumppanuuksia teollisuuden digivihreän siirtymän ja tulevaisuuden teknologioiden kehittämistyössä. Jokainen vetovastuuhanke yhdistää toimijoita vähintään kolmesta Innokaupungista, ja hankkeet ovat kaksivuotisia. Hakuajan päättymispäivä ei ole tiedossa: määräajaksi on merkitty hankkeiden julkistamispäivä 17.10.2022.',
  descriptionSv:
    'Projekten med huvudansvar främjar partnerskap mellan regioner i industrins digitala och gröna omställning och i utvecklingen av framtidens teknologier. Varje projekt förenar aktörer från minst tre Innokaupungit-städer och pågår i två år. Ansökningstidens sista dag är inte känd: som tidsfrist anges dagen då projekten offentliggjordes, 17.10.2022.',
  descriptionEn:
    'The lead projects advance partnerships between regions in industry’s digital and green transition and in developing future technologies. Each lead project unites actors from at least three Innokaupungit and lasts two years. The application deadline is not known: the deadline given here is the day the projects were announced, 17 October 2022.',
  programme: 'Innokaupungit – valtion ja kaupunkiseutujen ekosysteemisopimukset 2021–2027',
  themes: ['vihreä sähköistäminen'],
  opensOn: null,
  deadlineAt: '2022-10-17T23:59:00+03:00',
  rules: [
    { kind: 'minMembersOfNetwork', network: INNOKAUPUNGIT, count: 3 },
    { kind: 'maxDurationMonths', months: 24 },
    {
      kind: 'note',
      textFi: 'Hankkeen teema perustuu valtion ja kaupunkiseutujen ekosysteemisopimuksiin.',
      textSv: 'Projektets tema bygger på ekosystemavtalen mellan staten och stadsregionerna.',
      textEn: 'The project’s theme rests on the ecosystem agreements between the state and the city regions.',
    },
  ],
};

export const FUNDING_CALLS: FundingCallSeed[] = [
  leadProjectCall,
  {
    titleFi:
      'Kestävän kaupunkikehittämisen EAKR-rahoitus: Seinäjoen ekosysteemisopimusta toteuttavat kehittämishankkeet',
    titleSv:
      'ERUF-finansiering för hållbar stadsutveckling: utvecklingsprojekt som genomför Seinäjokis ekosystemavtal',
    titleEn:
      'ERDF funding for sustainable urban development: development projects implementing Seinäjoki’s ecosystem agreement',
    descriptionFi:
      'Seinäjoen kaupunki hakee Seinäjoen kaupungin ja työ- ja elinkeinoministeriön välistä innovaatiotoiminnan ekosysteemisopimusta toteuttavia kehittämishankkeita. Ekosysteemikokonaisuuden 2021–2027 teema on ÄLYKÄS VIHREÄ KASVU; painopisteet ovat ruokaekosysteemin kestävä uudistuminen ja älykkäästi uudistuva teollisuus. Hankkeilla voidaan esimerkiksi vahvistaa ja kansainvälistää alueen ruokaekosysteemiä, hakea uusia kumppanuuksia ja verkostoja tai syventää yritysten innovaatiovalmiuksia sekä lisätä kaupallistamis- ja vientiosaamista. Kaupunki osallistuu rahoitusosuudella.',
    descriptionSv:
      'Seinäjoki stad söker utvecklingsprojekt som genomför ekosystemavtalet för innovationsverksamhet mellan staden och arbets- och näringsministeriet. Temat för helheten 2021–2027 är SMART GRÖN TILLVÄXT; tyngdpunkterna är hållbar förnyelse av livsmedelsekosystemet och smart förnyelse av industrin. Projekten kan till exempel stärka och internationalisera regionens livsmedelsekosystem, söka nya partnerskap och nätverk eller fördjupa företagens innovationsberedskap och öka kompetensen inom kommersialisering och export. Staden deltar med en finansieringsandel.',
    descriptionEn:
      'The City of Seinäjoki seeks development projects that implement the innovation ecosystem agreement between the city and the Ministry of Economic Affairs and Employment. The theme for 2021–2027 is SMART GREEN GROWTH; the focus areas are the sustainable renewal of the food ecosystem and smart industrial renewal. Projects may, for example, strengthen and internationalise the region’s food ecosystem, seek new partnerships and networks, or deepen companies’ innovation capabilities and their commercialisation and export skills. The city contributes co-funding.',
    opener: 'seinajoki-city',
    // The seed says only "Kestävän kaupunkikehittämisen EAKR-rahoitus" and points to EURA2021, the system
    // of the 2021–2027 programme Uudistuva ja osaava Suomi.
    programme: 'EAKR – Uudistuva ja osaava Suomi 2021–2027 (kestävä kaupunkikehitys)',
    themes: [
      'älykäs vihreä kasvu',
      'ruokaekosysteemin kestävä uudistuminen',
      'älykkäästi uudistuva teollisuus',
    ],
    opensOn: null, // not in the seed
    // Seed: "hakuaikaa on vielä 2.12.2022 saakka". The hour is not given: end of day, Helsinki time (EET).
    deadlineAt: '2022-12-02T23:59:00+02:00',
    rules: [
      {
        kind: 'note',
        textFi:
          'Hankkeen on toteutettava Seinäjoen kaupungin ja TEM:n välistä innovaatiotoiminnan ekosysteemisopimusta.',
        textSv:
          'Projektet ska genomföra ekosystemavtalet för innovationsverksamhet mellan Seinäjoki stad och ANM.',
        textEn:
          'The project must implement the innovation ecosystem agreement between the City of Seinäjoki and the Ministry.',
      },
    ],
  },
];
