/** The regional towns' network project (seeds 000–002) and the six lead projects (seed 004). */
import { INNOKAUPUNGIT, TOWN_NETWORK } from './networks.js';
import { LEAD_PROJECT_CALL } from './agreements.js';
import type { ConsortiumSeed, ProjectSeed } from './types.js';

export const NETWORK_PROJECT = 'seutukaupunkien-innovaatioekosysteemiverkoston-kehittaminen';
export const GREEN_ELECTRIFICATION = 'vetovastuuhanke-vihrea-sahkoistaminen';

const TOWN_FUNDER = 'Osallistuvan kaupungin rahoitusosuus';

const networkProject: ProjectSeed = {
  slug: NETWORK_PROJECT,
  nameFi: 'Seutukaupunkien innovaatioekosysteemiverkoston kehittäminen',
  nameSv: 'Utveckling av regionstädernas nätverk av innovationsekosystem',
  nameEn: 'Developing the regional towns’ innovation ecosystem network',
  descriptionFi:
    'Hanke kokoaa yhteen kehittyvien seutukaupunkien verkoston, jotka kehittävät alueellista innovaatioekosysteemiään toisilta oppien. Toimenpiteet: tilannekuvat jokaisen seutukaupungin innovaatioekosysteemistä; niiden pohjalta strategiat, kehittämistoimenpiteet ja tavoitteet ekosysteemeille ja koko verkostolle; verkoston rakentaminen ja uusien toimijoiden kartoittaminen osaamistarpeet huomioiden; ekosysteemien markkinointi (Invest in -työkalu, webinaarisarja, vierailut, paikalliset tilaisuudet, ECCP-profiili). Rahoittajat: Pohjois-Savon liitto ja osallistuvat kaupungit.',
  descriptionSv:
    'Projektet samlar ett nätverk av regionstäder i utveckling som utvecklar sina regionala innovationsekosystem och lär av varandra. Åtgärder: lägesbilder av varje regionstads innovationsekosystem; utifrån dem strategier, utvecklingsåtgärder och mål för ekosystemen och hela nätverket; uppbyggnad av nätverket och kartläggning av nya aktörer enligt kompetensbehoven; marknadsföring av ekosystemen (Invest in-verktyg, webbinarieserie, besök, lokala evenemang, ECCP-profil). Finansiärer: Norra Savolax förbund och de deltagande städerna.',
  descriptionEn:
    'The project brings together a network of developing regional towns that develop their regional innovation ecosystems by learning from each other. Actions: a situational picture of each town’s innovation ecosystem; from them, strategies, development actions and goals for the ecosystems and the whole network; building the network and mapping new actors according to competence needs; marketing the ecosystems (Invest in tool, webinar series, visits, local events, ECCP profile). Funded by the Regional Council of Pohjois-Savo and the participating towns.',
  programme: 'Työ- ja elinkeinoministeriön valtakunnallinen verkostohankkeiden kokonaisuus',
  startOn: '2021-10-01',
  endOn: '2023-12-31',
  status: 'completed',
  themes: ['innovaatioekosysteemit', 'seutukaupungit'],
  network: TOWN_NETWORK,
  roles: [
    { org: 'iisalmi-city', role: 'main_implementer' },
    { org: 'savonlinnan-hankekehitys', role: 'co_implementer' },
    { org: 'raahe-city', role: 'co_implementer', note: 'Raahen kaupunki/Raahen seudun kehitys' },
    { org: 'kristiinankaupungin-elinkeinokeskus', role: 'co_implementer' },
    { org: 'heinola-city', role: 'network_partner' },
    { org: 'kauhajoki-city', role: 'network_partner' },
    { org: 'keuruu-city', role: 'network_partner' },
    { org: 'naturpolis', role: 'network_partner', note: 'Kuusamo ja Taivalkoski' },
    { org: 'rauma-city', role: 'network_partner' },
    { org: 'pohjois-savon-liitto', role: 'funder' },
    { org: 'iisalmi-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'savonlinna-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'raahe-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'kristiinankaupunki-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'heinola-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'kauhajoki-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'keuruu-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'kuusamo-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'taivalkoski-municipality', role: 'funder', note: TOWN_FUNDER },
    { org: 'rauma-city', role: 'funder', note: TOWN_FUNDER },
    { org: 'mdi', role: 'partner', note: 'Kartoituksen yhteistyökumppani (konsultti)' },
  ],
};

const STEERING = {
  org: 'tem',
  role: 'steering_group' as const,
  note: 'Vetovastuuhankkeiden kansallinen ohjausryhmä',
};

/**
 * A lead project. Seed 004 says they are two-year projects announced on 17.10.2022 but gives no dates,
 * so the dates stay empty. Status 'completed' is an assumption: two years from late 2022 ended by now.
 * The lead city stands for the city region's RDI actors, whom the seeds do not name.
 */
