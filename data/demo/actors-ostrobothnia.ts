/**
 * Key actors of Raahe (678, Pohjois-Pohjanmaa), Kristiinankaupunki (287, Pohjanmaa) and Kauhajoki
 * (232, Etelä-Pohjanmaa) as public sources name them, each with a source comment. Kristiinankaupunki and
 * Kauhajoki have few actors here: the sources at hand named sectors (potatoes, logistics, forest machines;
 * metal, conveyors, furniture, food) more often than companies, and no company was added on a guess.
 */
import { actor, need, offers } from './actors-helpers.js';
import type { OrganisationCompetenceSeed, OrganisationSeed } from './types.js';

const RAAHE = '678';
const KAJAANI = '205';
const KAUHAJOKI = '232';
const KRISTINESTAD = '287';

export const OSTROBOTHNIA_ACTORS: OrganisationSeed[] = [
  // Sources: kaleva.fi 2023 (SSAB pays 2,500 people in Raahe); brahe.fi 18.3.2024 (the steel works prepares
  // for fossil-free production); raaseu.fi (largest employer, formerly Rautaruukki).
  actor(
    'ssab-raahe',
    'company',
    RAAHE,
    ['SSAB Europe Oy, Raahen terästehdas', null, 'SSAB Raahe steel works'],
    [
      'Integroitu terästehdas ja Raahen suurin työnantaja (noin 2 500 henkilöä), valmistautuu fossiilivapaaseen teräksen tuotantoon.',
      'Integrerat stålverk och största arbetsgivare i Brahestad (cirka 2 500 anställda), förbereder fossilfri ståltillverkning.',
      'Integrated steel works and Raahe’s largest employer (about 2,500 people), preparing for fossil-free steel production.',
    ],
    { tolCode: '24100' },
  ),
  // Sources: raahensatama.fi/info/historia (Raahen Satama Oy since 1.1.2015); navigatormagazine.fi
  // "Raahen satama kehittyy" (586 ship calls and 5.9 Mt in 2023, Finland's third busiest general port).
  actor(
    'raahen-satama',
    'company',
    RAAHE,
    ['Raahen Satama Oy', null, 'Port of Raahe'],
    [
      'Perämeren syväsatama; vuonna 2023 586 aluskäyntiä ja 5,9 miljoonaa tonnia, Suomen kolmanneksi vilkkain yleissatama.',
      'Djuphamn i Bottenviken; 586 fartygsanlöp och 5,9 miljoner ton år 2023, Finlands tredje livligaste allmänna hamn.',
      'Deep-water port on the Bay of Bothnia; 586 ship calls and 5.9 million tonnes in 2023, Finland’s third busiest general port.',
    ],
    { website: 'https://www.raahensatama.fi', tolCode: '52220' },
  ),
  // Source: newspool.fi 6.4.2021 "Raahen satama kasvaa tuulen voimalla" (Hooli Stevedoring handles cargo
  // in the port area and has invested in serving wind power builders).
  actor(
    'hooli-stevedoring',
    'company',
    RAAHE,
    ['Hooli Stevedoring Oy', null, null],
    [
      'Vastaa Raahen satama-alueen lastinkäsittelystä; investoinut tuulivoimakomponenttien satamaoperointiin ja varastointiin.',
      'Sköter lasthanteringen i Brahestads hamnområde; har investerat i hamnoperationer och lagring för vindkraftskomponenter.',
      'Handles cargo in the Port of Raahe; has invested in port operations and storage for wind turbine components.',
    ],
    { tolCode: '52240' },
  ),
  // Sources: yle.fi 10/2019 (Turkish OYAK bought 70 % of "raahelainen Miilux Oy", maker of protection
  // steel); miilux.fi (group companies); steelorbis.com 9.2.2026 (Miilux acquired Häggblom).
  actor(
    'miilux',
    'company',
    RAAHE,
    ['Miilux Oy', null, null],
    [
      'Raahelainen kulutus- ja suojausterästuotteiden valmistaja; OYAK omistaa yhtiöstä enemmistön.',
      'Tillverkare av slit- och skyddsstålprodukter i Brahestad; OYAK äger majoriteten av bolaget.',
      'Raahe-based maker of wear-resistant and protective steel products; majority-owned by OYAK.',
    ],
    { website: 'https://www.miilux.fi' },
  ),
  // Sources: brahe.fi 18.3.2024 (Koulutuskeskus Brahe, the multi-campus model for university of applied
  // sciences education); raahenseutu.fi (engineering programmes with Kajaani UAS).
  actor(
    'brahe',
    'education',
    RAAHE,
    ['Koulutuskeskus Brahe', null, null],
    [
      'Raahen seudun koulutuskuntayhtymän koulutuskeskus; toi ammattikorkeakoulutuksen takaisin Raaheen monikampusmallilla yhdessä yritysten kanssa.',
      'Utbildningscenter för samkommunen i Brahestadsregionen; förde tillbaka yrkeshögskoleutbildning till Brahestad med en flercampusmodell tillsammans med företagen.',
      'Education centre of the Raahe region’s education consortium; brought university of applied sciences education back to Raahe with a multi-campus model built with local companies.',
    ],
    { website: 'https://www.brahe.fi' },
  ),
  // Source: raahenseutu.fi "Korkeakoulutusta halutaan lisää Raaheen" (civil and mechanical engineering
  // programmes run in Raahe together with Kajaani University of Applied Sciences).
  actor(
    'kamk',
    'education',
    KAJAANI,
    ['Kajaanin ammattikorkeakoulu', null, 'Kajaani University of Applied Sciences'],
    [
      'Toteuttaa Raahessa rakennus- ja yhdyskuntatekniikan sekä konetekniikan insinöörikoulutusta yhdessä Koulutuskeskus Brahen kanssa.',
      'Ordnar ingenjörsutbildning i bygg- och samhällsteknik samt maskinteknik i Brahestad tillsammans med Koulutuskeskus Brahe.',
      'Runs civil and mechanical engineering degree programmes in Raahe together with the Brahe Education Centre.',
    ],
  ),
  // Source: kaleva.fi "Yrittäjien palaute pisti Raaheen vipinään" (the city's industrial officer sits on
  // the board of Raahen Yrittäjät).
  actor(
    'raahen-yrittajat',
    'association',
    RAAHE,
    ['Raahen Yrittäjät ry', null, null],
    [
      'Raahen paikallinen yrittäjäyhdistys; kaupungin teollisuusasiamies on sen hallituksessa.',
      'Lokal företagarförening i Brahestad; stadens industriombud sitter i dess styrelse.',
      'Raahe’s local entrepreneurs’ association; the city’s industrial officer sits on its board.',
    ],
  ),
  // Source: peda.net/raahe/raahen-lukio "Koulun historiaa" (the school celebrates 140 years in November
  // 2024; its roots are the Raahe elementary school of 1884).
  actor(
    'raahen-lukio',
    'education',
    RAAHE,
    ['Raahen lukio', null, null],
    [
      'Raahen kaupungin lukio, jonka juuret ovat vuonna 1884 perustetussa alkeiskoulussa.',
      'Brahestads gymnasium, med rötter i elementarskolan som grundades 1884.',
      'Raahe’s upper secondary school, rooted in the elementary school founded in 1884.',
    ],
  ),

  // Source: svenska.yle.fi 2023 "Ingenjörer grubblar över hur vätgasanläggningen i Kristinestad ska se ut"
  // (Koppö Energia plans a hydrogen and synthetic methane plant on Björnön; CPC Finland is a part-owner).
  actor(
    'koppo-energia',
    'company',
    KRISTINESTAD,
    ['Koppö Energia Oy', 'Koppö Energia Ab', null],
    [
      'Suunnittelee vetyä ja synteettistä metaania tuottavaa laitosta Kristiinankaupungin Karhusaareen (Björnön).',
      'Planerar en anläggning för vätgas och syntetisk metan på Björnön i Kristinestad.',
      'Plans a hydrogen and synthetic methane plant on Björnön in Kristinestad.',
    ],
  ),
  // Source: svenska.yle.fi "Tillståndsprocessen ska inledas för miljardsatsningen i Kristinestad" (Plug Power
  // is responsible for the planned hydrogen plant, GravitHy for the iron plant).
  actor(
    'plug-power-kristinestad',
    'company',
    KRISTINESTAD,
    [
      'Plug Power, Kristiinankaupungin vetyhanke',
      'Plug Power, vätgasprojektet i Kristinestad',
      'Plug Power, Kristinestad hydrogen project',
    ],
    [
      'Vastaa Kristiinankaupunkiin suunnitellusta fossiilittoman vedyn tuotantolaitoksesta.',
      'Ansvarar för den planerade anläggningen för fossilfri vätgas i Kristinestad.',
      'Responsible for the fossil-free hydrogen plant planned in Kristinestad.',
    ],
  ),
  // Source: as above (GravitHy plans a plant making direct reduced iron with fossil-free hydrogen for
  // European steel mills).
  actor(
    'gravithy-kristinestad',
    'company',
    KRISTINESTAD,
    [
      'GravitHy, Kristiinankaupungin rautatehdashanke',
      'GravitHy, järnfabriksprojektet i Kristinestad',
      'GravitHy, Kristinestad iron plant project',
    ],
    [
      'Suunnittelee Kristiinankaupunkiin tehdasta, joka valmistaa fossiilittomalla vedyllä suorapelkistettyä rautaa eurooppalaisille terästehtaille.',
      'Planerar en fabrik i Kristinestad som med fossilfri vätgas tillverkar direktreducerat järn för europeiska stålverk.',
      'Plans a plant in Kristinestad making direct reduced iron with fossil-free hydrogen for European steel mills.',
    ],
  ),
  // Source: svenska.yle.fi 2019 "Kristinestad hoppas på hundra nya jobb på Björnöområdet" (the port
  // operator Blomberg Stevedoring has built two bulk halls on Björnön).
  actor(
    'blomberg-stevedoring',
    'company',
    KRISTINESTAD,
    ['Blomberg Stevedoring', 'Blomberg Stevedoring', 'Blomberg Stevedoring'],
    [
      'Satamaoperaattori Kristiinankaupungin Karhusaaressa; rakentanut alueelle kaksi bulk-hallia.',
      'Hamnoperatör på Björnön i Kristinestad; har byggt två bulkhallar på området.',
      'Port operator on Björnön in Kristinestad; has built two bulk halls in the area.',
    ],
  ),
  // Source: as above (Alfa Oil bought the underground rock cavern on Björnön to store fuel shipped via
  // the port).
  actor(
    'alfa-oil-kristinestad',
    'company',
    KRISTINESTAD,
    [
      'Alfa Oil, Karhusaaren kalliovarasto',
      'Alfa Oil, bergrummet på Björnön',
      'Alfa Oil, Björnön rock cavern',
    ],
    [
      'Osti Karhusaaren maanalaisen kalliovaraston polttoaineiden varastointiin ja kuljetukseen sataman kautta.',
      'Köpte det underjordiska bergrummet på Björnön för att lagra bränsle som transporteras vidare via hamnen.',
      'Bought the underground rock cavern on Björnön to store fuel shipped on through the port.',
    ],
  ),
  // Source: as above (Pohjolan Voima closed its oil and coal power plant on Björnön in 2015 and owns the
  // 100-hectare area, the plant and a port); svenska.yle.fi 2022 (the plant ran 1974–2015).
  actor(
    'pohjolan-voima-bjorno',
    'company',
    KRISTINESTAD,
    ['Pohjolan Voima, Karhusaaren alue', 'Pohjolan Voima, Björnöområdet', 'Pohjolan Voima, Björnön site'],
    [
      'Omistaa Karhusaaren 100 hehtaarin alueen, vuosina 1974–2015 toimineen voimalaitoksen ja sataman; etsii alueelle uusia toimijoita kaupungin kanssa.',
      'Äger det 100 hektar stora Björnöområdet, kraftverket som var i drift 1974–2015 och en hamn; söker nya aktörer till området med staden.',
      'Owns the 100-hectare Björnön area, the power plant that ran from 1974 to 2015 and a port; looks for new operators for the site with the town.',
    ],
  ),
  // Source: svenska.yle.fi 2022 "Från kolkraft till solenergi och vätgas" (the company Kristinestads
  // solpark wants to lease a 170-hectare area from the town for a 100 MW solar park).
  actor(
    'kristinestads-solpark',
    'company',
    KRISTINESTAD,
    ['Kristinestads solpark', 'Kristinestads solpark', null],
    [
      'Yhtiö, joka suunnittelee 100 MW:n aurinkopuistoa kaupungilta vuokrattavalle 170 hehtaarin alueelle.',
      'Bolag som planerar en solpark på 100 MW på ett 170 hektar stort område som arrenderas av staden.',
      'Company planning a 100 MW solar park on a 170-hectare area leased from the town.',
    ],
  ),

  // Source: doczz.net "Welcome to Sedu" (Sedu's schools in Seinäjoki, Ilmajoki, Kauhajoki, Jurva and Ähtäri;
  // Sedu Kauhajoki School of Hospitality).
  actor(
    'sedu-kauhajoki',
    'education',
    KAUHAJOKI,
    ['Koulutuskeskus Sedu, Kauhajoki', null, 'Vocational Education Centre Sedu, Kauhajoki'],
    [
      'Seinäjoen koulutuskuntayhtymän ammatillisen koulutuksen yksikkö Kauhajoella, mm. ravintola- ja matkailualan koulutus.',
      'Seinäjoki samkommun för utbildnings enhet för yrkesutbildning i Kauhajoki, bl.a. utbildning inom restaurang och turism.',
      'The Seinäjoki education consortium’s vocational unit in Kauhajoki, e.g. training in hospitality.',
    ],
    { website: 'https://www.sedu.fi' },
  ),
  // Sources: Suupohjalainen 2/2008 (docslib.org: "Teak Teknologiakeskus avattiin"); Suupohjalainen 1/2008
  // (docplayer.fi: the editorial office at Teknologiapuisto Kauhajoki).
  actor(
    'teak-kauhajoki',
    'other',
    KAUHAJOKI,
    ['Teknologiakeskus Teak', null, 'Teak Technology Centre'],
    [
      'Kauhajoen teknologiapuistossa vuonna 2008 avattu teknologiakeskus.',
      'Teknologicenter som öppnades 2008 i teknologiparken i Kauhajoki.',
      'Technology centre opened in 2008 in the Kauhajoki technology park.',
    ],
  ),

  // Source: kauhajoki.net/elinkeinot ("Atrian Kauhajoen yksikköä edeltäneen Maan Lihan laittoivat alkuun
  // paikalliset yrittäjät").
  // TOL 2008 division 10 only (a meat processing unit): the class is not certain.
  actor(
    'atria-kauhajoki',
    'company',
    KAUHAJOKI,
    ['Atria, Kauhajoen yksikkö', null, 'Atria Kauhajoki unit'],
    [
      'Atrian lihanjalostuksen yksikkö Kauhajoella; sen edeltäjän Maan Lihan perustivat paikalliset yrittäjät.',
      'Atrias köttförädlingsenhet i Kauhajoki; dess föregångare Maan Liha grundades av lokala företagare.',
      'Atria’s meat processing unit in Kauhajoki; its predecessor Maan Liha was founded by local entrepreneurs.',
    ],
    { tolCode: '10' },
  ),
  // Source: kauhajoki-lehti.fi "Aronkylässä käynnistyy keväällä kuituhampputehdas" (Hemka Fiber Oy rents
  // the former Rauma-Repola house factory site in Aronkylä for fibre hemp processing).
  actor(
    'hemka-fiber',
    'company',
    KAUHAJOKI,
    ['Hemka Fiber Oy', null, null],
    [
      'Kuituhamppua jalostava tehdas Kauhajoen Aronkylässä entisen Rauma-Repolan talotehtaan alueella.',
      'Fabrik som förädlar fiberhampa i Aronkylä i Kauhajoki, på Rauma-Repolas tidigare husfabriksområde.',
      'Fibre hemp processing plant at Aronkylä in Kauhajoki, on the site of Rauma-Repola’s former house factory.',
    ],
  ),
];

