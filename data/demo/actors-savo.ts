/**
 * Key actors of Iisalmi (140, Pohjois-Savo) and Savonlinna (740, Etelä-Savo) as public sources name them.
 * Each has a source comment; where a source is a news item, its year is given. No invented facts: what
 * the sources did not make certain is left out (see the report of the branch that added this file).
 */
import { actor, need, offers } from './actors-helpers.js';
import type { OrganisationCompetenceSeed, OrganisationSeed } from './types.js';

const IISALMI = '140';
const VIEREMA = '925';
const SAVONLINNA = '740';

export const SAVO_ACTORS: OrganisationSeed[] = [
  // Source: EURA 2014 project register, project S22569 "TeknoHub" (applicant Iisalmen
  // Teollisuuskylä Oy, business ID 0170262-9, address Pohjolankatu 14, Iisalmi), eura2014.fi.
  actor(
    'iisalmen-teollisuuskyla',
    'development_company',
    IISALMI,
    ['Iisalmen Teollisuuskylä Oy', null, null],
    [
      'Hallinnoi TeknoHub-hanketta (2021–2023), joka kehitti yläsavolaisten teknologiayritysten digitaalista ja teknologista muutoskyvykkyyttä.',
      'Förvaltade projektet TeknoHub (2021–2023), som utvecklade den digitala och tekniska förändringsförmågan hos teknologiföretag i Ylä-Savo.',
      'Ran the TeknoHub project (2021–2023), which built the digital and technological capacity for change of technology companies in Ylä-Savo.',
    ],
    { businessId: '0170262-9' },
  ),
  // Sources: agrotechnordic.fi "Ylä-Savo Vocational College"; puruvesi.net 31.10.2017 (quality award to
  // Ylä-Savon koulutuskuntayhtymä YSAO); blogi.savonia.fi 2023 (units in Iisalmi, Kiuruvesi, Vieremä, …).
  actor(
    'ysao',
    'education',
    IISALMI,
    ['Ylä-Savon ammattiopisto YSAO', null, 'Ylä-Savo Vocational College YSAO'],
    [
      'Monialainen ammattiopisto (Ylä-Savon koulutuskuntayhtymä); vahvoja aloja maarakennus, logistiikka ja luonnonvara-ala, opetusmaatila Peltoniemessä Iisalmessa.',
      'Yrkesinstitut inom flera branscher (Ylä-Savon koulutuskuntayhtymä); starka områden är jordbyggnad, logistik och naturbruk, med en undervisningsgård i Peltoniemi i Idensalmi.',
      'Multi-sector vocational college (Ylä-Savon koulutuskuntayhtymä); strong in earth construction, logistics and natural resources, with a teaching farm at Peltoniemi in Iisalmi.',
    ],
    { website: 'https://www.ysao.fi' },
  ),
  // Sources: Savonia's agrology students' magazine "Meijän luvalla" 1/2017 (Savonia Ammattikorkeakoulu Oy,
  // Haukisaarentie 2, Iisalmi); harjunopk.fi 2023 ("virallinen koulutuspaikkakunta on Iisalmi").
  actor(
    'savonia-iisalmi',
    'education',
    IISALMI,
    [
      'Savonia-ammattikorkeakoulu, Iisalmen kampus',
      null,
      'Savonia University of Applied Sciences, Iisalmi campus',
    ],
    [
      'Ammattikorkeakoulun Iisalmen kampus; agrologikoulutuksen virallinen koulutuspaikkakunta on Iisalmi.',
      'Yrkeshögskolans campus i Idensalmi; den officiella utbildningsorten för agrologutbildningen är Idensalmi.',
      'The university of applied sciences’ Iisalmi campus; Iisalmi is the official place of its agrology (agriculture) degree.',
    ],
    { website: 'https://www.savonia.fi' },
  ),
  // Sources: ktlehti.fi 2/2020 "Iisalmessa uskotaan tulevaisuuteen" (juomatehdas Olvi);
  // yritma.fi 19.5.2023 (Olvi, Ponsse, Genelec as the region's companies).
  actor(
    'olvi',
    'company',
    IISALMI,
    ['Olvi Oyj', null, 'Olvi plc'],
    [
      'Iisalmelainen juomatehdas ja vientiyritys.',
      'Dryckesbryggeri och exportföretag i Idensalmi.',
      'Beverage maker and exporter based in Iisalmi.',
    ],
    { website: 'https://www.olvi.fi', tolCode: '11050' },
  ),
  // Source: ktlehti.fi 2/2020 (kaiutinvalmistaja Genelec); issuu Iisalmen kaupunki 2/2020 (By Iisalmi).
  actor(
    'genelec',
    'company',
    IISALMI,
    ['Genelec Oy', null, null],
    [
      'Iisalmelainen kaiutinvalmistaja, yksi kaupungin tunnetuimmista vientiyrityksistä.',
      'Högtalartillverkare i Idensalmi, ett av stadens mest kända exportföretag.',
      'Loudspeaker manufacturer in Iisalmi, one of the town’s best-known exporters.',
    ],
  ),
  // Source: iisalmensanomat.fi/paikalliset/5581892 ("iisalmelainen kaivos- ja tunnelitoiminnan
  // ratkaisuja tarjoava Normet Oy", SAK's exemplary employer in Pohjois-Savo).
  // TOL 2008 division 28 only (a maker of mining and tunnelling machines): the class is not certain.
  actor(
    'normet',
    'company',
    IISALMI,
    ['Normet Oy', null, null],
    [
      'Iisalmelainen kaivos- ja tunnelointiratkaisujen toimittaja.',
      'Leverantör av lösningar för gruvdrift och tunnelbyggande, med bas i Idensalmi.',
      'Supplier of mining and tunnelling solutions based in Iisalmi.',
    ],
    { tolCode: '28' },
  ),
  // Source: yritma.fi 19.5.2023 (Iisalmen elinkeinojohtaja names Ponsse among the region's companies);
  // Ponsse is in Vieremä (925), in the Iisalmi region (Ylä-Savo), not in Iisalmi itself.
  actor(
    'ponsse',
    'company',
    VIEREMA,
    ['Ponsse Oyj', null, 'Ponsse Plc'],
    [
      'Metsäkonevalmistaja Vieremällä, Iisalmen seudulla; Iisalmen elinkeinopalvelut nimeää sen seudun kärkiyrityksiin.',
      'Skogsmaskintillverkare i Vieremä i Idensalmiregionen; Idensalmis näringslivstjänster räknar den till regionens ledande företag.',
      'Forest machine manufacturer in Vieremä, in the Iisalmi region; Iisalmi’s business services count it among the region’s leading companies.',
    ],
  ),
  // Source: businesskuopio.fi "Part four: Agri-Food Cluster North Savo" (location Iisalmi, member of the
  // European Cluster Collaboration Platform).
  actor(
    'agri-food-cluster-north-savo',
    'other',
    IISALMI,
    ['Agri-Food Cluster North Savo', null, 'Agri-Food Cluster North Savo'],
    [
      'Pohjois-Savon ruokaketjun klusteri ”pellolta pöytään”, sijainti Iisalmi; profiili ECCP-alustalla.',
      'Kluster för livsmedelskedjan i Norra Savolax ”från jord till bord”, med säte i Idensalmi; profil på ECCP-plattformen.',
      'North Savo’s “farm to fork” food chain cluster, located in Iisalmi; has a profile on the ECCP platform.',
    ],
  ),
  // Source: talouselama.fi 8/2018 "Teollisuus on käynyt kuumalla jo pitkään" (iisalmelainen perheyhtiö
  // Vainio-yhtiöt, founded 1992, machine parts and contract manufacturing, about 80 employees).
  actor(
    'vainio-yhtiot',
    'company',
    IISALMI,
    ['Vainio-yhtiöt', null, null],
    [
      'Vuonna 1992 perustettu iisalmelainen perheyhtiö, joka valmistaa koneenosia ja toimii sopimusvalmistajana; noin 80 työntekijää (2018).',
      'Familjeföretag i Idensalmi, grundat 1992, som tillverkar maskindelar och är kontraktstillverkare; cirka 80 anställda (2018).',
      'Family company in Iisalmi, founded in 1992, making machine parts and working as a contract manufacturer; about 80 employees (2018).',
    ],
  ),
  // Source: yritma.fi 19.5.2023 (the City of Iisalmi and the company and school partners of the By Iisalmi
  // network aim to make Iisalmi the first "hurry-neutral" regional town by 2025).
  actor(
    'by-iisalmi',
    'other',
    IISALMI,
    ['By Iisalmi -verkosto', null, 'By Iisalmi network'],
    [
      'Iisalmen kaupungin sekä sen yritys- ja oppilaitoskumppaneiden verkosto, jonka tavoite on tehdä Iisalmesta kiireneutraali seutukaupunki vuoteen 2025 mennessä.',
      'Nätverk av Idensalmi stad och dess företags- och läroanstaltspartner, med målet att göra Idensalmi till en ”brådskeneutral” regionstad till 2025.',
      'Network of the City of Iisalmi and its company and school partners, aiming to make Iisalmi a “hurry-neutral” regional town by 2025.',
    ],
  ),
  // Source: iisalmi.fi 4/2024, the city's statement on Iisalmen sairaala (primary care night emergency
  // run there for decades by Ylä-Savon SOTE and now Pohjois-Savon hyvinvointialue; it serves all of Ylä-Savo).
  actor(
    'iisalmen-sairaala',
    'public_agency',
    IISALMI,
    ['Iisalmen sairaala (Pohjois-Savon hyvinvointialue)', null, 'Iisalmi Hospital'],
    [
      'Pohjois-Savon hyvinvointialueen sairaala Iisalmessa; palvelee koko Ylä-Savon noin 50 000 asukasta, mm. perusterveydenhuollon päivystys.',
      'Norra Savolax välfärdsområdes sjukhus i Idensalmi; betjänar hela Ylä-Savos cirka 50 000 invånare, bl.a. med jour inom primärvården.',
      'Wellbeing services county of North Savo hospital in Iisalmi; serves the whole Ylä-Savo region of about 50,000 people, e.g. with primary care emergency services.',
    ],
  ),
  // Source: iisalmensanomat.fi (the local newspaper of Iisalmi, already the source of the Normet entry).
  actor(
    'iisalmen-sanomat',
    'company',
    IISALMI,
    ['Iisalmen Sanomat', null, null],
    [
      'Iisalmessa ilmestyvä Ylä-Savon paikallislehti.',
      'Lokaltidning för Ylä-Savo som ges ut i Idensalmi.',
      'Local newspaper of the Ylä-Savo region, published in Iisalmi.',
    ],
    { website: 'https://www.iisalmensanomat.fi' },
  ),

  // Source: suuntanasaimaa.kixit.fi/fi/page/72 ("Andritz-konserniin kuuluva Savonlinna Works valmistaa
  // sellu- ja paperiteollisuudelle … tehdaslaitteistoja").
  // TOL 2008 division 28 only (a maker of pulp and paper machinery): the class is not certain.
  actor(
    'andritz-savonlinna',
    'company',
    SAVONLINNA,
    ['Andritz Savonlinna Works', null, 'Andritz Savonlinna Works'],
    [
      'Andritz-konsernin Savonlinnan tehdas, joka valmistaa laitteistoja sellu- ja paperiteollisuudelle.',
      'Andritzkoncernens fabrik i Nyslott, som tillverkar utrustning för massa- och pappersindustrin.',
      'The Andritz group’s Savonlinna works, making equipment for the pulp and paper industry.',
    ],
    { tolCode: '28' },
  ),
  // Sources: wisaplywood.com 11.10.2022 (UPM Plywood mills in Joensuu, Kalso, Lappeenranta, Ristiina and
  // Savonlinna); upm.fi 14.6.2012 (Savonlinna plywood mill extension).
  // TOL 2008 division 16 only (a plywood mill): the class is not certain.
  actor(
    'upm-plywood-savonlinna',
    'company',
    SAVONLINNA,
    ['UPM Plywood, Savonlinnan vaneritehdas', null, 'UPM Plywood Savonlinna mill'],
    [
      'UPM:n koivuvaneritehdas Savonlinnassa (WISA-vanerit).',
      'UPM:s björkplywoodfabrik i Nyslott (WISA-plywood).',
      'UPM’s birch plywood mill in Savonlinna (WISA plywood).',
    ],
    { tolCode: '16' },
  ),
  // Sources: puruvesi.net 6.9.2017 (Metsä Wood's Kerto LVL line at its Punkaharju mill); savonlinna.fi
  // strategy review 2021 (Metsäliitto's investment of over 50 M€ and 100 jobs).
  // TOL 2008 division 16 only (LVL mills): the class is not certain.
  actor(
    'metsa-wood-punkaharju',
    'company',
    SAVONLINNA,
    ['Metsä Wood, Punkaharjun tehtaat', null, 'Metsä Wood Punkaharju mills'],
    [
      'Metsä Groupin (Metsäliitto Osuuskunta) Kerto LVL -tehtaat Punkaharjulla Savonlinnassa.',
      'Metsä Groups (Metsäliitto Osuuskunta) Kerto LVL-fabriker i Punkaharju i Nyslott.',
      'Metsä Group’s (Metsäliitto Cooperative) Kerto LVL mills at Punkaharju in Savonlinna.',
    ],
    { tolCode: '16' },
  ),
  // Sources: savonlinna.fi "Teknologiapuiston kehittämiseksi neuvotellaan yhteistyösopimus" (Luke's
  // vegetative propagation laboratory and professorship in Noheva); slnyritystilat.fi (Kasvu 2, 2022).
  actor(
    'luke-savonlinna',
    'rdi',
    SAVONLINNA,
    [
      'Luonnonvarakeskus (Luke), Savonlinnan yksikkö',
      'Naturresursinstitutet (Luke), Nyslott',
      'Natural Resources Institute Finland (Luke), Savonlinna',
    ],
    [
      'Luken tutkimusyksikkö teknologiapuisto Nohevassa: metsäpuiden kasvullisen lisäyksen laboratoriot (Kasvu 1 ja Kasvu 2) ja professuuri.',
      'Lukes forskningsenhet i teknologiparken Noheva: laboratorier för vegetativ förökning av skogsträd (Kasvu 1 och Kasvu 2) och en professur.',
      'Luke’s research unit in the Noheva technology park: laboratories for the vegetative propagation of forest trees (Kasvu 1 and 2) and a professorship.',
    ],
  ),
  // Source: savonlinna.fi "Teknologiapuiston kehittämiseksi neuvotellaan yhteistyösopimus" (a
  // professorship of practice in Noheva; study paths to the master's degree in bioproduct technology).
  actor(
    'aalto-chem-savonlinna',
    'education',
    SAVONLINNA,
    [
      'Aalto-yliopisto, Kemian tekniikan korkeakoulu',
      'Aalto-universitetet, Högskolan för kemiteknik',
      'Aalto University School of Chemical Engineering',
    ],
    [
      'Työelämäprofessuuri teknologiapuisto Nohevassa ja polkuopinnot biotuotetekniikan insinööreistä diplomi-insinööreiksi.',
      'En professur i arbetslivet i teknologiparken Noheva och studievägar från ingenjör i bioproduktteknik till diplomingenjör.',
      'A professorship of practice in the Noheva technology park and study paths from bioproduct engineering to a master’s degree.',
    ],
  ),
  // Sources: samiedu.fi/en (vocational college in Savonlinna, run by a federation of six municipalities);
  // puruvesi.net 31.10.2017 (Itä-Savon koulutuskuntayhtymä maintains Savonlinnan ammatti- ja aikuisopisto).
  actor(
    'samiedu',
    'education',
    SAVONLINNA,
    ['Ammattiopisto SAMIedu', null, null],
    [
      'Savonlinnan seudun ammattiopisto (Itä-Savon koulutuskuntayhtymä): tekniikka ja metsä, palvelut, hyvinvointi.',
      'Yrkesinstitut i Nyslottsregionen (Itä-Savon koulutuskuntayhtymä): teknik och skog, service, välfärd.',
      'Vocational college of the Savonlinna region (Itä-Savon koulutuskuntayhtymä): technology and forestry, services, welfare.',
    ],
    { website: 'https://www.samiedu.fi' },
  ),
  // Source: savonlinna.fi "Teknologiapuiston kehittämiseksi neuvotellaan yhteistyösopimus" (the rector
  // of Savonlinnan kesäyliopisto took part in the negotiations on Noheva).
  actor(
    'savonlinnan-kesayliopisto',
    'education',
    SAVONLINNA,
    ['Savonlinnan kesäyliopisto', null, null],
    [
      'Kesäyliopisto, mukana teknologiapuisto Nohevan yhteistyösopimuksen neuvotteluissa.',
      'Sommaruniversitet som deltog i förhandlingarna om samarbetsavtalet för teknologiparken Noheva.',
      'Summer university that took part in negotiating the cooperation agreement for the Noheva technology park.',
    ],
  ),
  // Source: slnyritystilat.fi "Teknologiapuisto Nohevassa uuden rakennuksen peruskiven muuraus" (2021).
  actor(
    'savonlinnan-yritystilat',
    'other',
    SAVONLINNA,
    ['Savonlinnan Yritystilat Oy', null, null],
    [
      'Rakennuttaa ja vuokraa yritys- ja tutkimustiloja, mm. Luken Kasvu 2 -tilat teknologiapuisto Nohevaan (2021–2022).',
      'Bygger och hyr ut lokaler för företag och forskning, bl.a. Lukes Kasvu 2-lokaler i teknologiparken Noheva (2021–2022).',
      'Builds and lets business and research premises, e.g. Luke’s Kasvu 2 building in the Noheva technology park (2021–2022).',
    ],
  ),
  // Sources: suuntanasaimaa.kixit.fi/fi/page/72 ("valtakunnallinen Metsätietokeskus Lusto" in
  // Punkaharju); xamk.fi (Luke's Punkaharju researchers moved next to the Fibre Laboratory).
  actor(
    'lusto',
    'other',
    SAVONLINNA,
    ['Lusto – Suomen Metsämuseo', null, 'Lusto – Finnish Forest Museum'],
    [
      'Valtakunnallinen metsämuseo ja metsätietokeskus Punkaharjulla.',
      'Nationellt skogsmuseum och informationscentrum för skog i Punkaharju.',
      'National forest museum and forest information centre at Punkaharju.',
    ],
  ),
  // Source: ita-savo.fi (Savonlinnan Seudun Yrittäjät and its dialogue with the city's business services).
  actor(
    'savonlinnan-seudun-yrittajat',
    'association',
    SAVONLINNA,
    ['Savonlinnan Seudun Yrittäjät ry', null, null],
    [
      'Savonlinnan seudun yrittäjäjärjestö, kaupungin elinkeinotoimen keskustelukumppani.',
      'Företagarförening i Nyslottsregionen, samtalspartner till stadens näringslivstjänster.',
      'Entrepreneurs’ association of the Savonlinna region, in dialogue with the city’s business services.',
    ],
  ),
];

