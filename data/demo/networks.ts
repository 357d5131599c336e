/** The two networks and the one ecosystem the seeds describe. */
import type { EcosystemSeed, NetworkSeed } from './types.js';

export const TOWN_NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';
export const INNOKAUPUNGIT = 'innokaupungit';
export const SAVONLINNA_ECOSYSTEM = 'savonlinnan-metsabiotalous';

export const NETWORKS: NetworkSeed[] = [
  {
    slug: TOWN_NETWORK,
    kind: 'town_network',
    nameFi: 'Seutukaupunkien innovaatioekosysteemiverkosto',
    nameSv: 'Regionstädernas nätverk av innovationsekosystem',
    nameEn: 'Regional towns’ innovation ecosystem network',
    descriptionFi:
      'Kehittyvien seutukaupunkien verkosto, jotka haluavat kehittää alueellista innovaatioekosysteemiään yhteistyössä toisilta oppien sekä käyttää vahvan verkoston voimaa näkyvyyden ja vetovoiman aikaansaamiseksi. Mukana on 10 kuntaa tai kaupunkia 8:sta eri maakunnasta.',
    descriptionSv:
      'Ett nätverk av regionstäder i utveckling som vill utveckla sina regionala innovationsekosystem tillsammans och lära av varandra, och använda ett starkt nätverk för synlighet och attraktionskraft. Med är 10 kommuner eller städer från 8 landskap.',
    descriptionEn:
      'A network of developing regional towns that want to develop their regional innovation ecosystems together, learning from each other, and use the strength of the network for visibility and attraction. It has 10 municipalities or towns from 8 regions.',
    startOn: '2021-10-01',
    endOn: '2023-12-31',
    members: [
      { org: 'iisalmi-city', role: 'coordinator' },
      { org: 'savonlinnan-hankekehitys', role: 'member' },
      { org: 'raahe-city', role: 'member' },
      { org: 'kristiinankaupungin-elinkeinokeskus', role: 'member' },
      { org: 'heinola-city', role: 'member' },
      { org: 'kauhajoki-city', role: 'member' },
      { org: 'keuruu-city', role: 'member' },
      { org: 'naturpolis', role: 'member', municipalityCodes: ['305', '832'] },
      { org: 'rauma-city', role: 'member' },
    ],
  },
  {
    slug: INNOKAUPUNGIT,
    kind: 'city_network',
    nameFi: 'Innokaupungit',
    nameSv: 'Innokaupungit – innovationsstäder',
    nameEn: 'Innokaupungit – innovation cities',
    descriptionFi:
      '16 kaupunkiseutua, joilla on valtion kanssa innovaatiotoiminnan ekosysteemisopimus vuosille 2021–2027. Verkoston tavoitteena on kehittää innovaatioympäristöjä ja toimintaa, joka edistää hiilineutraaliutta, digitalisaatiota ja muita uusia teknologioita ja innovaatioita. Koordinaattori on Pirkanmaan liitto.',
    descriptionSv:
      '16 stadsregioner med ekosystemavtal för innovationsverksamhet med staten för 2021–2027. Nätverket utvecklar innovationsmiljöer och verksamhet som främjar koldioxidneutralitet, digitalisering och andra nya teknologier och innovationer. Koordinator är Birkalands förbund.',
    descriptionEn:
      '16 city regions with innovation ecosystem agreements with the state for 2021–2027. The network develops innovation environments and activities that advance carbon neutrality, digitalisation and other new technologies and innovations. Coordinated by the Council of Tampere Region.',
    startOn: null, // the agreements were signed on 9.2.2021; the network itself has no stated start date
    endOn: '2027-12-31',
    members: [
      { org: 'pirkanmaan-liitto', role: 'coordinator' },
      ...[
        'helsinki-city',
        'espoo-city',
        'vantaa-city',
        'tampere-city',
        'turku-city',
        'oulu-city',
        'jyvaskyla-city',
        'vaasa-city',
        'lappeenranta-city',
        'imatra-city',
        'lahti-city',
        'joensuu-city',
        'kuopio-city',
        'pori-city',
        'kajaani-city',
        'sotkamo-municipality',
        'kokkola-city',
        'seinajoki-city',
        'rovaniemi-city',
        'mikkeli-city',
      ].map((org) => ({ org, role: 'member' as const })),
    ],
  },
];

export const ECOSYSTEMS: EcosystemSeed[] = [
  {
    slug: SAVONLINNA_ECOSYSTEM,
    nameFi: 'Savonlinnan metsäbiotalouden innovaatioekosysteemi',
    nameSv: 'Nyslotts innovationsekosystem för skogsbioekonomi',
    nameEn: 'Savonlinna forest bioeconomy innovation ecosystem',
    descriptionFi:
      'Savonlinnan puunjalostus- ja teknologiateollisuuden innovaatioekosysteemi: yritykset, koulutusorganisaatiot, TKI-toimijat ja kaupunki. Nykytila kartoitettiin haastatteluin keväällä 2022, ja tulevaisuuden strategiat, kehittämistoimenpiteet ja tavoitteet vuoteen 2027 laadittiin MDI:n ohjaamissa työpajoissa. Valmistelu ECCP-alustalle jatkuu Savonlinnan elinkeinopalveluissa.',
    descriptionSv:
      'Innovationsekosystemet inom träförädlings- och teknologiindustrin i Nyslott: företag, utbildningsorganisationer, FUI-aktörer och staden. Läget kartlades med intervjuer våren 2022, och strategier, utvecklingsåtgärder och mål till 2027 togs fram i workshoppar ledda av MDI. Förberedelserna för ECCP-plattformen fortsätter vid Nyslotts näringslivstjänster.',
    descriptionEn:
      'Savonlinna’s wood-processing and technology industry innovation ecosystem: companies, educational organisations, RDI actors and the city. Its state was mapped through interviews in spring 2022, and strategies, development actions and goals to 2027 were drafted in workshops guided by MDI. Preparing its ECCP profile continues at Savonlinna’s business services.',
    themes: ['metsäbiotalous', 'puunjalostus', 'teknologiateollisuus'],
    municipalityCodes: ['740'],
    isPublic: true,
    members: [
      { org: 'savonlinna-city', role: 'orchestrator' },
      { org: 'savonlinnan-hankekehitys', role: 'orchestrator' },
      { org: 'xamk', role: 'core' },
      { org: 'noheva', role: 'supporting' },
    ],
  },
];
