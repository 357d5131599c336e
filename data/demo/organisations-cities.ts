/**
 * The Innokaupungit (seeds 003, 004 and the public facts in PRODUCT.md): the cities of the 16 city
 * regions with ecosystem agreements, their coordinator, the state party and LUT.
 */
import { town, type Tri } from './organisations-towns.js';
import type { OrganisationSeed } from './types.js';

const INNO: Tri = [
  'Innokaupunki: innovaatiotoiminnan ekosysteemisopimus valtion (TEM) kanssa vuosille 2021–2027.',
  'Stad i nätverket Innokaupungit: ekosystemavtal för innovationsverksamhet med staten (ANM) för 2021–2027.',
  'City in the Innokaupungit (innovation cities) network: ecosystem agreement for innovation with the state (Ministry of Economic Affairs and Employment), 2021–2027.',
];

/** The common sentence plus one about the city's role in a lead project (seed 004). */
const inno = (fi: string, sv: string, en: string): Tri => [
  `${INNO[0]} ${fi}`,
  `${INNO[1]} ${sv}`,
  `${INNO[2]} ${en}`,
];

const leadCity = (themeFi: string, themeSv: string, themeEn: string) =>
  inno(
    `Kaupunkiseudun TKI-toimijat vetävät kansallista vetovastuuhanketta: ${themeFi}.`,
    `Stadsregionens FUI-aktörer leder det nationella projektet med huvudansvar: ${themeSv}.`,
    `RDI actors of the city region lead the national lead project: ${themeEn}.`,
  );

const greenPartner = inno(
  'Kaupunkiseudun ekosysteemitoimijat ovat vihreän sähköistämisen vetovastuuhankkeen kumppaneita.',
  'Stadsregionens ekosystemaktörer är partner i projektet med huvudansvar för grön elektrifiering.',
  'Ecosystem actors of the city region are partners of the green electrification lead project.',
);

