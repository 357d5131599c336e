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
