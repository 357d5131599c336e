/**
 * Key actors of Heinola (111, Päijät-Häme) and Rauma (684, Satakunta) as public sources name them, each
 * with a source comment. Keuruu's are in actors-kauhajoki-keuruu.ts.
 */
import { actor, offers } from './actors-helpers.js';
import type { OrganisationCompetenceSeed, OrganisationSeed } from './types.js';

const HEINOLA = '111';
const RAUMA = '684';

const HEINOLA_ACTORS: OrganisationSeed[] = [
  // Sources: storaenso.com 2/2023 and Stora Enso release 7.1.2020 (fluting mill since 1961 in Rautsalo,
  // one of Heinola's largest employers); businessheinola.fi (produces 95 % of Heinola's district heat).
  actor(
    'stora-enso-heinola',
    'company',
    HEINOLA,
    ['Stora Enso Oyj, Heinolan Flutingtehdas', null, 'Stora Enso Heinola Fluting Mill'],
    [
      'Puolikemiallista aallotuskartonkia (flutingia) vuodesta 1961 valmistava tehdas, yksi Heinolan suurimmista työllistäjistä; tuottaa 95 % kaupungin kaukolämmöstä.',
      'Fabrik som sedan 1961 tillverkar halvkemisk vågkartong (fluting), en av de största arbetsgivarna i Heinola; producerar 95 % av stadens fjärrvärme.',
      'Mill making semi-chemical fluting since 1961, one of Heinola’s largest employers; it produces 95 % of the town’s district heat.',
    ],
    { tolCode: '17120' },
  ),
  // Sources: businessheinola.fi "Heinolan ekokaupunki" (Versowood, Finland's largest private sawn-timber
  // producer, is one of Heinola EcoHub's largest plants); lesprom.com 2022 (sawmill at Vierumäki).
  actor(
    'versowood-vierumaki',
    'company',
    HEINOLA,
    ['Versowood Oy, Vierumäen saha', null, 'Versowood Vierumäki sawmill'],
    [
      'Suomen suurimman yksityisen sahatavaran tuottajan ja jalostajan saha Vierumäellä; Heinolan EcoHubin suurimpia tuotantolaitoksia.',
      'Sågverk i Vierumäki som tillhör Finlands största privata producent och förädlare av sågat virke; en av de största anläggningarna i Heinola EcoHub.',
      'Sawmill at Vierumäki of Finland’s largest private sawn-timber producer and processor; one of the largest plants of Heinola EcoHub.',
    ],
    { tolCode: '16100' },
  ),
  // Sources: businessheinola.fi "Vierumäki – liikunnan ja hyvinvoinnin ykkönen"; sivista.fi (two schools
  // on the Vierumäki campus, about 1,000 degree students a year).
  actor(
    'suomen-urheiluopisto',
    'education',
    HEINOLA,
    ['Suomen Urheiluopisto', null, 'Sports Institute of Finland'],
    [
      'Maan suurin liikunta-alan kouluttaja Vierumäellä: ammatillinen koulutus, vapaa sivistystyö, valmennus ja huippu-urheilun palvelut.',
      'Landets största utbildare inom idrott i Vierumäki: yrkesutbildning, fritt bildningsarbete, träning och tjänster för elitidrott.',
      'Finland’s largest sports educator, at Vierumäki: vocational training, liberal adult education, coaching and elite sport services.',
    ],
  ),
  // Source: sivista.fi "Vierumäki – monipuolinen koulutus- ja liikuntapalveluiden keskus" (Haaga-Helia's
  // unit offers higher education in sport on the Vierumäki campus).
  actor(
    'haaga-helia-vierumaki',
    'education',
    HEINOLA,
    [
      'Haaga-Helia ammattikorkeakoulu, Vierumäen kampus',
      null,
      'Haaga-Helia University of Applied Sciences, Vierumäki campus',
    ],
    [
      'Haaga-Helian liikunta-alan korkeakouluopinnot Vierumäen kampuksella Suomen Urheiluopiston rinnalla.',
      'Haaga-Helias högskolestudier inom idrott på campus Vierumäki vid sidan av Finlands Idrottsinstitut.',
      'Haaga-Helia’s higher education in sport on the Vierumäki campus, alongside the Sports Institute of Finland.',
    ],
  ),
  // Sources: businessheinola.fi (Vierumäki Sports produces sports, restaurant and accommodation services);
  // hs.fi 2021 (Vierumäki Sports Oy sells the centre's services).
  actor(
    'vierumaki-sports',
    'company',
    HEINOLA,
    ['Vierumäki Sports Oy', null, null],
    [
      'Tuottaa Vierumäen liikunta-, ravintola- ja majoituspalvelut.',
      'Producerar idrotts-, restaurang- och inkvarteringstjänsterna i Vierumäki.',
      'Provides the sports, restaurant and accommodation services of Vierumäki.',
    ],
  ),
  // Source: Heinolan Uutiset 29.4.2021 (Holiday Club Resorts Oy opens Holiday Club Vierumäki, 190 rooms).
  actor(
    'holiday-club-vierumaki',
    'company',
    HEINOLA,
    ['Holiday Club Vierumäki', null, 'Holiday Club Vierumäki'],
    [
      'Holiday Club Resorts Oy:n hotelli Vierumäellä (avattu 2021, 190 huonetta).',
      'Holiday Club Resorts Oy:s hotell i Vierumäki (öppnat 2021, 190 rum).',
      'Holiday Club Resorts’ hotel at Vierumäki (opened 2021, 190 rooms).',
    ],
  ),
  // Source: businessheinola.fi "Koulukaupunki Heinola" (a vocational school of 500 students in Heinola,
  // Koulutuskeskus Salpaus: media assistants, restaurant workers, car mechanics, among others).
  actor(
    'salpaus-heinola',
    'education',
    HEINOLA,
    ['Koulutuskeskus Salpaus, Heinola', null, 'Salpaus Further Education, Heinola'],
    [
      'Päijät-Hämeen ammatillisen koulutuksen järjestäjän Heinolan oppilaitos, noin 500 opiskelijaa.',
      'Päijänne-Tavastlands yrkesutbildningsanordnares läroanstalt i Heinola, cirka 500 studerande.',
      'Heinola school of the Päijät-Häme vocational education provider, about 500 students.',
    ],
    { website: 'https://www.salpaus.fi' },
  ),
  // Source: businessheinola.fi "Koulukaupunki Heinola" (Heinolan kansalaisopisto, maintained by
  // Jyränkölän Setlementti, over 2,500 students in 600 groups).
  actor(
    'heinolan-kansalaisopisto',
    'education',
    HEINOLA,
    ['Heinolan kansalaisopisto (Jyränkölän Setlementti)', null, null],
    [
      'Jyränkölän Setlementin ylläpitämä kansalaisopisto, yli 2 500 opiskelijaa 600 ryhmässä.',
      'Medborgarinstitut som upprätthålls av Jyränkölän Setlementti, över 2 500 studerande i 600 grupper.',
      'Adult education centre maintained by Jyränkölän Setlementti, over 2,500 students in 600 groups.',
    ],
  ),
  // Source: businessheinola.fi "Koulukaupunki Heinola" (the town's upper secondary school, in a new
  // building near Maaherranpuisto and the old seminary).
  actor(
    'heinolan-lukio',
    'education',
    HEINOLA,
    ['Heinolan lukio', null, null],
    [
      'Heinolan kaupungin lukio, uusi rakennus Maaherranpuiston ja vanhan seminaarin läheisyydessä.',
      'Heinola stads gymnasium, i en ny byggnad nära Maaherranpuisto och det gamla seminariet.',
      'The town of Heinola’s upper secondary school, in a new building near Maaherranpuisto and the old seminary.',
    ],
  ),
  // Source: ermakvagus.com "Heinola" (the summer theatre built in 2000 in Rantapuisto by the Kymijoki,
  // known for its musicals).
  actor(
    'heinolan-kesateatteri',
    'other',
    HEINOLA,
    ['Heinolan Kesäteatteri', null, 'Heinola Summer Theatre'],
    [
      'Vuonna 2000 rakennettu katettu kesäteatteri Kymijoen rannalla Rantapuistossa, tunnettu musikaaleistaan.',
      'Täckt sommarteater från 2000 vid Kymmene älv i Rantapuisto, känd för sina musikaler.',
      'Covered summer theatre built in 2000 on the Kymijoki riverside in Rantapuisto, known for its musicals.',
    ],
  ),
  // Well-known public fact, not from a stored page: Heinola Sawmill Machinery Inc (Heinolan Sahakoneet Oy)
  // makes sawmill machinery in Heinola. piestany.sk (Heinola town profile) names wood technology among
  // Heinola's industries.
  actor(
    'heinola-sawmill-machinery',
    'company',
    HEINOLA,
    ['Heinolan Sahakoneet Oy', null, 'Heinola Sawmill Machinery Inc'],
    [
      'Heinolalainen sahalaitteiden ja -linjojen valmistaja.',
      'Tillverkare av sågverksutrustning och sågverkslinjer i Heinola.',
      'Heinola-based maker of sawmill machinery and sawmill lines.',
    ],
  ),
];

