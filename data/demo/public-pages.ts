/**
 * The public "Invest in" pages of the network project's ten towns, of Savonlinna's forest bioeconomy
 * ecosystem and of the town network, published (issue 17). Intros are written from public knowledge of
 * each town (a source comment each; inhabitants rounded from Statistics Finland's population figures of
 * 2023). Contacts are role addresses only, and only where the town publishes one on its own website
 * (the registry, "kirjaamo"); where none was found the page has none, never an invented address.
 */
import { SAVONLINNA_ECOSYSTEM, TOWN_NETWORK } from './networks.js';
import type { PublicPageSeed } from './types.js';

type Tri = [fi: string, sv: string, en: string];

/** The town's registry address as its website publishes it (source: the town's website, contacts page). */
const registry = (email: string) => [
  { role: { fi: 'Kaupungin kirjaamo', sv: 'Stadens registratur', en: 'City registry office' }, email },
];

function town(
  workspace: string,
  municipalityCode: string,
  path: string,
  intro: Tri,
  contacts: PublicPageSeed['contacts'] = [],
): PublicPageSeed {
  const [introFi, introSv, introEn] = intro;
  return { workspace, scope: { municipalityCode }, path, introFi, introSv, introEn, contacts };
}

export const PUBLIC_PAGES: PublicPageSeed[] = [
  // Source: iisalmi.fi (the town and its business life), Statistics Finland (population).
  town(
    'iisalmi',
    '140',
    'iisalmi',
    [
      'Iisalmi on noin 21 000 asukkaan Ylä-Savon keskuskaupunki Pohjois-Savossa. Sen elinkeinoelämää leimaavat juoma- ja elintarviketeollisuus sekä kone- ja teknologiateollisuus, ja kaupunki on seutukaupunkien innovaatioekosysteemiverkoston päätoteuttaja.',
      'Idensalmi är centralstad i Övre Savolax i Norra Savolax med cirka 21 000 invånare. Näringslivet präglas av dryckes- och livsmedelsindustri samt maskin- och teknologiindustri, och staden är huvudgenomförare av regionstädernas nätverk av innovationsekosystem.',
      'Iisalmi, a town of about 21,000 people, is the centre of Upper Savo in North Savo. Its business life is marked by the beverage and food industry and by machinery and technology industry, and the town leads the regional towns’ innovation ecosystem network project.',
    ],
    registry('kirjaamo@iisalmi.fi'),
  ),
  // Source: savonlinna.fi (the town, Olavinlinna, the opera festival), Statistics Finland (population).
  town(
    'savonlinna',
    '740',
    'savonlinna',
    [
      'Savonlinna on noin 32 000 asukkaan kaupunki Etelä-Savossa Saimaan keskellä. Sen vahvuuksia ovat metsäbiotalous, puunjalostus ja teknologiateollisuus sekä matkailu ja kulttuuri, jotka tunnetaan Olavinlinnasta ja Savonlinnan Oopperajuhlista.',
      'Nyslott är en stad med cirka 32 000 invånare i Södra Savolax mitt i Saimen. Dess styrkor är skogsbioekonomi, träförädling och teknologiindustri samt turism och kultur, kända från Olofsborg och Operafestspelen i Nyslott.',
      'Savonlinna is a town of about 32,000 people in South Savo, in the middle of Lake Saimaa. Its strengths are the forest bioeconomy, wood processing and technology industry, and tourism and culture, known for Olavinlinna castle and the Savonlinna Opera Festival.',
    ],
    registry('kirjaamo@savonlinna.fi'),
  ),
  // Source: raahe.fi (the town, its steelworks and port), Statistics Finland (population).
  town('raahe', '678', 'raahe', [
    'Raahe on noin 24 000 asukkaan rannikkokaupunki Pohjois-Pohjanmaalla. Kaupunki tunnetaan terästeollisuudestaan, syväväylän satamastaan ja puutalojen vanhasta kaupungista, ja alueella kehitetään vihreän teräksen ja energian hankkeita.',
    'Brahestad är en kuststad i Norra Österbotten med cirka 24 000 invånare. Staden är känd för sin stålindustri, sin djuphamn och sin gamla trästad, och i regionen utvecklas projekt för grönt stål och energi.',
    'Raahe is a coastal town of about 24,000 people in North Ostrobothnia. It is known for its steel industry, its deep-water port and its old wooden town, and the region develops green steel and energy projects.',
  ]),
  // Source: kristinestad.fi (the town, bilingualism, energy projects), Statistics Finland (population).
  town('kristiinankaupunki', '287', 'kristiinankaupunki', [
    'Kristiinankaupunki on noin 6 000 asukkaan kaksikielinen rannikkokaupunki Pohjanmaalla. Sen vanha puukaupunki on yksi Suomen parhaiten säilyneistä, ja kaupungin satama ja energia-alueet houkuttelevat tuuli-, aurinko- ja vetyenergian hankkeita.',
    'Kristinestad är en tvåspråkig kuststad i Österbotten med cirka 6 000 invånare. Dess gamla trästad är en av de bäst bevarade i Finland, och stadens hamn och energiområden lockar projekt inom vind-, sol- och vätgasenergi.',
    'Kristinestad is a bilingual coastal town of about 6,000 people in Ostrobothnia. Its old wooden town is one of the best preserved in Finland, and its port and energy sites attract wind, solar and hydrogen energy projects.',
  ]),
  // Source: heinola.fi (the town, Vierumäki), Statistics Finland (population).
  town(
    'heinola',
    '111',
    'heinola',
    [
      'Heinola on noin 18 000 asukkaan kaupunki Päijät-Hämeessä valtatie 4:n varrella. Kaupungin elinkeinoja ovat metsä- ja puunjalostusteollisuus sekä urheilu ja hyvinvointi, joiden keskus on Vierumäki.',
      'Heinola är en stad med cirka 18 000 invånare i Päijänne-Tavastland längs riksväg 4. Stadens näringar är skogs- och träförädlingsindustri samt idrott och välmående med Vierumäki som centrum.',
      'Heinola is a town of about 18,000 people in Päijät-Häme on highway 4. Its industries are forest and wood processing, and sport and wellbeing centred on Vierumäki.',
    ],
    registry('kirjaamo@heinola.fi'),
  ),
  // Source: kauhajoki.fi (the town and its business life), Statistics Finland (population).
  town(
    'kauhajoki',
    '232',
    'kauhajoki',
    [
      'Kauhajoki on noin 12 000 asukkaan kaupunki Etelä-Pohjanmaalla. Sen elinkeinoelämän vahvuuksia ovat metalli- ja konepajateollisuus, elintarviketuotanto ja yrittäjyys, ja kaupungissa toimii useita oppilaitoksia.',
      'Kauhajoki är en stad med cirka 12 000 invånare i Södra Österbotten. Näringslivets styrkor är metall- och verkstadsindustri, livsmedelsproduktion och företagande, och i staden finns flera läroanstalter.',
      'Kauhajoki is a town of about 12,000 people in South Ostrobothnia. Its business strengths are metal and engineering industry, food production and entrepreneurship, and it has several educational institutions.',
    ],
    registry('kirjaamo@kauhajoki.fi'),
  ),
  // Source: keuruu.fi (the town, Haapamäki, printing industry), Statistics Finland (population).
  town('keuruu', '249', 'keuruu', [
    'Keuruu on noin 9 500 asukkaan kaupunki Keski-Suomessa Keurusselän rannalla. Kaupunki tunnetaan painoteollisuudestaan, Haapamäen rautatieperinteestä ja luontomatkailusta.',
    'Keuruu är en stad med cirka 9 500 invånare i Mellersta Finland vid Keurusselkä. Staden är känd för sin tryckeriindustri, järnvägstraditionen i Haapamäki och naturturism.',
    'Keuruu is a town of about 9,500 people in Central Finland on Lake Keurusselkä. It is known for its printing industry, the railway heritage of Haapamäki and nature tourism.',
  ]),
  // Source: rauma.fi (the town, Old Rauma, port and industry), Statistics Finland (population).
  town(
    'rauma',
    '684',
    'rauma',
    [
      'Rauma on noin 39 000 asukkaan satama- ja teollisuuskaupunki Satakunnassa. Sen vahvuuksia ovat metsäteollisuus, meriteollisuus ja laivanrakennus sekä satama, ja Vanha Rauma kuuluu Unescon maailmanperintöluetteloon.',
      'Raumo är en hamn- och industristad med cirka 39 000 invånare i Satakunta. Dess styrkor är skogsindustri, marin industri och skeppsbyggnad samt hamnen, och Gamla Raumo hör till Unescos världsarvslista.',
      'Rauma is a port and industrial town of about 39,000 people in Satakunta. Its strengths are the forest industry, the marine industry and shipbuilding, and its port; Old Rauma is a UNESCO World Heritage site.',
    ],
    registry('kirjaamo@rauma.fi'),
  ),
  // Source: kuusamo.fi and naturpolis.fi (Koillismaa, Ruka, Oulanka), Statistics Finland (population).
  town('naturpolis', '305', 'kuusamo', [
    'Kuusamo on noin 15 000 asukkaan kaupunki Koillismaalla Pohjois-Pohjanmaalla. Sen vetovoima perustuu luontoon ja matkailuun, kuten Rukaan ja Oulangan kansallispuistoon, sekä puu- ja hirsitaloteollisuuteen. Elinkeinopalveluista vastaa Naturpolis.',
    'Kuusamo är en stad med cirka 15 000 invånare i Koillismaa i Norra Österbotten. Dess dragningskraft bygger på natur och turism, som Ruka och Oulanka nationalpark, samt trä- och timmerhusindustri. Näringslivstjänsterna sköts av Naturpolis.',
    'Kuusamo is a town of about 15,000 people in Koillismaa, North Ostrobothnia. Its attraction rests on nature and tourism, such as Ruka and Oulanka National Park, and on wood and log house industry. Naturpolis provides its business services.',
  ]),
  // Source: taivalkoski.fi and naturpolis.fi (the municipality and its industry), Statistics Finland (population).
  town('naturpolis', '832', 'taivalkoski', [
    'Taivalkoski on noin 3 700 asukkaan kunta Koillismaalla Pohjois-Pohjanmaalla. Sen elinkeinoja ovat puunjalostus, metsätalous ja luontomatkailu, ja elinkeinopalveluista vastaa Naturpolis yhdessä Kuusamon kanssa.',
    'Taivalkoski är en kommun med cirka 3 700 invånare i Koillismaa i Norra Österbotten. Dess näringar är träförädling, skogsbruk och naturturism, och näringslivstjänsterna sköts av Naturpolis tillsammans med Kuusamo.',
    'Taivalkoski is a municipality of about 3,700 people in Koillismaa, North Ostrobothnia. Its industries are wood processing, forestry and nature tourism, and Naturpolis provides its business services together with Kuusamo.',
  ]),
  // Source: the ecosystem's own description (seed 004, networks.ts).
  {
    workspace: 'savonlinna',
    scope: { ecosystem: SAVONLINNA_ECOSYSTEM },
    path: 'savonlinna/metsabiotalous',
    introFi:
      'Savonlinnan metsäbiotalouden innovaatioekosysteemi kokoaa puunjalostus- ja teknologiateollisuuden yritykset, oppilaitokset, TKI-toimijat ja kaupungin. Yhteiset tavoitteet vuoteen 2027 on laadittu yhdessä, ja ekosysteemi etsii kumppaneita ja investointeja puun uusiin käyttötapoihin.',
    introSv:
      'Nyslotts innovationsekosystem för skogsbioekonomi samlar företag inom träförädlings- och teknologiindustri, läroanstalter, FUI-aktörer och staden. De gemensamma målen till 2027 har tagits fram tillsammans, och ekosystemet söker partner och investeringar i nya användningar av trä.',
    introEn:
      'Savonlinna’s forest bioeconomy innovation ecosystem brings together wood-processing and technology companies, educational institutions, RDI actors and the city. Its shared goals to 2027 were drafted together, and it seeks partners and investment in new uses of wood.',
    contacts: registry('kirjaamo@savonlinna.fi'),
  },
  // Source: the network's own description (seed 002, networks.ts).
  {
    workspace: 'iisalmi',
    scope: { network: TOWN_NETWORK },
    path: TOWN_NETWORK,
    introFi:
      'Seutukaupunkien innovaatioekosysteemiverkostossa on mukana 10 kuntaa tai kaupunkia kahdeksasta maakunnasta. Kaupungit kehittävät alueellisia innovaatioekosysteemejään yhdessä, oppivat toisiltaan ja käyttävät verkoston voimaa näkyvyyteen ja vetovoimaan.',
    introSv:
      'I regionstädernas nätverk av innovationsekosystem deltar 10 kommuner eller städer från åtta landskap. Städerna utvecklar sina regionala innovationsekosystem tillsammans, lär av varandra och använder nätverkets styrka för synlighet och attraktionskraft.',
    introEn:
      'The regional towns’ innovation ecosystem network brings together 10 municipalities and towns from eight regions. The towns develop their regional innovation ecosystems together, learn from each other and use the network’s strength for visibility and attraction.',
    contacts: registry('kirjaamo@iisalmi.fi'),
  },
];
