/**
 * EXAMPLE DATA — FICTIONAL. Nothing in this file is a fact about a real organisation.
 *
 * The towns' real actors (actors-*.ts) are too few, and too few have a certain industry code, for the
 * situational picture to find a specialisation (it needs five organisations of one TOL division in a town)
 * or communities and brokers to read. This file adds, for each of the ten towns, a handful of fictional
 * companies in the industry that public sources name as the town's own (the comment of each town says
 * which), with competence records and relations. The loader writes all of it with source 'example'; the
 * web marks it "Esimerkkiaineisto / Exempeldata / Example data" on the record and on every picture that
 * reads it; `solmu seed --remove-examples` deletes it and `SOLMU_DEMO=facts` never loads it.
 *
 * One fictional funding call (FUNDING_CALLS) is open on the forest bioeconomy ecosystem's themes: its
 * title begins "Esimerkki:", it has source 'example' and goes with the rest.
 *
 * Rules kept here (and tested): every example organisation is named "Esimerkki: …" and has no business
 * ID; every example relation has an example organisation at one end at least, so no relation between two
 * real organisations is ever invented.
 */
import { EXAMPLE_STRATEGIES } from './examples-strategies.js';
import { PIPELINE_EXAMPLES } from './examples-pipeline.js';
import type {
  ExampleData,
  ExampleFundingCallSeed,
  OrganisationCompetenceSeed,
  OrganisationSeed,
  RelationSeed,
} from './types.js';

/** Finnish, Swedish, English. */
type Tri = readonly [fi: string, sv: string, en: string];

type TownExamples = {
  /** Key prefix: example-<town>-a, -b, … */
  town: string;
  municipalityCode: string;
  /** The town's name: Finnish genitive, Swedish, English. */
  place: Tri;
  /** TOL 2008 division of the town's own industry. */
  tolCode: string;
  /** What each example company is: Finnish, Swedish, English. */
  sector: Tri;
  /** Competences each offers (vocabulary slugs); the first is the industry. */
  offers: [string, ...string[]];
  count: number;
  /** Real actors the examples are tied to (keys of actors-*.ts or organisations-towns.ts). */
  anchor?: string;
  school?: string;
  developer: string;
};

const LETTERS = 'ABCDEFGH';

