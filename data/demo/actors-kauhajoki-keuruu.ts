/**
 * Key actors of Kauhajoki (232, Etelä-Pohjanmaa) and Keuruu (249, Keski-Suomi) as public sources name
 * them, each with a source comment. The Suupohja
 * development body SEK is not here: it was wound up in 2020 and its services moved to the City of
 * Kauhajoki (sek.suupohja.fi 15.1.2020). Names carry no company form (Oy, ry) the sources did not show.
 */
import { actor, need, offers } from './actors-helpers.js';
import type { OrganisationCompetenceSeed, OrganisationSeed } from './types.js';

const KAUHAJOKI = '232';
const KEURUU = '249';

export const KAUHAJOKI_KEURUU_ACTORS: OrganisationSeed[] = [
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
  // Sources: ilkka.fi "Nyt on paljon panosta – Karhu Basket jahtaa toista mestaruutta" (Kauhajoen Karhu
  // Basket plays the men's Korisliiga final at home in Kauhajoki); ilkkapohjalainen.fi 5/2022 "Karhun
  // kainalosta" (Karhubasket wins its third championship; the Kauhajoen Karhu sports club is 112 years old).
  actor(
    'karhu-basket',
    'association',
    KAUHAJOKI,
    ['Kauhajoen Karhu Basket', null, null],
    [
      'Kauhajokelainen koripalloseura, joka pelaa miesten Korisliigaa ja on voittanut kolme Suomen mestaruutta.',
      'Basketklubb från Kauhajoki som spelar i herrarnas Korisliiga och har vunnit tre finska mästerskap.',
      'Basketball club from Kauhajoki that plays in the men’s Korisliiga and has won three Finnish championships.',
    ],
  ),
  // Source: lapuanpiispa.fi "Pyhiinvaellukselle kutsutut" (Bishop Simo Peura's sermon at the 90th
  // anniversary of Kauhajoen evankelinen opisto, a Christian folk high school; its history "Majakkana
  // peltomeressä", 2011).
  actor(
    'kauhajoen-evankelinen-opisto',
    'education',
    KAUHAJOKI,
    ['Kauhajoen evankelinen opisto', null, null],
    [
      'Yli 90 vuotta toiminut kristillinen kansanopisto Kauhajoella.',
      'Kristen folkhögskola i Kauhajoki som har verkat i över 90 år.',
      'Christian folk high school in Kauhajoki, operating for over 90 years.',
    ],
  ),
  // Source: pinomatic.fi 13.6.2024 "Guests from North America" (a forest bioeconomy and wood construction
  // delegation visited Pinomatic in Kauhajoki to see the production lines of the wood processing industry).
  actor(
    'pinomatic',
    'company',
    KAUHAJOKI,
    ['Pinomatic', null, null],
    [
      'Kauhajokelainen puunjalostusteollisuuden tuotantolinjojen valmistaja; Pohjois-Amerikan metsäbiotalouden valtuuskunta vieraili yrityksessä 2024.',
      'Tillverkare av produktionslinjer för träförädlingsindustrin i Kauhajoki; en nordamerikansk skogsbioekonomisk delegation besökte företaget 2024.',
      'Kauhajoki maker of production lines for the wood processing industry; a North American forest bioeconomy delegation visited it in 2024.',
    ],
    { website: 'https://www.pinomatic.fi' },
  ),
  // Source: pinomatic.fi 13.6.2024 "Guests from North America" (the delegation in Kauhajoki also visited
  // Säte Oy, "the component manufacturer for the metal industry").
  actor(
    'sate',
    'company',
    KAUHAJOKI,
    ['Säte Oy', null, null],
    [
      'Metalliteollisuuden komponenttivalmistaja Kauhajoella.',
      'Komponenttillverkare för metallindustrin i Kauhajoki.',
      'Component manufacturer for the metal industry in Kauhajoki.',
    ],
  ),
  // Source: hs.fi/paikalliset/kauhajoki 4/2019 "Lähileipomon hiilijalanjälki on pieni" (Pirjon Pakari's
  // gluten-free bakery in the former rusk factory at Kainasto gets a 1,500 m² extension; about 30 staff).
  actor(
    'pirjon-pakari-kainasto',
    'company',
    KAUHAJOKI,
    ['Pirjon Pakari, Kainaston leipomo', null, null],
    [
      'Gluteeniton leipomo Kauhajoen Kainastolla entisen korpputehtaan tiloissa; noin 30 työntekijää (2019).',
      'Glutenfritt bageri i en tidigare skorpfabrik i Kainasto i Kauhajoki; cirka 30 anställda (2019).',
      'Gluten-free bakery in a former rusk factory at Kainasto, Kauhajoki; about 30 employees (2019).',
    ],
  ),
  // Source: kkl2.anygraaf.net (Kauhajoki-lehti) "Oma satavuotias paikallislehti" (the municipal council
  // founded Kauhajoen Kunnallislehti Oy on 24.2.1925; published as Kauhajoki-lehti since 2011).
  actor(
    'kauhajoki-lehti',
    'company',
    KAUHAJOKI,
    ['Kauhajoki-lehti', null, null],
    [
      'Vuonna 1925 perustettu kauhajokelainen paikallislehti, vuoteen 2011 Kauhajoen Kunnallislehti.',
      'Lokaltidning i Kauhajoki, grundad 1925; fram till 2011 Kauhajoen Kunnallislehti.',
      'Local newspaper of Kauhajoki, founded in 1925; Kauhajoen Kunnallislehti until 2011.',
    ],
    { website: 'https://www.kauhajoki-lehti.fi' },
  ),
  // Sources: kaaoszine.fi 5.12.2023 (over 18,000 visitors at Nummijärvi in Kauhajoki in 2023, one of
  // Finland's longest-running metal festivals); plekvetica.ch 2025 (established in 1987, held at midsummer).
  actor(
    'nummirock',
    'other',
    KAUHAJOKI,
    ['Nummirock', null, null],
    [
      'Vuodesta 1987 juhannuksena Kauhajoen Nummijärvellä järjestetty metallifestivaali, yli 18 000 kävijää (2023).',
      'Metalfestival som sedan 1987 ordnas vid midsommar vid Nummijärvi i Kauhajoki, över 18 000 besökare (2023).',
      'Metal festival held at midsummer at Nummijärvi in Kauhajoki since 1987, over 18,000 visitors (2023).',
    ],
  ),
  // Source: hs.fi/paikalliset/kauhajoki 3/2019 "Kauhajoen Lämpöhuollon Tapio Suonvieri on valittu
  // Energiateollisuuden markkinavaliokuntaan" (the city-owned company builds a 12 MW heating plant burning
  // forest residues, recycled wood and milled peat; oil use in district heating falls by 90 %).
  actor(
    'kauhajoen-lampohuolto',
    'company',
    KAUHAJOKI,
    ['Kauhajoen Lämpöhuolto Oy', null, null],
    [
      'Kaupungin omistama kaukolämpöyhtiö, joka päätti 2019 rakentaa 12 MW:n lämpökeskuksen hakkuutähteille, kierrätyspuulle ja jyrsinturpeelle.',
      'Stadsägt fjärrvärmebolag som 2019 beslöt bygga en värmecentral på 12 MW för avverkningsrester, returträ och frästorv.',
      'City-owned district heating company that decided in 2019 to build a 12 MW heating plant for forest residues, recycled wood and milled peat.',
    ],
  ),

  // Source: keuruunenergia.fi "Keuruun Energia – ensimmäiset 110 vuotta energiaa ihmisille" (founded as
  // Keuruun Sähkö on 13.11.1915; first power plant at Korkeakoski in Jukojärvi; lights in the church
  // village in 1919).
  actor(
    'keuruun-energia',
    'company',
    KEURUU,
    ['Keuruun Energia', null, null],
    [
      'Vuonna 1915 Keuruun Sähkönä perustettu keuruulainen energiayhtiö.',
      'Energibolag i Keuru, grundat 1915 som Keuruun Sähkö.',
      'Keuruu energy company, founded in 1915 as Keuruun Sähkö.',
    ],
    { website: 'https://keuruunenergia.fi' },
  ),
  // Sources: apu.fi "Keuruun lukio yllättävän kansainvälinen" (about 130 students, some twenty from Asia
  // through the Finest Future programme); keuruu.fi "Joustavat koulutusmallit yhdessä yrityselämän kanssa"
  // (Keuruun lukio is a partner of the city's project).
  actor(
    'keuruun-lukio',
    'education',
    KEURUU,
    ['Keuruun lukio', null, null],
    [
      'Noin 130 opiskelijan lukio, jonka opiskelijoista parikymmentä on tullut Aasiasta Finest Future -ohjelman kautta.',
      'Gymnasium med cirka 130 studerande, varav ett tjugotal har kommit från Asien via programmet Finest Future.',
      'Upper secondary school of about 130 students, some twenty of them from Asia through the Finest Future programme.',
    ],
  ),
  // Sources: ksml.fi 4/2018 "Keuruun voitto tuo iloa koko Keski-Suomeen" (KeuPa HT won the Mestis
  // championship); ksml.fi 12/2018 (with a budget of 400,000 euros; chosen the Central Finland sports feat
  // of 2018); maaseuduntulevaisuus.fi 4/2018 (the smallest budget in Mestis).
  actor(
    'keupa-ht',
    'association',
    KEURUU,
    ['KeuPa HT', null, null],
    [
      'Keuruulainen jääkiekkoseura, joka voitti Mestiksen mestaruuden 2018 sarjan pienimmällä budjetilla.',
      'Ishockeyklubb från Keuru som vann Mestis-mästerskapet 2018 med seriens minsta budget.',
      'Keuruu ice hockey club that won the Mestis championship in 2018 with the league’s smallest budget.',
    ],
  ),
  // Source: keuruu.fi "Joustavat koulutusmallit yhdessä yrityselämän kanssa -hanke" (Keurusseudun yrittäjät
  // ry was a partner of the city's 2019–2021 project on skilled labour and training in Keuruu).
  actor(
    'keurusseudun-yrittajat',
    'association',
    KEURUU,
    ['Keurusseudun yrittäjät ry', null, null],
    [
      'Keuruun seudun paikallinen yrittäjäyhdistys; kaupungin koulutus- ja työvoimahankkeen kumppani 2019–2021.',
      'Lokal företagarförening i Keururegionen; partner i stadens utbildnings- och arbetskraftsprojekt 2019–2021.',
      'Local entrepreneurs’ association of the Keuruu area; partner of the city’s training and labour project 2019–2021.',
    ],
  ),
  // Source: keuruu.fi "Joustavat koulutusmallit yhdessä yrityselämän kanssa -hanke" (Keurusselän
  // nuorkauppakamari was a partner of the city's 2019–2021 project).
  actor(
    'keurusselan-nuorkauppakamari',
    'association',
    KEURUU,
    ['Keurusselän nuorkauppakamari', null, null],
    [
      'Keuruun seudun nuorkauppakamari; kaupungin koulutus- ja työvoimahankkeen kumppani 2019–2021.',
      'Juniorhandelskammare i Keururegionen; partner i stadens utbildnings- och arbetskraftsprojekt 2019–2021.',
      'Junior chamber of the Keuruu area; partner of the city’s training and labour project 2019–2021.',
    ],
  ),
  // Source: suurkeuruu.fi (the paper's own site: news of Keuruu such as the village parliament and winter
  // tourists at Jukojärvi).
  actor(
    'suur-keuruu',
    'company',
    KEURUU,
    ['Suur-Keuruu', null, null],
    [
      'Keuruun paikallislehti, joka uutisoi kaupungin ja sen kylien asioista.',
      'Lokaltidning i Keuru som rapporterar om staden och dess byar.',
      'Local newspaper of Keuruu, reporting on the town and its villages.',
    ],
    { website: 'https://www.suurkeuruu.fi' },
  ),
  // Source: ksml.fi "Maakunnallinen yrittäjäpalkinto keuruulaiselle HT Laserille" (a system supplier of
  // the metal industry headquartered in Keuruu; the Teiskonen group employs over 500).
  // TOL 2008 division 25 only (sheet metal contract manufacturing): the class is not certain.
  actor(
    'ht-laser',
    'company',
    KEURUU,
    ['HT Laser Oy', null, null],
    [
      'Keuruulle pääpaikkansa ankkuroinut metalliteollisuuden järjestelmätoimittaja, laser- ja vesileikkauksen edelläkävijä Suomessa.',
      'Systemleverantör inom metallindustrin med huvudsäte i Keuru, pionjär inom laser- och vattenskärning i Finland.',
      'Metal industry system supplier headquartered in Keuruu, a pioneer of laser and water-jet cutting in Finland.',
    ],
    { tolCode: '25' },
  ),
  // Source: ksml.fi 6/2019 "Metallin ammattilaisilla on vaikeuksia löytää tie Keuruulle töihin" (group
  // headquartered in Keuruu, 75 employees there, Karjola industrial area).
  // TOL 2008 division 25 only (metal cutting): the class is not certain.
  actor(
    'suomen-vesileikkaus',
    'company',
    KEURUU,
    ['Suomen Vesileikkaus Oy', null, null],
    [
      'Levytuotteiden, aihioiden ja putkien leikkaukseen erikoistunut konserni, pääpaikka Keuruun Karjolan teollisuusalueella.',
      'Koncern specialiserad på skärning av plåt, ämnen och rör, med huvudsäte i Karjola industriområde i Keuru.',
      'Group specialised in cutting sheet products, blanks and tubes, headquartered in the Karjola industrial area in Keuruu.',
    ],
    { tolCode: '25' },
  ),
  // Sources: ksml.fi (LapWall rented the Paanuhalli from "kehittämisyhtiö Keulink Oy"); ksml.fi (Keulink
  // and Sarakallio Kiinteistöt prepared the former garrison area for new use).
  actor(
    'keulink',
    'development_company',
    KEURUU,
    ['Keulink Oy', null, null],
    [
      'Keuruun kehittämisyhtiö: vuokraa yritystiloja ja kehittää entisen varuskunta-alueen uusiokäyttöä.',
      'Utvecklingsbolag i Keuru: hyr ut företagslokaler och utvecklar ny användning av det tidigare garnisonsområdet.',
      'Keuruu’s development company: lets business premises and develops new uses for the former garrison area.',
    ],
  ),
  // Source: fi.wikipedia.org/wiki/Haapamäki (the steam locomotive park at Haapamäki station, in Keuruu).
  actor(
    'haapamaen-hoyryveturipuisto',
    'other',
    KEURUU,
    ['Haapamäen Höyryveturipuisto', null, 'Haapamäki Steam Locomotive Park'],
    [
      'Matkailukohde Haapamäen rautatieaseman alueella Keuruulla.',
      'Turistmål vid Haapamäki järnvägsstation i Keuru.',
      'Visitor attraction at Haapamäki railway station in Keuruu.',
    ],
  ),
  // Source: fi.wikipedia.org/wiki/Haapamäki (the association owns and maintains museum rolling stock in
  // the engine shed area of the Haapamäki railway yard).
  actor(
    'haapamaen-museoveturiyhdistys',
    'association',
    KEURUU,
    ['Haapamäen Museoveturiyhdistys ry', null, null],
    [
      'Omistaa ja ylläpitää rautateiden museokalustoa Haapamäen ratapihan veturitallialueella.',
      'Äger och underhåller museimateriel för järnväg vid lokstallsområdet på Haapamäki bangård.',
      'Owns and maintains museum railway rolling stock in the engine shed area of the Haapamäki railway yard.',
    ],
  ),
  // Source: kyyhkyset.fi 8/2012 (a tour of the book printing house in Keuruu led by its managing director).
  // That this is Otava's printing house is a well-known public fact; the page does not name the owner.
  actor(
    'otavan-kirjapaino',
    'company',
    KEURUU,
    ['Otavan Kirjapaino Oy', null, null],
    [
      'Otava-konserniin kuulunut kirjapaino Keuruulla.',
      'Tryckeri i Keuru som hört till Otavakoncernen.',
      'Book printing house in Keuruu that belonged to the Otava group.',
    ],
  ),
];

