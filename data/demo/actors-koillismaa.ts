/**
 * Key actors of Kuusamo (305) and Taivalkoski (832) in Koillismaa, Pohjois-Pohjanmaa, which Naturpolis Oy
 * represents in the network project. Each has a source comment; units of national bodies (Metsähallitus,
 * University of Oulu, Finavia) carry the municipality code of their unit in Kuusamo, as Xamk does for
 * its Savonlinna campus.
 */
import { actor, need, offers } from './actors-helpers.js';
import type { OrganisationCompetenceSeed, OrganisationSeed } from './types.js';

const KUUSAMO = '305';
const TAIVALKOSKI = '832';

export const KOILLISMAA_ACTORS: OrganisationSeed[] = [
  // Source: karhuntassu.fi "Tourism and fishing" ("The year-round and international Rukakeskus Group is
  // one of the leading tourism companies in Finland").
  actor(
    'rukakeskus',
    'company',
    KUUSAMO,
    ['Rukakeskus Oy', null, null],
    [
      'Ympärivuotinen Rukan matkailukeskus, yksi Suomen johtavista matkailuyrityksistä.',
      'Året runt-turistcentret Ruka, ett av Finlands ledande turistföretag.',
      'The year-round Ruka resort, one of Finland’s leading tourism companies.',
    ],
  ),
  // Source: karhuntassu.fi "Tourism and fishing" (founded in 1967; about 80 own products; makes the
  // Räsänen seiska and Professori lures).
  actor(
    'kuusamon-uistin',
    'company',
    KUUSAMO,
    ['Kuusamon Uistin Oy', null, null],
    [
      'Vuonna 1967 perustettu uistinvalmistaja, kansainvälinen brändi; valmistaa mm. Räsänen seiska- ja Professori-uistimia.',
      'Tillverkare av fiskedrag, grundad 1967 och ett internationellt varumärke; tillverkar bl.a. dragen Räsänen seiska och Professori.',
      'Fishing lure maker founded in 1967, an international brand; makes the Räsänen seiska and Professori lures.',
    ],
  ),
  // Sources: naturpolis.fi/en/developmentprojects (sub-implementer of the Gateway to the Land of National
  // Parks project, 2019–2021); docplayer "Snow Works loppuraportti".
  actor(
    'ruka-kuusamo-matkailuyhdistys',
    'association',
    KUUSAMO,
    ['Ruka-Kuusamo Matkailuyhdistys ry', null, 'Ruka-Kuusamo Tourist Association'],
    [
      'Alueen matkailuyhdistys; Kansallispuistojen maan portti -hankkeen osatoteuttaja (2019–2021).',
      'Regionens turistförening; delgenomförare i projektet Porten till nationalparkernas land (2019–2021).',
      'The area’s tourist association; sub-implementer of the Gateway to the Land of National Parks project (2019–2021).',
    ],
  ),
  // Sources: naturpolis.fi/en/developmentprojects (sub-implementer of the Gateway project);
  // karhuntassu.fi (Oulanka National Park is the keystone of nature tourism in Kuusamo).
  actor(
    'metsahallitus-kuusamo',
    'public_agency',
    KUUSAMO,
    ['Metsähallitus, Kuusamo', 'Forststyrelsen, Kuusamo', 'Metsähallitus, Kuusamo'],
    [
      'Valtion luonnonvarojen hoitaja; Kuusamossa mm. Oulangan kansallispuisto. Kansallispuistojen maan portti -hankkeen osatoteuttaja.',
      'Förvaltare av statens naturresurser; i Kuusamo bl.a. Oulanka nationalpark. Delgenomförare i projektet Porten till nationalparkernas land.',
      'Manager of state-owned natural resources; in Kuusamo e.g. Oulanka National Park. Sub-implementer of the Gateway to the Land of National Parks project.',
    ],
  ),
  // Source: naturpolis.fi/en/developmentprojects (the University of Oulu is a sub-implementer of the
  // Gateway project); its Oulanka research station is in Kuusamo (oulu.fi).
  actor(
    'oulun-yliopisto-oulanka',
    'rdi',
    KUUSAMO,
    [
      'Oulun yliopisto, Oulangan tutkimusasema',
      'Uleåborgs universitet, Oulanka forskningsstation',
      'University of Oulu, Oulanka Research Station',
    ],
    [
      'Oulun yliopiston tutkimusasema Kuusamossa; yliopisto on Kansallispuistojen maan portti -hankkeen osatoteuttaja.',
      'Uleåborgs universitets forskningsstation i Kuusamo; universitetet är delgenomförare i projektet Porten till nationalparkernas land.',
      'The University of Oulu’s research station in Kuusamo; the university is a sub-implementer of the Gateway to the Land of National Parks project.',
    ],
  ),
  // Source: helsinkitimes.fi 2023 (Finavia renovates Kuusamo Airport, "an important gateway for tourism").
  actor(
    'finavia-kuusamo',
    'company',
    KUUSAMO,
    ['Finavia Oyj, Kuusamon lentoasema', null, 'Finavia, Kuusamo Airport'],
    [
      'Kuusamon lentoasema, alueen matkailun tärkeä portti; Finavia uusi kiitotievalot ja asematason vuonna 2023.',
      'Kuusamo flygplats, en viktig port för turismen i regionen; Finavia förnyade banljusen och plattan 2023.',
      'Kuusamo Airport, an important gateway for the area’s tourism; Finavia renewed its runway lights and apron in 2023.',
    ],
  ),
  // Sources: polkky.com "Taivalkoski municipality as a partner" (Pölkky's production places include the
  // Taivalkoski sawmill); koillissanomat.fi (Pölkky Kuusamo).
  actor(
    'polkky',
    'company',
    KUUSAMO,
    ['Pölkky Oy', null, null],
    [
      'Kuusamolainen sahateollisuusyritys, jolla on saha myös Taivalkoskella.',
      'Sågverksföretag från Kuusamo med ett sågverk även i Taivalkoski.',
      'Sawmill company from Kuusamo, with a sawmill in Taivalkoski too.',
    ],
  ),
  // Sources: kuusamonevo.fi "Osuuskunnan säännöt" (name and domicile Kuusamo; builds and runs the energy and
  // water utility); abcdocz.com, the cooperative's annual report 2010 (business ID 0186403-8, 60th year).
  actor(
    'kuusamon-evo',
    'company',
    KUUSAMO,
    ['Kuusamon energia- ja vesiosuuskunta', null, null],
    [
      'Kuusamon kaukolämpö- ja vesihuoltolaitosta ylläpitävä osuuskunta (toiminut vuodesta 1950).',
      'Andelslag som driver fjärrvärme- och vattenverket i Kuusamo (verksamt sedan 1950).',
      'Cooperative running Kuusamo’s district heating and water utility (operating since 1950).',
    ],
    { businessId: '0186403-8', website: 'https://kuusamonevo.fi' },
  ),
  // Source: koillissanomat.fi (the Koillismaa newspaper, already the source of several entries here).
  actor(
    'koillissanomat',
    'company',
    KUUSAMO,
    ['Koillissanomat', null, null],
    [
      'Kuusamossa ilmestyvä Koillismaan paikallislehti.',
      'Lokaltidning för Koillismaa som ges ut i Kuusamo.',
      'Local newspaper of the Koillismaa region, published in Kuusamo.',
    ],
    { website: 'https://www.koillissanomat.fi' },
  ),
  // Sources: kuusamohirsitalot.fi "From hard times to a power player" (Kuusamo Log Houses, founded in 1998,
  // employs more than 50 people); its blog "Hirsirakentaminen sopii vihreään elvytykseen" (set up at the end
  // of 1997 with Pölkky Oy and Pölkky's main owners).
  actor(
    'kuusamo-hirsitalot',
    'company',
    KUUSAMO,
    ['Kuusamo Hirsitalot Oy', null, 'Kuusamo Log Houses'],
    [
      'Kuusamolainen hirsitalojen ja -huviloiden valmistaja, perustettu 1997–1998 yhdessä Pölkky Oy:n kanssa; yli 50 työntekijää.',
      'Tillverkare av stockhus och stockvillor i Kuusamo, grundad 1997–1998 tillsammans med Pölkky Oy; över 50 anställda.',
      'Kuusamo maker of log houses and villas, founded in 1997–1998 together with Pölkky Oy; more than 50 employees.',
    ],
    { website: 'https://www.kuusamohirsitalot.fi' },
  ),
  // Sources: kuusamonjuusto.fi "Juuston matka maidosta pakettiin" (Finland's northernmost cheese dairy, in
  // Koillismaa since the 1960s; almost 4 million kg of cheese a year, the second-largest cheese maker in
  // Finland); kaleva.fi 2017 (the Kuusamo dairy buys milk through Kuusamon Osuusmeijeri).
  actor(
    'kuusamon-juusto',
    'company',
    KUUSAMO,
    ['Kuusamon Juusto Oy', null, null],
    [
      'Suomen pohjoisin juustola, joka valmistaa Kuusamossa vuosittain lähes neljä miljoonaa kiloa emmentalia, edamia, goudaa ja muita juustoja.',
      'Finlands nordligaste ostmejeri, som i Kuusamo tillverkar nästan fyra miljoner kilo emmentaler, edamer, gouda och andra ostar per år.',
      'Finland’s northernmost cheese dairy, making almost four million kilos of Emmental, Edam, Gouda and other cheeses a year in Kuusamo.',
    ],
    { website: 'https://www.kuusamonjuusto.fi' },
  ),

  // Source: polkky.com "Taivalkoski municipality as a partner" (Pölkky bought the sawmill from Enso Oy in
  // 1997; investment and training programme; new planing mill, koillissanomat.fi).
  actor(
    'polkky-taivalkoski',
    'company',
    TAIVALKOSKI,
    ['Pölkky Oy, Taivalkosken saha', null, 'Pölkky Taivalkoski sawmill'],
    [
      'Pölkyn saha ja höyläämö Taivalkoskella; Pölkky osti sahan Enso Oy:ltä vuonna 1997.',
      'Pölkkys sågverk och hyvleri i Taivalkoski; Pölkky köpte sågverket av Enso Oy 1997.',
      'Pölkky’s sawmill and planing mill in Taivalkoski; Pölkky bought the sawmill from Enso Oy in 1997.',
    ],
    { tolCode: '16100' },
  ),
  // Source: polkky.com (Pölkky and Taivalkoski municipality own Taivalkosken Voima Oy, which makes district
  // heat from the sawmill's side streams).
  actor(
    'taivalkosken-voima',
    'company',
    TAIVALKOSKI,
    ['Taivalkosken Voima Oy', null, null],
    [
      'Tuottaa kaukolämpöä Pölkyn sahan sivuvirroista (puru, kuori) sahalle, kunnan kiinteistöille ja taajaman asukkaille.',
      'Producerar fjärrvärme av sidoströmmar (spån, bark) från Pölkkys sågverk för sågverket, kommunens fastigheter och tätortens invånare.',
      'Makes district heat from the Pölkky sawmill’s side streams (sawdust, bark) for the sawmill, municipal buildings and residents.',
    ],
  ),
  // Source: fi.wikipedia.org/wiki/Taivalkoski (OSAO's Taivalkoski unit trains mine workers, forest machine
  // operators, earth-moving machine operators and practical nurses).
  actor(
    'osao-taivalkoski',
    'education',
    TAIVALKOSKI,
    ['Oulun seudun ammattiopisto OSAO, Taivalkosken yksikkö', null, null],
    [
      'Ammatillista koulutusta: kaivostyö, metsäkoneen- ja maanrakennuskoneenkuljetus, lähihoitajat.',
      'Yrkesutbildning: gruvarbete, skogs- och jordbyggnadsmaskinförare, närvårdare.',
      'Vocational training: mine work, forest and earth-moving machine operation, practical nursing.',
    ],
  ),
  // Source: fi.wikipedia.org/wiki/Taivalkoski (Päätalo-instituutti, founded 1990, gives writing courses).
  actor(
    'paatalo-instituutti',
    'education',
    TAIVALKOSKI,
    ['Päätalo-instituutti', null, null],
    [
      'Vuonna 1990 perustettu kirjoittajakoulutusta antava instituutti Taivalkoskella.',
      'Institut för skrivutbildning i Taivalkoski, grundat 1990.',
      'Creative writing institute in Taivalkoski, founded in 1990.',
    ],
  ),
  // Sources: fi.wikipedia.org/wiki/Taivalkoski (young people and adults study at Taivalkosken lukio and
  // OSAO); sttinfo.fi 22.1.2026 (OSAO offers upper secondary studies with the Taivalkoski school).
  actor(
    'taivalkosken-lukio',
    'education',
    TAIVALKOSKI,
    ['Taivalkosken lukio', null, null],
    [
      'Taivalkosken lukio, jossa opiskelee sekä nuoria että aikuisia; yhteistyössä OSAOn kanssa.',
      'Gymnasiet i Taivalkoski, där både unga och vuxna studerar; samarbetar med OSAO.',
      'Taivalkoski upper secondary school for young people and adults; works with OSAO.',
    ],
  ),
  // Source: koillissanomat.fi (Taivalkosken Yrittäjät, about 85 members, met the municipality and
  // Naturpolis on business services).
  actor(
    'taivalkosken-yrittajat',
    'association',
    TAIVALKOSKI,
    ['Taivalkosken Yrittäjät ry', null, null],
    [
      'Noin 85 jäsenen paikallinen yrittäjäyhdistys.',
      'Lokal företagarförening med cirka 85 medlemmar.',
      'Local entrepreneurs’ association with about 85 members.',
    ],
  ),
  // Sources: saija.fi/en/company.html (Saija Oy, founded in 1990 on Lake Jokijärvi next to Kalle Päätalo's
  // childhood home; restaurant, accommodation and programme services); visittaivalkoski.fi "Responsible
  // tourism" (Saijan Lomakartano has the Sustainable Travel Finland label and the Green Key certificate).
  actor(
    'saijan-lomakartano',
    'company',
    TAIVALKOSKI,
    ['Saija Oy (Saijan Lomakartano)', null, 'Saija Lodge'],
    [
      'Vuonna 1990 perustettu matkailuyritys Jokijärvellä: ravintola-, majoitus- ja ohjelmapalveluja, Sustainable Travel Finland -merkki.',
      'Turistföretag vid Jokijärvi, grundat 1990: restaurang, logi och programtjänster, med märket Sustainable Travel Finland.',
      'Tourism company on Lake Jokijärvi, founded in 1990: restaurant, accommodation and activities, with the Sustainable Travel Finland label.',
    ],
    { website: 'https://www.saija.fi' },
  ),
  // Sources: visittaivalkoski.fi "Responsible tourism" (Hotel Herkko, one of the tourism firms operating in
  // Taivalkoski, has the Sustainable Travel Finland label and the Green Key certificate); hotelliherkko.com.
  actor(
    'hotelli-herkko',
    'company',
    TAIVALKOSKI,
    ['Hotelli Herkko', null, 'Hotel Herkko'],
    [
      'Taivalkoskella toimiva hotelli, jolla on Sustainable Travel Finland -merkki ja Green Key -sertifikaatti.',
      'Hotell i Taivalkoski med märket Sustainable Travel Finland och Green Key-certifikatet.',
      'Hotel in Taivalkoski holding the Sustainable Travel Finland label and the Green Key certificate.',
    ],
    { website: 'https://hotelliherkko.com' },
  ),
  // Sources: kaleva.fi (Experience KL Oy runs the Kylmäluoma trekking centre, Finland's oldest state hiking
  // area, in Taivalkoski); visittaivalkoski.fi "Responsible tourism" (the centre holds the Green Key).
  actor(
    'experience-kl',
    'company',
    TAIVALKOSKI,
    ['Experience KL Oy', null, null],
    [
      'Ylläpitää Green Key -sertifioitua Kylmäluoman retkeilykeskusta Suomen vanhimmalla valtion retkeilyalueella.',
      'Driver Kylmäluoma vandringscenter, certifierat med Green Key, i Finlands äldsta statliga strövområde.',
      'Runs the Green Key certified Kylmäluoma trekking centre in Finland’s oldest state hiking area.',
    ],
  ),
  // Sources: docplayer.fi "Taivalkosken matkailun kehittäminen, loppuraportti" (founded in 2003 to further
  // co-operation among tourism firms; 30 members in 2006); kainuunsanomat.fi (its board proposed joining the
  // Kylmäluoma hiking area to Hossa National Park).
  actor(
    'taivalkosken-matkailuyhdistys',
    'association',
    TAIVALKOSKI,
    ['Taivalkosken Matkailuyhdistys ry', null, null],
    [
      'Vuonna 2003 perustettu yhdistys, joka edistää Taivalkosken matkailuyritysten yhteistyötä ja alueen tunnettuutta.',
      'Förening grundad 2003 som främjar samarbetet mellan turistföretagen i Taivalkoski och områdets synlighet.',
      'Association founded in 2003 to further co-operation among Taivalkoski’s tourism firms and the area’s profile.',
    ],
  ),
  // Sources: wikiwand.com "Kallioniemi" (the foundation acquired Kalle Päätalo's childhood home in Jokijärvi
  // in 1990 and runs it as a home museum); blogit.kansanuutiset.fi (it keeps the Päätalo archive in the
  // Päätalo-keskus); maaseutuverkosto.fi (Leader project to repair the museum buildings, 2025).
  actor(
    'kallioniemi-saatio',
    'other',
    TAIVALKOSKI,
    ['Kallioniemi-Säätiö sr', null, null],
    [
      'Säätiö, joka ylläpitää Kalle Päätalon lapsuudenkotia Kallioniemeä kotimuseona ja hänen arkistoaan Päätalo-keskuksessa.',
      'Stiftelse som driver Kalle Päätalos barndomshem Kallioniemi som hemmuseum och hans arkiv i Päätalo-centret.',
      'Foundation that runs Kalle Päätalo’s childhood home Kallioniemi as a home museum and keeps his archive at the Päätalo Centre.',
    ],
  ),
  // Sources: iltalehti.fi 2021 (Taivalkosken Metsä-Veikot organised the Finnish Cup cross-country sprint in
  // Taivalkoski); metsaveikot85.fi (the Taivalvaara multipurpose building for the youth national championships
  // in skiing, March 2013).
  actor(
    'taivalkosken-metsa-veikot',
    'association',
    TAIVALKOSKI,
    ['Taivalkosken Metsä-Veikot', null, null],
    [
      'Taivalkoskelainen hiihtoseura, joka on järjestänyt Taivalvaarassa mm. nuorten SM-hiihdot (2013) ja Suomen cupin sprintin (2021).',
      'Skidklubb i Taivalkoski som i Taivalvaara har ordnat bl.a. FM i skidåkning för unga (2013) och en sprint i Finlandscupen (2021).',
      'Taivalkoski ski club that has hosted e.g. the national youth ski championships (2013) and a Finnish Cup sprint (2021).',
    ],
    { website: 'https://metsaveikot85.fi' },
  ),
];