const TOWNS: TownExamples[] = [
  // Savonlinna: wood processing (UPM Plywood and Metsä Wood mills, actors-savo.ts; seed 002's forest bioeconomy).
  {
    town: 'savonlinna',
    municipalityCode: '740',
    place: ['Savonlinnan', 'i Nyslott', 'in Savonlinna'],
    tolCode: '16',
    sector: ['puutuoteyritys', 'träproduktföretag', 'wood products company'],
    offers: ['puunjalostus', 'puurakentaminen'],
    count: 3,
    anchor: 'upm-plywood-savonlinna',
    school: 'samiedu',
    developer: 'savonlinnan-hankekehitys',
  },
  // Iisalmi: machinery (Normet, Ponsse in the region; actors-savo.ts).
  {
    town: 'iisalmi',
    municipalityCode: '140',
    place: ['Iisalmen', 'i Idensalmi', 'in Iisalmi'],
    tolCode: '28',
    sector: ['konepaja', 'verkstad', 'machine shop'],
    offers: ['teknologiateollisuus', 'liikkuvat-tyokoneet'],
    count: 4,
    anchor: 'normet',
    school: 'ysao',
    developer: 'iisalmen-teollisuuskyla',
  },
  // Raahe: industrial maintenance around the steel works (SSAB Raahe; actors-ostrobothnia.ts).
  {
    town: 'raahe',
    municipalityCode: '678',
    place: ['Raahen', 'i Brahestad', 'in Raahe'],
    tolCode: '33',
    sector: ['kunnossapitoyritys', 'underhållsföretag', 'maintenance company'],
    offers: ['terasteollisuus', 'metalliteollisuus'],
    count: 5,
    anchor: 'ssab-raahe',
    school: 'brahe',
    developer: 'raahe-city',
  },
  // Kristiinankaupunki: agriculture (coastline.fi, kuntaliitto.fi: every third table potato; actors-ostrobothnia.ts).
  {
    town: 'kristiinankaupunki',
    municipalityCode: '287',
    place: ['Kristiinankaupungin', 'i Kristinestad', 'in Kristinestad'],
    tolCode: '01',
    sector: ['perunatila', 'potatisgård', 'potato farm'],
    offers: ['maatalous', 'ruokaekosysteemi'],
    count: 5,
    developer: 'kristiinankaupungin-elinkeinokeskus',
  },
  // Heinola: sawn timber (Versowood at Vierumäki; actors-heinola-rauma.ts).
  {
    town: 'heinola',
    municipalityCode: '111',
    place: ['Heinolan', 'i Heinola', 'in Heinola'],
    tolCode: '16',
    sector: ['puutuoteyritys', 'träproduktföretag', 'wood products company'],
    offers: ['sahateollisuus', 'puunjalostus'],
    count: 4,
    anchor: 'versowood-vierumaki',
    school: 'salpaus-heinola',
    developer: 'heinola-city',
  },
  // Kauhajoki: food industry (Atria's Kauhajoki unit; actors-ostrobothnia.ts).
  {
    town: 'kauhajoki',
    municipalityCode: '232',
    place: ['Kauhajoen', 'i Kauhajoki', 'in Kauhajoki'],
    tolCode: '10',
    sector: ['elintarvikeyritys', 'livsmedelsföretag', 'food company'],
    offers: ['elintarviketeollisuus', 'ruokaekosysteemi'],
    count: 4,
    anchor: 'atria-kauhajoki',
    developer: 'kauhajoki-city',
  },
  // Keuruu: metal products (HT Laser, Suomen Vesileikkaus; actors-kauhajoki-keuruu.ts).
  {
    town: 'keuruu',
    municipalityCode: '249',
    place: ['Keuruun', 'i Keuru', 'in Keuruu'],
    tolCode: '25',
    sector: ['metallialan alihankkija', 'underleverantör inom metallindustrin', 'metal subcontractor'],
    offers: ['metalliteollisuus', 'teknologiateollisuus'],
    count: 3,
    anchor: 'ht-laser',
    developer: 'keulink',
  },
  // Rauma: shipbuilding (Rauma Marine Constructions, Seaside Industry Park; actors-heinola-rauma.ts).
  {
    town: 'rauma',
    municipalityCode: '684',
    place: ['Rauman', 'i Raumo', 'in Rauma'],
    tolCode: '30',
    sector: ['meriteollisuuden alihankkija', 'underleverantör inom marinindustrin', 'marine subcontractor'],
    offers: ['meriteollisuus', 'metalliteollisuus'],
    count: 4,
    anchor: 'rauma-marine-constructions',
    school: 'samk-rauma',
    developer: 'seaside-industry-rauma',
  },
  // Kuusamo: tourism (Ruka, Ruka-Kuusamo Matkailuyhdistys; actors-koillismaa.ts).
  {
    town: 'kuusamo',
    municipalityCode: '305',
    place: ['Kuusamon', 'i Kuusamo', 'in Kuusamo'],
    tolCode: '55',
    sector: ['majoitusyritys', 'inkvarteringsföretag', 'accommodation company'],
    offers: ['matkailu'],
    count: 5,
    anchor: 'ruka-kuusamo-matkailuyhdistys',
    developer: 'naturpolis',
  },
  // Taivalkoski: sawn timber (Pölkky's Taivalkoski sawmill; actors-koillismaa.ts).
  {
    town: 'taivalkoski',
    municipalityCode: '832',
    place: ['Taivalkosken', 'i Taivalkoski', 'in Taivalkoski'],
    tolCode: '16',
    sector: ['puutuoteyritys', 'träproduktföretag', 'wood products company'],
    offers: ['sahateollisuus', 'puunjalostus'],
    count: 4,
    anchor: 'polkky-taivalkoski',
    school: 'osao-taivalkoski',
    developer: 'taivalkoski-municipality',
  },
];

const ABOUT: Tri = [
  'Kuvitteellinen esimerkkiyritys (esimerkkiaineisto), joka näyttää, mitä tilannekuvan analyysi tekee. Ei todellinen yritys.',
  'Fiktivt exempelföretag (exempeldata) som visar vad lägesbildens analys gör. Inte ett verkligt företag.',
  'A fictional example company (example data) that shows what the situational picture’s analysis does. Not a real company.',
];

const keyOf = (t: TownExamples, i: number) => `example-${t.town}-${LETTERS[i]!.toLowerCase()}`;