export const KAUHAJOKI_KEURUU_COMPETENCES: OrganisationCompetenceSeed[] = [
  ...offers('ht-laser', 'metalliteollisuus', 'teknologiateollisuus'),
  ...offers('suomen-vesileikkaus', 'metalliteollisuus'),
  ...offers('keulink', 'yrityspalvelut'),
  ...offers('haapamaen-hoyryveturipuisto', 'matkailu'),
  ...offers('haapamaen-museoveturiyhdistys', 'matkailu'),
  need(
    'suomen-vesileikkaus',
    'osaava-tyovoima',
    'Metallin ammattilaisia on vaikea saada Keuruulle töihin; alueella on iso puute ammatillisesta koulutuksesta (ksml.fi 2019).',
  ),
  need(
    'suomen-vesileikkaus',
    'ammatillinen-koulutus',
    'Keuruulta puuttuu metallialan ammatillinen koulutus (ksml.fi 2019).',
  ),
  ...offers('atria-kauhajoki', 'elintarviketeollisuus'),
  ...offers('hemka-fiber', 'maatalous', 'kiertotalous'),
  ...offers('sedu-kauhajoki', 'ammatillinen-koulutus', 'matkailu'),
  ...offers('teak-kauhajoki', 'yrityspalvelut'),
  ...offers('karhu-basket', 'liikunta'),
  ...offers('pinomatic', 'teknologiateollisuus', 'puunjalostus'),
  ...offers('sate', 'metalliteollisuus'),
  ...offers('pirjon-pakari-kainasto', 'elintarviketeollisuus'),
  ...offers('nummirock', 'matkailu'),
  ...offers('kauhajoen-lampohuolto', 'bioenergia'),
  ...offers('keupa-ht', 'liikunta'),
  ...offers('keurusseudun-yrittajat', 'yrityspalvelut'),
  // kauhajoki.fi "Hankkeet": the city runs "Puurakentamisen edistäminen Seutukaupungeissa" and CLT-pro.
  ...offers('kauhajoki-city', 'puurakentaminen'),
  need(
    'keuruu-city',
    'osaava-tyovoima',
    'Osaavan työvoiman ja koulutuksen saatavuus Keuruulla oli kaupungin Joustavat koulutusmallit -hankkeen (2019–2021) lähtökohta (keuruu.fi).',
  ),
];