export const OSTROBOTHNIA_ACTOR_COMPETENCES: OrganisationCompetenceSeed[] = [
  ...offers('ssab-raahe', 'terasteollisuus', 'metalliteollisuus'),
  ...offers('raahen-satama', 'satamalogistiikka'),
  ...offers('hooli-stevedoring', 'satamalogistiikka', 'uusiutuva-energia'),
  ...offers('miilux', 'terasteollisuus', 'metalliteollisuus'),
  ...offers('brahe', 'ammatillinen-koulutus', 'korkeakoulutus'),
  ...offers('kamk', 'korkeakoulutus'),
  ...offers('raahen-yrittajat', 'yrityspalvelut'),
  ...offers('atria-kauhajoki', 'elintarviketeollisuus'),
  ...offers('hemka-fiber', 'maatalous', 'kiertotalous'),
  ...offers('koppo-energia', 'uusiutuva-energia', 'vihrea-sahkoistaminen'),
  ...offers('plug-power-kristinestad', 'uusiutuva-energia', 'vihrea-sahkoistaminen'),
  ...offers('gravithy-kristinestad', 'terasteollisuus', 'vihrea-sahkoistaminen'),
  ...offers('blomberg-stevedoring', 'satamalogistiikka'),
  ...offers('alfa-oil-kristinestad', 'satamalogistiikka'),
  ...offers('kristinestads-solpark', 'uusiutuva-energia'),
  ...offers('sedu-kauhajoki', 'ammatillinen-koulutus', 'matkailu'),
  ...offers('teak-kauhajoki', 'yrityspalvelut'),
  need(
    'koppo-energia',
    'osaava-tyovoima',
    'Laitos tarvitsee hyvin koulutettuja energia-alan sekä kemian- ja prosessitekniikan ammattilaisia (svenska.yle.fi 2023, CPC Finlandin toimitusjohtaja).',
  ),
  // brahe.fi 2024: 14 % of Finland's wind power capacity is in the Raahe sub-region.
  ...offers('raahe-city', 'uusiutuva-energia'),
  // coastline.fi: Kristinestad's main fields are renewable energy, sustainable industry, agriculture,
  // forestry, manufacturing and logistics; kuntaliitto.fi: every third table potato comes from there.
  ...offers('kristiinankaupungin-elinkeinokeskus', 'uusiutuva-energia', 'maatalous'),
  need(
    'brahe',
    'osaava-tyovoima',
    'Seudun yrityksissä alkoi olla pulaa osaajista, kun ammattikorkeakoulutus päättyi Raahessa 2010-luvun alussa (brahe.fi 2024).',
  ),
  need(
    'kristiinankaupungin-elinkeinokeskus',
    'kiertotalous',
    'Uudelle teollisuusalueelle haetaan hiilineutraalia teollisuutta ja toimijoita, jotka hyödyntävät toistensa sivuvirtoja (svenska.yle.fi, elinkeinokeskuksen toimitusjohtaja).',
  ),
];