export const CITY_ORGANISATIONS: OrganisationSeed[] = [
  town(
    'helsinki-city',
    '091',
    ['Helsingin kaupunki', 'Helsingfors stad', 'City of Helsinki'],
    'https://www.hel.fi',
    [
      `${INNO[0]} Helsinki, Espoo ja Vantaa tekivät yhden yhteisen sopimuksen.`,
      `${INNO[1]} Helsingfors, Esbo och Vanda ingick ett gemensamt avtal.`,
      `${INNO[2]} Helsinki, Espoo and Vantaa made one joint agreement.`,
    ],
  ),
  town('espoo-city', '049', ['Espoon kaupunki', 'Esbo stad', 'City of Espoo'], 'https://www.espoo.fi', INNO),
  town(
    'vantaa-city',
    '092',
    ['Vantaan kaupunki', 'Vanda stad', 'City of Vantaa'],
    'https://www.vantaa.fi',
    INNO,
  ),
  town(
    'tampere-city',
    '837',
    ['Tampereen kaupunki', 'Tammerfors stad', 'City of Tampere'],
    'https://www.tampere.fi',
    leadCity('liikkuvat työkoneet', 'mobila arbetsmaskiner', 'mobile work machines'),
  ),
  town('turku-city', '853', ['Turun kaupunki', 'Åbo stad', 'City of Turku'], 'https://www.turku.fi', INNO),
  town(
    'oulu-city',
    '564',
    ['Oulun kaupunki', 'Uleåborgs stad', 'City of Oulu'],
    'https://www.ouka.fi',
    inno(
      'Kaupunkiseudun TKI-toimijat vetävät digitaalisten terveys- ja hyvinvointiteknologioiden vetovastuuhanketta; ekosysteemitoimijat ovat myös vihreän sähköistämisen vetovastuuhankkeen kumppaneita.',
      'Stadsregionens FUI-aktörer leder projektet med huvudansvar för digitala hälso- och välfärdsteknologier; ekosystemaktörerna är också partner i projektet för grön elektrifiering.',
      'RDI actors of the city region lead the digital health and wellbeing technology lead project; its ecosystem actors are also partners of the green electrification lead project.',
    ),
  ),
  town(
    'jyvaskyla-city',
    '179',
    ['Jyväskylän kaupunki', 'Jyväskylä stad', 'City of Jyväskylä'],
    'https://www.jyvaskyla.fi',
    inno(
      'Kaupunkiseudun TKI-toimijat vetävät liikunnan vetovastuuhanketta; ekosysteemitoimijat ovat myös vihreän sähköistämisen vetovastuuhankkeen kumppaneita.',
      'Stadsregionens FUI-aktörer leder projektet med huvudansvar för idrott och motion; ekosystemaktörerna är också partner i projektet för grön elektrifiering.',
      'RDI actors of the city region lead the sport lead project; its ecosystem actors are also partners of the green electrification lead project.',
    ),
  ),
  town(
    'vaasa-city',
    '905',
    ['Vaasan kaupunki', 'Vasa stad', 'City of Vaasa'],
    'https://www.vaasa.fi',
    greenPartner,
  ),
  town(
    'lappeenranta-city',
    '405',
    ['Lappeenrannan kaupunki', 'Villmanstrands stad', 'City of Lappeenranta'],
    'https://www.lappeenranta.fi',
    inno(
      'Lappeenranta–Imatra-kaupunkiseudun sopimus kohdistuu vihreän sähköistämisen tuotekehitys- ja innovaatiotyöhön; Lappeenranta ja LUT vetävät vihreän sähköistämisen vetovastuuhanketta.',
      'Avtalet för stadsregionen Villmanstrand–Imatra gäller produktutveckling och innovation inom grön elektrifiering; Villmanstrand och LUT leder projektet med huvudansvar för grön elektrifiering.',
      'The Lappeenranta–Imatra city region’s agreement targets product development and innovation in green electrification; Lappeenranta and LUT lead the green electrification lead project.',
    ),
  ),
  town('imatra-city', '153', ['Imatran kaupunki', 'Imatra stad', 'City of Imatra'], 'https://www.imatra.fi', [
    `${INNO[0]} Osa Lappeenranta–Imatra-kaupunkiseudun sopimusta.`,
    `${INNO[1]} Del av avtalet för stadsregionen Villmanstrand–Imatra.`,
    `${INNO[2]} Part of the Lappeenranta–Imatra city region’s agreement.`,
  ]),
  town(
    'lahti-city',
    '398',
    ['Lahden kaupunki', 'Lahtis stad', 'City of Lahti'],
    'https://www.lahti.fi',
    INNO,
  ),
  town(
    'joensuu-city',
    '167',
    ['Joensuun kaupunki', 'Joensuu stad', 'City of Joensuu'],
    'https://www.joensuu.fi',
    inno(
      'Kaupunkiseudun TKI-toimijat vetävät fotoniikan vetovastuuhanketta; ekosysteemitoimijat ovat myös vihreän sähköistämisen vetovastuuhankkeen kumppaneita.',
      'Stadsregionens FUI-aktörer leder projektet med huvudansvar för fotonik; ekosystemaktörerna är också partner i projektet för grön elektrifiering.',
      'RDI actors of the city region lead the photonics lead project; its ecosystem actors are also partners of the green electrification lead project.',
    ),
  ),
  town(
    'kuopio-city',
    '297',
    ['Kuopion kaupunki', 'Kuopio stad', 'City of Kuopio'],
    'https://www.kuopio.fi',
    INNO,
  ),
  town(
    'pori-city',
    '609',
    ['Porin kaupunki', 'Björneborgs stad', 'City of Pori'],
    'https://www.pori.fi',
    INNO,
  ),
  town(
    'kajaani-city',
    '205',
    ['Kajaanin kaupunki', 'Kajana stad', 'City of Kajaani'],
    'https://www.kajaani.fi',
    [
      `${INNO[0]} Kajaani ja Sotkamo tekivät yhteisen sopimuksen.`,
      `${INNO[1]} Kajana och Sotkamo ingick ett gemensamt avtal.`,
      `${INNO[2]} Kajaani and Sotkamo made a joint agreement.`,
    ],
  ),
  town(
    'sotkamo-municipality',
    '765',
    ['Sotkamon kunta', 'Sotkamo kommun', 'Municipality of Sotkamo'],
    'https://www.sotkamo.fi',
    [
      `${INNO[0]} Osa Kajaanin ja Sotkamon yhteistä sopimusta.`,
      `${INNO[1]} Del av Kajanas och Sotkamos gemensamma avtal.`,
      `${INNO[2]} Part of the joint agreement of Kajaani and Sotkamo.`,
    ],
  ),
  town(
    'kokkola-city',
    '272',
    ['Kokkolan kaupunki', 'Karleby stad', 'City of Kokkola'],
    'https://www.kokkola.fi',
    inno(
      'Kaupunkiseudun TKI-toimijat vetävät akkukemikaalien vetovastuuhanketta; Kokkolan kaupunkiseutu on myös vihreän sähköistämisen vetovastuuhankkeen kumppani.',
      'Stadsregionens FUI-aktörer leder projektet med huvudansvar för batterikemikalier; Karleby stadsregion är också partner i projektet för grön elektrifiering.',
      'RDI actors of the city region lead the battery chemicals lead project; the Kokkola city region is also a partner of the green electrification lead project.',
    ),
  ),
  town(
    'seinajoki-city',
    '743',
    ['Seinäjoen kaupunki', 'Seinäjoki stad', 'City of Seinäjoki'],
    'https://www.seinajoki.fi',
    inno(
      'Ekosysteemikokonaisuuden teema on älykäs vihreä kasvu; kärkitoimialat ovat ruoka- ja teollisuusalat. Kaupunki avasi kestävän kaupunkikehittämisen EAKR-haun (hakuaika 2.12.2022 asti).',
      'Ekosystemhelhetens tema är smart grön tillväxt; spetsbranscherna är livsmedel och industri. Staden öppnade en ERUF-utlysning för hållbar stadsutveckling (ansökningstid till 2.12.2022).',
      'The theme of its ecosystem programme is smart green growth; its spearhead sectors are food and industry. The city opened an ERDF call for sustainable urban development (open until 2 Dec 2022).',
    ),
  ),
  town(
    'rovaniemi-city',
    '698',
    ['Rovaniemen kaupunki', 'Rovaniemi stad', 'City of Rovaniemi'],
    'https://www.rovaniemi.fi',
    INNO,
  ),
  town(
    'mikkeli-city',
    '491',
    ['Mikkelin kaupunki', 'S:t Michels stad', 'City of Mikkeli'],
    'https://www.mikkeli.fi',
    INNO,
  ),
  // 'rdi', not 'education': seed 004 names the lead projects' leaders as RDI actors (TKI-toimijat) and LUT
  // as the natural engine of the green electrification lead project.
  {
    key: 'lut',
    kind: 'rdi',
    nameFi: 'LUT-yliopisto',
    nameSv: 'LUT-universitetet',
    nameEn: 'LUT University',
    municipalityCode: '405',
    website: 'https://www.lut.fi',
    descriptionFi:
      'Yliopisto; vetää yhdessä Lappeenrannan kaupungin kanssa vihreän sähköistämisen vetovastuuhanketta.',
    descriptionSv:
      'Universitet; leder tillsammans med Villmanstrands stad projektet med huvudansvar för grön elektrifiering.',
    descriptionEn:
      'University; leads the green electrification lead project together with the City of Lappeenranta.',
    isPublic: true,
  },
  {
    key: 'pirkanmaan-liitto',
    kind: 'public_agency',
    nameFi: 'Pirkanmaan liitto',
    nameSv: 'Birkalands förbund',
    nameEn: 'Council of Tampere Region',
    municipalityCode: '837',
    website: 'https://www.pirkanmaa.fi',
    descriptionFi: 'Maakunnan liitto; koordinoi Innokaupunkien verkostoa.',
    descriptionSv: 'Landskapsförbund; koordinerar nätverket Innokaupungit.',
    descriptionEn: 'Regional council; coordinates the Innokaupungit (innovation cities) network.',
    isPublic: true,
  },
  {
    key: 'tem',
    kind: 'public_agency',
    nameFi: 'Työ- ja elinkeinoministeriö',
    nameSv: 'Arbets- och näringsministeriet',
    nameEn: 'Ministry of Economic Affairs and Employment of Finland',
    municipalityCode: '091',
    website: 'https://tem.fi',
    descriptionFi:
      'Valtion osapuoli 16 kaupunkiseudun innovaatiotoiminnan ekosysteemisopimuksissa; seutukaupunkien verkostohanke on osa TEM:n valtakunnallista verkostohankkeiden kokonaisuutta.',
    descriptionSv:
      'Statens part i ekosystemavtalen för innovationsverksamhet med 16 stadsregioner; regionstädernas nätverksprojekt ingår i ANM:s nationella helhet av nätverksprojekt.',
    descriptionEn:
      'The state party to the innovation ecosystem agreements of 16 city regions; the regional towns’ network project is part of the Ministry’s national set of network projects.',
    isPublic: true,
  },
];