function leadProject(
  slug: string,
  theme: [fi: string, sv: string, en: string],
  nameFiGenitive: string,
  city: string,
) {
  return {
    slug,
    nameFi: `${nameFiGenitive} vetovastuuhanke`,
    nameSv: `Projekt med huvudansvar för ${theme[1]}`,
    nameEn: `Lead project: ${theme[2]}`,
    descriptionFi: `Kaksivuotinen Innokaupunkien vetovastuuhanke (teema: ${theme[0]}), joka yhdistää toimijoita vähintään kolmesta Innokaupungista. Teema perustuu valtion ja 16 kaupunkiseudun ekosysteemisopimuksiin.`,
    descriptionSv: `Tvåårigt projekt med huvudansvar inom Innokaupungit (tema: ${theme[1]}) som förenar aktörer från minst tre av städerna. Temat bygger på ekosystemavtalen mellan staten och 16 stadsregioner.`,
    descriptionEn: `Two-year Innokaupungit lead project (theme: ${theme[2]}) uniting actors from at least three of the cities. The theme is based on the ecosystem agreements between the state and 16 city regions.`,
    status: 'completed',
    themes: [theme[0]],
    isLeadProject: true,
    network: INNOKAUPUNGIT,
    roles: [{ org: city, role: 'partner', note: 'Vetovastuukaupunkiseutu' }, STEERING],
  } satisfies ProjectSeed;
}

const PARTNER_REGION = 'Kaupunkiseudun ekosysteemitoimijat';

export const PROJECTS: ProjectSeed[] = [
  networkProject,
  {
    ...leadProject(
      GREEN_ELECTRIFICATION,
      ['vihreä sähköistäminen', 'grön elektrifiering', 'green electrification'],
      'Vihreän sähköistämisen',
      'lappeenranta-city',
    ),
    fundingCall: LEAD_PROJECT_CALL,
    descriptionFi:
      'Vihreän sähköistämisen kansallisen innovaatioekosysteemin vahvistaminen Suomessa. Vetovastuu Lappeenrannalla ja LUT-yliopistolla; kumppaneina Oulun, Vaasan, Jyväskylän ja Joensuun ekosysteemitoimijat sekä Raahen ja Kokkolan kaupunkiseudut. Kaksivuotinen Innokaupunkien vetovastuuhanke.',
    descriptionSv:
      'Att stärka det nationella innovationsekosystemet för grön elektrifiering i Finland. Huvudansvar har Villmanstrand och LUT-universitetet; partner är ekosystemaktörer i Uleåborg, Vasa, Jyväskylä och Joensuu samt stadsregionerna Brahestad och Karleby. Tvåårigt projekt med huvudansvar inom Innokaupungit.',
    descriptionEn:
      'Strengthening the national green electrification innovation ecosystem in Finland. Led by Lappeenranta and LUT University; partners are ecosystem actors of Oulu, Vaasa, Jyväskylä and Joensuu and the Raahe and Kokkola city regions. A two-year Innokaupungit lead project.',
    roles: [
      { org: 'lut', role: 'main_implementer' },
      { org: 'lappeenranta-city', role: 'main_implementer' },
      { org: 'imatra-city', role: 'partner', note: 'Lappeenranta–Imatra-kaupunkiseutu' },
      { org: 'oulu-city', role: 'partner', note: PARTNER_REGION },
      { org: 'vaasa-city', role: 'partner', note: PARTNER_REGION },
      { org: 'jyvaskyla-city', role: 'partner', note: PARTNER_REGION },
      { org: 'joensuu-city', role: 'partner', note: PARTNER_REGION },
      { org: 'raahe-city', role: 'partner', note: 'Raahen kaupunkiseutu' },
      { org: 'kokkola-city', role: 'partner', note: 'Kokkolan kaupunkiseutu' },
      STEERING,
    ],
  },
  leadProject(
    'vetovastuuhanke-akkukemikaalit',
    ['akkukemikaalit', 'batterikemikalier', 'battery chemicals'],
    'Akkukemikaalien',
    'kokkola-city',
  ),
  leadProject(
    'vetovastuuhanke-liikkuvat-tyokoneet',
    ['liikkuvat työkoneet', 'mobila arbetsmaskiner', 'mobile work machines'],
    'Liikkuvien työkoneiden',
    'tampere-city',
  ),
  leadProject(
    'vetovastuuhanke-fotoniikka',
    ['fotoniikka', 'fotonik', 'photonics'],
    'Fotoniikan',
    'joensuu-city',
  ),
  leadProject(
    'vetovastuuhanke-liikunta',
    ['liikunta', 'idrott och motion', 'sport and physical activity'],
    'Liikunnan',
    'jyvaskyla-city',
  ),
  leadProject(
    'vetovastuuhanke-digitaalinen-terveysteknologia',
    [
      'digitaaliset terveys- ja hyvinvointiteknologiat',
      'digitala hälso- och välfärdsteknologier',
      'digital health and wellbeing technology',
    ],
    'Digitaalisten terveys- ja hyvinvointiteknologioiden',
    'oulu-city',
  ),
];

/**
 * The green electrification lead project's consortium as seed 004 names it: LUT and the city of
 * Lappeenranta lead; the partners are the ecosystem actors of Oulu, Vaasa, Jyväskylä and Joensuu and the
 * Raahe and Kokkola city regions (their cities stand for them). Checked against the call's rule, it has
 * six Innokaupungit: LUT and Lappeenranta are one town, and Raahe is not one.
 */
export const CONSORTIA: ConsortiumSeed[] = [
  {
    name: 'Vihreän sähköistämisen vetovastuuhanke',
    call: LEAD_PROJECT_CALL,
    project: GREEN_ELECTRIFICATION,
    partners: [
      { org: 'lut', role: 'main_implementer' },
      { org: 'lappeenranta-city', role: 'main_implementer' },
      { org: 'oulu-city', role: 'partner' },
      { org: 'vaasa-city', role: 'partner' },
      { org: 'jyvaskyla-city', role: 'partner' },
      { org: 'joensuu-city', role: 'partner' },
      { org: 'raahe-city', role: 'partner' },
      { org: 'kokkola-city', role: 'partner' },
    ],
  },
];