export const KOILLISMAA_ACTOR_COMPETENCES: OrganisationCompetenceSeed[] = [
  ...offers('rukakeskus', 'matkailu', 'liikunta'),
  ...offers('kuusamon-uistin', 'kalastus'),
  ...offers('ruka-kuusamo-matkailuyhdistys', 'matkailu'),
  ...offers('metsahallitus-kuusamo', 'matkailu'),
  ...offers('oulun-yliopisto-oulanka', 'tki-palvelut', 'korkeakoulutus'),
  ...offers('finavia-kuusamo', 'matkailu'),
  ...offers('polkky', 'sahateollisuus', 'puunjalostus'),
  ...offers('polkky-taivalkoski', 'sahateollisuus'),
  ...offers('taivalkosken-voima', 'bioenergia', 'kiertotalous'),
  ...offers('osao-taivalkoski', 'ammatillinen-koulutus'),
  ...offers('paatalo-instituutti', 'ammatillinen-koulutus'),
  ...offers('taivalkosken-yrittajat', 'yrityspalvelut'),
  ...offers('naturpolis', 'yrityspalvelut', 'matkailu'),
  ...offers('kuusamo-hirsitalot', 'puurakentaminen', 'puunjalostus'),
  ...offers('kuusamon-juusto', 'elintarviketeollisuus', 'ruokaekosysteemi'),
  ...offers('saijan-lomakartano', 'matkailu'),
  ...offers('hotelli-herkko', 'matkailu'),
  ...offers('experience-kl', 'matkailu'),
  ...offers('taivalkosken-matkailuyhdistys', 'matkailu'),
  ...offers('kallioniemi-saatio', 'matkailu'),
  ...offers('taivalkosken-metsa-veikot', 'liikunta'),
  need(
    'kuusamo-city',
    'osaava-tyovoima',
    'Kuusamossa avautuu noin tuhat työpaikkaa vuosina 2023–2025; työvoimalle on suuri tarve (naturpolis.fi 13.4.2023).',
  ),
  need(
    'taivalkosken-yrittajat',
    'yrityspalvelut',
    'Yrittäjät toivovat kunnan tai Naturpoliksen kokoamaa palveluhakemistoa alueen yrityksistä ja selkeämpiä elinkeinopalveluja (koillissanomat.fi).',
  ),
];