function organisations(t: TownExamples): OrganisationSeed[] {
  return Array.from({ length: t.count }, (_, i) => ({
    key: keyOf(t, i),
    kind: 'company',
    nameFi: `Esimerkki: ${t.place[0]} ${t.sector[0]} ${LETTERS[i]}`,
    nameSv: `Exempel: ${t.sector[1]} ${LETTERS[i]} ${t.place[1]}`,
    nameEn: `Example: ${t.sector[2]} ${LETTERS[i]} ${t.place[2]}`,
    municipalityCode: t.municipalityCode,
    tolCode: t.tolCode,
    descriptionFi: ABOUT[0],
    descriptionSv: ABOUT[1],
    descriptionEn: ABOUT[2],
    isPublic: false,
  }));
}

function competences(t: TownExamples): OrganisationCompetenceSeed[] {
  return Array.from({ length: t.count }, (_, i) => [
    ...t.offers.map((competence) => ({ org: keyOf(t, i), direction: 'offer' as const, competence })),
    ...(i === 0
      ? [
          {
            org: keyOf(t, i),
            direction: 'need' as const,
            competence: 'osaava-tyovoima',
            description: NEED_NOTE,
          },
        ]
      : []),
  ]).flat();
}

const NEED_NOTE = 'Esimerkkiaineisto: kuvitteellinen osaamistarve.';
const EXAMPLE_NOTE = 'Esimerkkiaineisto: kuvitteellinen suhde, joka näyttää analyysin toiminnan.';

/**
 * Two small groups in each town, joined through the development company: the examples' supply chain
 * with the town's anchor employer, and the rest with the school; the picture then finds communities
 * and a broker between them.
 */
function relations(t: TownExamples): RelationSeed[] {
  const ex = Array.from({ length: t.count }, (_, i) => keyOf(t, i));
  const half = Math.ceil(ex.length / 2);
  const rel = (from: string, to: string, kind: RelationSeed['kind']): RelationSeed => ({
    from,
    to,
    kind,
    description: EXAMPLE_NOTE,
  });
  const out: RelationSeed[] = [];
  for (let i = 1; i < ex.length; i++) {
    if (i !== half) out.push(rel(ex[i - 1]!, ex[i]!, i < half ? 'supply_chain' : 'collaboration'));
  }
  if (t.anchor) for (const e of ex.slice(0, half)) out.push(rel(e, t.anchor, 'supply_chain'));
  if (t.school) for (const e of ex.slice(half)) out.push(rel(t.school, e, 'education'));
  out.push(rel(t.developer, ex[0]!, 'collaboration'));
  out.push(rel(t.developer, ex[ex.length - 1]!, 'collaboration'));
  return out;
}

/**
 * A fictional open call on the themes of Savonlinna's forest bioeconomy ecosystem (networks.ts), so the
 * overview's "open calls that fit" has one to show whenever the demo is loaded. No opener: a real
 * organisation would be named as opening a call it never opened.
 */
const FUNDING_CALLS: ExampleFundingCallSeed[] = [
  {
    titleFi: 'Esimerkki: Metsäbiotalouden ja puunjalostuksen kehittämishaku',
    titleSv: 'Exempel: Utvecklingsutlysning för skogsbioekonomi och träförädling',
    titleEn: 'Example: Development call for forest bioeconomy and wood processing',
    descriptionFi:
      'Esimerkkiaineisto: kuvitteellinen haku, joka näyttää, miten ekosysteemin teemoihin sopivat avoimet haut nousevat esiin.',
    descriptionSv:
      'Exempeldata: en fiktiv utlysning som visar hur öppna utlysningar som passar ekosystemets teman lyfts fram.',
    descriptionEn:
      'Example data: a fictional call that shows how open calls fitting an ecosystem’s themes are brought forward.',
    programme: 'Esimerkki',
    themes: ['metsäbiotalous', 'puunjalostus'],
    deadlineInDays: 75,
    rules: [
      { kind: 'minOrganisations', count: 3 },
      { kind: 'requiredOrganisationKinds', kinds: ['rdi', 'company'] },
    ],
  },
];

/**
 * The fictional roster data; the mapping rounds, the workshop and the public pages' examples come from
 * their own files (see index.ts).
 */
export const EXAMPLES: Omit<
  ExampleData,
  | 'mappingRounds'
  | 'workshops'
  | 'publicStories'
  | 'publicConsents'
  | 'events'
  | 'pictureReports'
  | 'webhooks'
> = {
  organisations: TOWNS.flatMap(organisations),
  organisationCompetences: TOWNS.flatMap(competences),
  relations: TOWNS.flatMap(relations),
  contacts: PIPELINE_EXAMPLES,
  fundingCalls: FUNDING_CALLS,
  strategies: EXAMPLE_STRATEGIES,
};