const RAUMA_ACTORS: OrganisationSeed[] = [
  // Source: upmpaper.com 2017 "The giant of Rauma" (paper mill, pulp mill, tall oil plant and power plant,
  // over 700 employees; district heat for the town).
  actor(
    'upm-rauma',
    'company',
    RAUMA,
    ['UPM-Kymmene Oyj, Rauman tehdas', null, 'UPM Rauma mill'],
    [
      'Aikakauslehtipaperia valmistava paperitehdas voimalaitoksineen; työllistää yli 700 henkeä ja tuottaa Rauman kaukolämmön.',
      'Pappersbruk för tidskriftspapper med kraftverk; sysselsätter över 700 personer och producerar Raumos fjärrvärme.',
      'Magazine paper mill with its power plant; employs over 700 people and supplies Rauma’s district heat.',
    ],
    { tolCode: '17120' },
  ),
  // Source: metsagroup.com 2024 "Rauma pulp mill and sawmill …" (pulp mill since 1996, sawmill 2022).
  actor(
    'metsa-fibre-rauma',
    'company',
    RAUMA,
    ['Metsä Fibre Oy, Rauman tehtaat', null, 'Metsä Fibre Rauma mills'],
    [
      'Metsä Fibren sellutehdas (1996) ja vuonna 2022 käynnistynyt mäntysaha Raumalla.',
      'Metsä Fibres massabruk (1996) och tallsågverket som startade 2022 i Raumo.',
      'Metsä Fibre’s pulp mill (1996) and the pine sawmill started in 2022 in Rauma.',
    ],
  ),
  // Source: westcoastmedia.fi 1.11.2018 "Expert Exports to Dubai" (Rauma Marine Constructions has the
  // highest employee count in the Seaside Industry Park).
  actor(
    'rauma-marine-constructions',
    'company',
    RAUMA,
    ['Rauma Marine Constructions Oy', null, null],
    [
      'Telakka Seaside Industry Parkissa; rakentaa muun muassa autolauttoja ja Puolustusvoimien aluksia.',
      'Varv i Seaside Industry Park; bygger bland annat bilfärjor och fartyg för Försvarsmakten.',
      'Shipyard in the Seaside Industry Park; builds car and passenger ferries and vessels for the Finnish Defence Forces.',
    ],
    { tolCode: '30110' },
  ),
  // Sources: westcoastmedia.fi 2018 (Seaside Industry Park owned by the City of Rauma, founded 2014, 30+
  // companies); raumaguide.travel.blog (Seaside Industry networks some 80 maritime companies).
  actor(
    'seaside-industry-rauma',
    'development_company',
    RAUMA,
    ['Rauman Meriteollisuuskiinteistöt Oy (Seaside Industry Rauma)', null, 'Seaside Industry Rauma'],
    [
      'Rauman kaupungin omistaman, vuonna 2014 perustetun Seaside Industry Parkin kehittäjä; verkottaa meriteollisuuden yrityksiä.',
      'Utvecklare av Seaside Industry Park, som ägs av Raumo stad och grundades 2014; nätverkar företag inom den maritima industrin.',
      'Developer of the Seaside Industry Park, owned by the City of Rauma and founded in 2014; networks maritime industry companies.',
    ],
  ),
  // Sources: raumaguide.travel.blog (Kongsberg produces propulsion devices in Rauma); westcoastmedia.fi
  // 2018 (the thruster manufacturer, then Rolls-Royce, is one of the park's largest employers).
  actor(
    'kongsberg-rauma',
    'company',
    RAUMA,
    ['Kongsberg Maritime, Rauman tehdas', null, 'Kongsberg Maritime Rauma'],
    [
      'Potkurilaitteiden valmistaja Rauman Seaside Industry Parkissa (aiemmin Rolls-Royce).',
      'Tillverkare av propelleranläggningar i Seaside Industry Park i Raumo (tidigare Rolls-Royce).',
      'Maker of propulsion units in Rauma’s Seaside Industry Park (formerly Rolls-Royce).',
    ],
  ),
  // Source: raumaguide.travel.blog (Rauma Port: about 5 Mt a year, 909 ship calls in 2023; exports UPM's
  // paper and Metsä Fibre's pulp).
  actor(
    'rauman-satama',
    'company',
    RAUMA,
    ['Rauman satama', null, 'Port of Rauma'],
    [
      'Vientivoittoinen satama: noin 5 miljoonaa tonnia vuodessa ja 909 aluskäyntiä vuonna 2023.',
      'Exportdominerad hamn: cirka 5 miljoner ton per år och 909 fartygsanlöp år 2023.',
      'Export-led port: about 5 million tonnes a year and 909 ship calls in 2023.',
    ],
  ),
  // Sources: raumaguide.travel.blog (Euroports, the largest operator, employs 550 people in the port);
  // bonde.fi (the port operator Rauma Stevedoring, now Euroports).
  actor(
    'euroports-rauma',
    'company',
    RAUMA,
    ['Euroports, Rauman satama', null, 'Euroports Rauma'],
    [
      'Rauman sataman suurin operaattori (entinen Rauma Stevedoring), noin 550 työntekijää satamassa.',
      'Den största operatören i Raumo hamn (tidigare Rauma Stevedoring), cirka 550 anställda i hamnen.',
      'The largest operator in the Port of Rauma (formerly Rauma Stevedoring), with about 550 people in the port.',
    ],
    { tolCode: '52240' },
  ),
  // Source: raumaguide.travel.blog (the maritime companies cooperate with the logistics studies of
  // Winnova and Satakunta University of Applied Sciences).
  actor(
    'winnova',
    'education',
    RAUMA,
    ['WinNova', null, 'WinNova'],
    [
      'Länsirannikon ammatillinen oppilaitos; sen logistiikkakoulutus tekee yhteistyötä Rauman meriteollisuuden kanssa.',
      'Yrkesläroanstalt på västkusten; dess logistikutbildning samarbetar med den maritima industrin i Raumo.',
      'West-coast vocational college whose logistics studies cooperate with Rauma’s maritime industry.',
    ],
  ),
  // Source: raumaguide.travel.blog (SAMK's logistics studies cooperate with Rauma's maritime companies);
  // the Rauma campus is listed on samk.fi.
  actor(
    'samk-rauma',
    'education',
    RAUMA,
    [
      'Satakunnan ammattikorkeakoulu SAMK, Rauman kampus',
      null,
      'Satakunta University of Applied Sciences SAMK, Rauma campus',
    ],
    [
      'Ammattikorkeakoulun Rauman kampus; logistiikan koulutus tekee yhteistyötä meriteollisuuden kanssa.',
      'Yrkeshögskolans campus i Raumo; logistikutbildningen samarbetar med den maritima industrin.',
      'The university of applied sciences’ Rauma campus; its logistics studies cooperate with the maritime industry.',
    ],
    { website: 'https://www.samk.fi', tolCode: '85420' },
  ),
  // Source: utu.fi (the Department of Teacher Education of the University of Turku has a unit in Rauma).
  actor(
    'utu-rauma',
    'education',
    RAUMA,
    ['Turun yliopisto, Rauman kampus', 'Åbo universitet, campus Raumo', 'University of Turku, Rauma campus'],
    [
      'Turun yliopiston opettajankoulutuslaitoksen Rauman yksikkö.',
      'Åbo universitets lärarutbildningsinstitution, enheten i Raumo.',
      'The Rauma unit of the University of Turku’s Department of Teacher Education.',
    ],
    { website: 'https://www.utu.fi', tolCode: '85420' },
  ),
  // Source: uutisrauma.fi 2024 "Oraksen liikevaihto laski" (raumalainen Oras Group, 447 of its 1,100 people
  // in Finland, almost all in Rauma; a new plastic chroming plant in Rauma).
  actor(
    'oras-rauma',
    'company',
    RAUMA,
    ['Oras Oy, Rauman tehdas', null, 'Oras Rauma factory'],
    [
      'Raumalaisen Oras Groupin hanatehdas; konsernin Suomen 447 työntekijästä lähes kaikki ovat Raumalla, ja Raumalle on investoitu muovikromaamo.',
      'Oras Groups kranfabrik i Raumo; nästan alla av koncernens 447 anställda i Finland arbetar i Raumo, där en plastkromningsanläggning har byggts.',
      'Oras Group’s tap factory in Rauma; almost all of the group’s 447 people in Finland work in Rauma, where a plastic chroming plant has been built.',
    ],
  ),
  // Sources: ls24.fi "Rauma sai suuryritykset mukaan päästötalkoisiinsa" (Rauman Energia Oy in the town's
  // renewable energy audit); expressmagnet.eu OmaaVoima 2/2021 (electricity network, district heat, fibre).
  actor(
    'rauman-energia',
    'company',
    RAUMA,
    ['Rauman Energia Oy', null, null],
    [
      'Rauman energiayhtiö: sähköverkko, kaukolämpö ja valokuitu; mukana kaupungin uusiutuvan energian kuntakatselmuksessa.',
      'Energibolag i Raumo: elnät, fjärrvärme och fiber; med i stadens kommunsyn för förnybar energi.',
      'Rauma’s energy company: electricity network, district heat and fibre; part of the town’s renewable energy audit.',
    ],
  ),
  // Source: ls24.fi "Rauma sai suuryritykset mukaan päästötalkoisiinsa" (Forchem Oy among the large
  // companies in the town's renewable energy audit).
  actor(
    'forchem',
    'company',
    RAUMA,
    ['Forchem Oy', null, null],
    [
      'Raumalainen suuryritys, mukana kaupungin uusiutuvan energian kuntakatselmuksessa.',
      'Stort företag i Raumo, med i stadens kommunsyn för förnybar energi.',
      'Large company in Rauma, part of the town’s renewable energy audit.',
    ],
  ),
];

