/**
 * Key actors of Raahe (678, Pohjois-Pohjanmaa) and Kristiinankaupunki (287, Pohjanmaa) as public sources
 * name them, each with a source comment; no company was added on a guess. Kauhajoki's are in
 * actors-kauhajoki-keuruu.ts.
 */
import { actor, need, offers } from './actors-helpers.js';
import type { OrganisationCompetenceSeed, OrganisationSeed } from './types.js';

const RAAHE = '678';
const KAJAANI = '205';
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
  // Source: raahenenergia.fi "Kaukolämpö lämmittää Raahessa" (over 90 % of the district heat Raahen Energia Oy
  // supplies is industrial waste heat from Raahen Voima; the rest from its own plants on pellets, peat, chips, oil).
  actor(
    'raahen-energia',
    'company',
    RAAHE,
    ['Raahen Energia Oy', null, null],
    [
      'Raahelainen energiayhtiö, jonka kaukolämmöstä yli 90 % on Raahen Voiman teollisuuden hukkalämpöä ja loput omien lämpölaitosten tuottamaa.',
      'Energibolag i Brahestad vars fjärrvärme till över 90 % är industriell spillvärme från Raahen Voima och i övrigt kommer från egna värmeverk.',
      'Raahe energy company whose district heat is over 90 % industrial waste heat from Raahen Voima, the rest coming from its own heating plants.',
    ],
    { website: 'https://www.raahenenergia.fi' },
  ),
  // Sources: raahenenergia.fi "Kaukolämpö lämmittää Raahessa" (industrial waste heat from Raahen Voima);
  // Raahen Seutu 4.3.2015 (lehtiluukku.fi: a new fund of SSAB and Raahen Voima after the 2014 oil spill).
  actor(
    'raahen-voima',
    'company',
    RAAHE,
    ['Raahen Voima', null, null],
    [
      'Raahelainen voimayhtiö, jonka teollisuuden hukkalämmöstä tulee yli 90 % Raahen Energian kaukolämmöstä.',
      'Kraftbolag i Brahestad vars industriella spillvärme står för över 90 % av Raahen Energias fjärrvärme.',
      'Raahe power company whose industrial waste heat supplies over 90 % of Raahen Energia’s district heat.',
    ],
  ),
  // Sources: fspcorp.com "For Surface Protection 2/2019" (FSP opened a modern 3,000 m² surface treatment
  // facility in Raahe in summer 2017); fspcorp.com "Flotation pool surface treatment project for SSAB in Raahe".
  actor(
    'fsp-raahe',
    'company',
    RAAHE,
    ['FSP Finnish Steel Painting Oy, Raahen yksikkö', null, null],
    [
      'Pintakäsittely-yhtiö FSP:n Raahen yksikkö, joka avasi kesällä 2017 3 000 m²:n pintakäsittelylaitoksen ja tekee mm. SSAB:n Raahen tehtaan pinnoitustöitä.',
      'Ytbehandlingsföretaget FSP:s enhet i Brahestad, som sommaren 2017 öppnade en ytbehandlingsanläggning på 3 000 m² och bl.a. utför beläggningsarbeten för SSAB:s verk i Brahestad.',
      'Raahe unit of the surface treatment company FSP, which opened a 3,000 m² surface treatment facility in summer 2017 and does coating work e.g. for SSAB’s Raahe steel works.',
    ],
    { website: 'https://www.fspcorp.com' },
  ),
  // Sources: pohde.fi "Sairaalat" (the wellbeing services county has three hospitals: OYS, Oulaskangas and
  // Raahen sairaala); sttinfo.fi 12/2024 (from 2025 the urgent care clinic of the Raahe social and health centre
  // is open 8–22 and serves Raahe, Siikajoki, Pyhäjoki, Kalajoki and Merijärvi).
  actor(
    'raahen-sairaala',
    'public_agency',
    RAAHE,
    ['Raahen sairaala (Pohjois-Pohjanmaan hyvinvointialue)', null, null],
    [
      'Yksi Pohjois-Pohjanmaan hyvinvointialueen kolmesta sairaalasta; Raahen sosiaali- ja terveyskeskuksen kiirevastaanotto palvelee Raahen, Siikajoen, Pyhäjoen, Kalajoen ja Merijärven asukkaita.',
      'Ett av Norra Österbottens välfärdsområdes tre sjukhus; jourmottagningen vid social- och hälsocentralen i Brahestad betjänar invånarna i Brahestad, Siikajoki, Pyhäjoki, Kalajoki och Merijärvi.',
      'One of the three hospitals of the North Ostrobothnia wellbeing services county; the urgent care clinic at the Raahe social and health centre serves Raahe, Siikajoki, Pyhäjoki, Kalajoki and Merijärvi.',
    ],
    { website: 'https://pohde.fi' },
  ),
  // Sources: talouselama.fi "Raaheen nousee jälleen uusi tuulipuisto" (Suomen Hyötytuuli builds the ten-turbine
  // Nikkarinkaarto wind farm; its Kuljunniemi farm in Raahe has produced energy since 2004); kaleva.fi 10/2017
  // (its ten-turbine Annankangas wind farm in Raahe inaugurated).
  actor(
    'hyotytuuli-raahe',
    'company',
    RAAHE,
    ['Suomen Hyötytuuli Oy, Raahen tuulipuistot', null, null],
    [
      'Tuulivoimayhtiö, jonka Kuljunniemen tuulipuisto on tuottanut sähköä Raahessa vuodesta 2004 ja joka on rakentanut Raaheen myös Nikkarinkaarron ja Annankankaan kymmenen voimalan puistot.',
      'Vindkraftsbolag vars vindpark i Kuljunniemi har producerat el i Brahestad sedan 2004 och som också har byggt vindparkerna Nikkarinkaarto och Annankangas med tio kraftverk vardera i Brahestad.',
      'Wind power company whose Kuljunniemi wind farm has produced electricity in Raahe since 2004 and which has also built the ten-turbine Nikkarinkaarto and Annankangas wind farms there.',
    ],
    { website: 'https://hyotytuuli.fi' },
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
  // Sources: svenska.yle.fi 2017 "Kristinestadsstudenter siktade på topp 50 – kom etta i FNB:s jämförelse"
  // (first among the Swedish-language upper secondary schools); sydin.fi (10 of 17 admitted students are
  // international, through Finest Future).
  actor(
    'kristinestads-gymnasium',
    'education',
    KRISTINESTAD,
    ['Kristinestads gymnasium', 'Kristinestads gymnasium', null],
    [
      'Kristiinankaupungin ruotsinkielinen lukio, joka oli ensimmäinen FNB:n ruotsinkielisten lukioiden vertailussa 2017 ja ottaa Finest Futuren kautta kansainvälisiä opiskelijoita.',
      'Svenskspråkigt gymnasium i Kristinestad som var etta i FNB:s jämförelse av de svenska gymnasierna 2017 och tar emot internationella studerande via Finest Future.',
      'Swedish-language upper secondary school in Kristinestad that ranked first among Swedish-language schools in the FNB comparison of 2017 and admits international students through Finest Future.',
    ],
  ),
  // Sources: kristinestad.fi 8.5.2018 "Staden Kristinestad tar över folkhögskolan i Lappfjärd" (municipal from
  // 1.1.2019, formerly Svenska folkskolans vänner; music and studio education); schools.finestfuture.org (the
  // gymnasium's music studies run with Lappfjärds Folkhögskola and its music studio).
  actor(
    'lappfjards-folkhogskola',
    'education',
    KRISTINESTAD,
    ['Lappfjärds folkhögskola', 'Lappfjärds folkhögskola', null],
    [
      'Lapväärtissä toimiva kansanopisto, joka tarjoaa musiikki- ja studiokoulutusta ja on ollut Kristiinankaupungin omistuksessa 1.1.2019 alkaen.',
      'Folkhögskola i Lappfjärd med musik- och studioutbildning, som ägs av staden Kristinestad sedan 1.1.2019.',
      'Folk high school in Lappfjärd offering music and studio education, owned by the town of Kristinestad since 1 January 2019.',
    ],
  ),
  // Source: metsatrans.com "Stora Enso investoi Kristiinankaupungin aaltopahvipakkaustehtaaseen noin 2 miljoonaa
  // euroa" (the building is extended and converting machines for multi-colour printing are moved from Lahti).
  actor(
    'stora-enso-kristinestad',
    'company',
    KRISTINESTAD,
    ['Stora Enso Oyj, Kristiinankaupungin aaltopahvipakkaustehdas', null, null],
    [
      'Stora Enson aaltopahvipakkaustehdas, jonka laajennukseen yhtiö päätti investoida noin 2 miljoonaa euroa siirtääkseen sinne Lahdesta moniväripainatukseen pystyviä jalostuskoneita.',
      'Stora Ensos fabrik för wellpappförpackningar, där bolaget beslöt investera cirka 2 miljoner euro i en utbyggnad för att flytta dit förädlingsmaskiner för flerfärgstryck från Lahtis.',
      'Stora Enso’s corrugated packaging plant, where the company decided to invest about €2 million in an extension to move converting machines for multi-colour printing there from Lahti.',
    ],
  ),
  // Sources: helsinkitimes.fi "CPC Finland and Prime Capital AG to construct 192 MW wind farm in
  // Kristiinankaupunki" (Lappfjärd wind farm developed by CPC Finland since 2011; CPC provides construction
  // and asset management services); vindkraftsnyheter.se 5.5.2020 (CPC Finland took over the Dagsmark project).
  actor(
    'cpc-finland-kristinestad',
    'company',
    KRISTINESTAD,
    ['CPC Finland Oy, Kristiinankaupungin tuulipuistot', null, null],
    [
      'Tuulivoimayhtiö, joka on kehittänyt Kristiinankaupungin Lappfjärdin tuulipuistoa vuodesta 2011 (ensivaiheessa 31 voimalaa, 192 MW) ja vastaa sen rakentamisesta ja hallinnoinnista.',
      'Vindkraftsbolag som sedan 2011 har utvecklat Lappfjärd vindpark i Kristinestad (i första skedet 31 kraftverk, 192 MW) och ansvarar för dess byggande och förvaltning.',
      'Wind power company that has developed the Lappfjärd wind farm in Kristinestad since 2011 (31 turbines, 192 MW in the first phase) and handles its construction and asset management.',
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
  ...offers('raahen-energia', 'kiertotalous', 'bioenergia'),
  ...offers('raahen-voima', 'kiertotalous'),
  ...offers('fsp-raahe', 'metalliteollisuus'),
  ...offers('hyotytuuli-raahe', 'uusiutuva-energia'),
  ...offers('koppo-energia', 'uusiutuva-energia', 'vihrea-sahkoistaminen'),
  ...offers('plug-power-kristinestad', 'uusiutuva-energia', 'vihrea-sahkoistaminen'),
  ...offers('gravithy-kristinestad', 'terasteollisuus', 'vihrea-sahkoistaminen'),
  ...offers('blomberg-stevedoring', 'satamalogistiikka'),
  ...offers('alfa-oil-kristinestad', 'satamalogistiikka'),
  ...offers('kristinestads-solpark', 'uusiutuva-energia'),
  ...offers('lappfjards-folkhogskola', 'aaniteknologia'),
  ...offers('stora-enso-kristinestad', 'puunjalostus'),
  ...offers('cpc-finland-kristinestad', 'uusiutuva-energia', 'vihrea-sahkoistaminen'),
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