export const SAVO_ACTOR_COMPETENCES: OrganisationCompetenceSeed[] = [
  ...offers('iisalmen-teollisuuskyla', 'yrityspalvelut', 'teknologiateollisuus'),
  ...offers('ysao', 'ammatillinen-koulutus', 'maatalous'),
  ...offers('savonia-iisalmi', 'korkeakoulutus', 'maatalous'),
  ...offers('olvi', 'elintarviketeollisuus'),
  ...offers('genelec', 'aaniteknologia', 'teknologiateollisuus'),
  ...offers('normet', 'kaivosteknologia', 'teknologiateollisuus'),
  ...offers('ponsse', 'liikkuvat-tyokoneet', 'teknologiateollisuus'),
  ...offers('agri-food-cluster-north-savo', 'ruokaekosysteemi', 'maatalous'),
  ...offers('andritz-savonlinna', 'teknologiateollisuus', 'metsabiotalous'),
  ...offers('upm-plywood-savonlinna', 'puunjalostus'),
  ...offers('metsa-wood-punkaharju', 'puunjalostus', 'puurakentaminen'),
  ...offers('luke-savonlinna', 'metsabiotalous', 'tki-palvelut'),
  ...offers('aalto-chem-savonlinna', 'korkeakoulutus', 'metsabiotalous'),
  ...offers('samiedu', 'ammatillinen-koulutus'),
  ...offers('savonlinnan-kesayliopisto', 'korkeakoulutus'),
  ...offers('savonlinnan-yritystilat', 'yrityspalvelut'),
  ...offers('lusto', 'metsabiotalous', 'matkailu'),
  ...offers('savonlinnan-seudun-yrittajat', 'yrityspalvelut'),
  ...offers('vainio-yhtiot', 'metalliteollisuus', 'teknologiateollisuus'),
  ...offers('by-iisalmi', 'yrityspalvelut'),
  need(
    'vainio-yhtiot',
    'osaava-tyovoima',
    'Työvoimapula jarruttaa kasvua: kokoonpanijoita, hitsaajia, koneistajia ja pintakäsittelijöitä ei löydy tarpeeksi (talouselama.fi 2018).',
  ),
  // savonlinna.fi: the city, Xamk, Luke, Aalto and the Summer University negotiate developing Noheva.
  need(
    'savonlinna-city',
    'tki-palvelut',
    'Teknologiapuisto Nohevan tutkimus-, tuotekehitys- ja koulutustoiminnan kehittäminen yhdessä Xamkin, Luken ja Aalto-yliopiston kanssa.',
  ),
];