export const HEINOLA_RAUMA_ACTORS: OrganisationSeed[] = [...HEINOLA_ACTORS, ...RAUMA_ACTORS];

export const HEINOLA_RAUMA_COMPETENCES: OrganisationCompetenceSeed[] = [
  ...offers('stora-enso-heinola', 'puunjalostus', 'bioenergia'),
  ...offers('versowood-vierumaki', 'sahateollisuus', 'puunjalostus'),
  ...offers('suomen-urheiluopisto', 'liikunta', 'ammatillinen-koulutus'),
  ...offers('haaga-helia-vierumaki', 'liikunta', 'korkeakoulutus'),
  ...offers('vierumaki-sports', 'liikunta', 'matkailu'),
  ...offers('holiday-club-vierumaki', 'matkailu'),
  ...offers('salpaus-heinola', 'ammatillinen-koulutus'),
  // businessheinola.fi: Heinola EcoHub, over 100 bio- and circular economy companies.
  ...offers('heinola-city', 'kiertotalous', 'yrityspalvelut'),
  ...offers('upm-rauma', 'puunjalostus', 'bioenergia'),
  ...offers('metsa-fibre-rauma', 'puunjalostus', 'sahateollisuus'),
  ...offers('rauma-marine-constructions', 'meriteollisuus'),
  ...offers('seaside-industry-rauma', 'meriteollisuus', 'yrityspalvelut'),
  ...offers('kongsberg-rauma', 'meriteollisuus', 'teknologiateollisuus'),
  ...offers('rauman-satama', 'satamalogistiikka'),
  ...offers('euroports-rauma', 'satamalogistiikka'),
  ...offers('winnova', 'ammatillinen-koulutus'),
  ...offers('samk-rauma', 'korkeakoulutus', 'tki-palvelut'),
  ...offers('utu-rauma', 'korkeakoulutus'),
  ...offers('heinolan-kesateatteri', 'matkailu'),
  ...offers('heinola-sawmill-machinery', 'sahateollisuus', 'teknologiateollisuus'),
  ...offers('oras-rauma', 'teknologiateollisuus', 'metalliteollisuus'),
  ...offers('rauman-energia', 'bioenergia', 'uusiutuva-energia'),
];
