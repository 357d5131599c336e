/**
 * Solmu's themes (the vocabulary's competences marked as themes, by slug) in ECCP's terms: the
 * sectors, the EU industrial ecosystems and the emerging industries a cluster working on the theme would
 * tick on its ECCP profile. Solmu's own judgement, one row per theme, written down so that a person can
 * see and correct it (docs/formats.md, "ECCP cluster profile"); a theme without a row is reported as
 * unmapped, never guessed.
 */
import type { EccpSector, EmergingIndustry, IndustrialEcosystem } from './eccp.js';

export type EccpThemeMapping = {
  sectors: readonly EccpSector[];
  ecosystems: readonly IndustrialEcosystem[];
  emerging: readonly EmergingIndustry[];
};

const row = (
  sectors: readonly EccpSector[],
  ecosystems: readonly IndustrialEcosystem[],
  emerging: readonly EmergingIndustry[] = [],
): EccpThemeMapping => ({ sectors, ecosystems, emerging });

const HEALTH_TECH = row(
  ['Medical devices', 'Biopharmaceuticals'],
  ['Health', 'Digital'],
  ['Medical devices'],
);
const CIRCULAR = row(
  ['Environmental services'],
  ['Energy-intensive industries'],
  ['Environmental industries'],
);
const URBAN_DIGITAL = row(
  ['Information technology and analytical instruments'],
  ['Digital', 'Construction'],
  ['Digital industries'],
);
const ECOSYSTEM_WORK = row(['Business services'], ['Proximity, social economy and civil society']);
const FOOD = row(['Food processing and manufacturing'], ['Agri-food']);
const SPORT = row(['Hospitality and tourism'], ['Tourism', 'Health'], ['Experience industries']);
const INDUSTRY = row(
  ['Production technology and heavy machinery', 'Metalworking technology'],
  ['Energy-intensive industries', 'Electronics'],
);

export const ECCP_THEME_MAPPING: Readonly<Record<string, EccpThemeMapping>> = {
  // The seeds' themes (Savonlinna's ecosystem, the lead projects, Seinäjoki's call).
  metsabiotalous: row(['Forestry', 'Wood products', 'Paper and packaging'], ['Energy-intensive industries']),
  puunjalostus: row(
    ['Wood products', 'Paper and packaging'],
    ['Energy-intensive industries', 'Construction'],
  ),
  teknologiateollisuus: INDUSTRY,
  'vihrea-sahkoistaminen': row(
    ['Electric power generation and transmission', 'Lighting and electrical equipment'],
    ['Energy-renewables', 'Energy-intensive industries'],
    ['Environmental industries'],
  ),
  akkukemikaalit: row(
    ['Upstream chemical products', 'Metal mining'],
    ['Energy-intensive industries', 'Mobility-Transport-Automotive'],
  ),
  'liikkuvat-tyokoneet': row(
    ['Production technology and heavy machinery', 'Automotive'],
    ['Mobility-Transport-Automotive'],
    ['Mobility technologies'],
  ),
  fotoniikka: row(['Information technology and analytical instruments'], ['Electronics', 'Digital']),
  liikunta: SPORT,
  'digitaalinen-terveysteknologia': HEALTH_TECH,
  ruokaekosysteemi: FOOD,
  'alykas-teollisuus': row(
    ['Production technology and heavy machinery', 'Information technology and analytical instruments'],
    ['Digital', 'Electronics'],
    ['Digital industries'],
  ),
  kiertotalous: CIRCULAR,
  // The towns' industries (their key actors).
  metalliteollisuus: row(
    ['Metalworking technology', 'Upstream metal manufacturing'],
    ['Energy-intensive industries'],
  ),
  terasteollisuus: row(['Upstream metal manufacturing'], ['Energy-intensive industries']),
  meriteollisuus: row(
    ['Water transportation', 'Production technology and heavy machinery'],
    ['Mobility-Transport-Automotive'],
    ['Blue growth industries'],
  ),
  sahateollisuus: row(['Wood products', 'Forestry'], ['Energy-intensive industries', 'Construction']),
  puurakentaminen: row(['Wood products', 'Construction products and services'], ['Construction']),
  elintarviketeollisuus: FOOD,
  matkailu: row(['Hospitality and tourism'], ['Tourism'], ['Experience industries']),
  'uusiutuva-energia': row(['Electric power generation and transmission'], ['Energy-renewables']),
  maatalous: row(['Agricultural inputs and services'], ['Agri-food']),
  bioenergia: row(['Electric power generation and transmission', 'Forestry'], ['Energy-renewables']),
  kalastus: row(['Fishing and fishing products'], ['Agri-food'], ['Blue growth industries']),
  // The Innokaupungit agreements' and the network project's themes.
  'kestavat-kaupunkiratkaisut': URBAN_DIGITAL,
  'hyvinvointi-ja-terveysteknologia': HEALTH_TECH,
  'digitaaliset-osaamisratkaisut': row(
    ['Education and knowledge creation', 'Information technology and analytical instruments'],
    ['Digital'],
    ['Digital industries'],
  ),
  'ekosysteemien-kehittaminen': ECOSYSTEM_WORK,
  'teollisuuden-uudistuminen': INDUSTRY,
  'life-science': row(['Biopharmaceuticals', 'Medical devices'], ['Health'], ['Biopharmaceuticals']),
  'kaupunkiympariston-digitalisaatio': URBAN_DIGITAL,
  ouluhealth: HEALTH_TECH,
  'puhtaat-ratkaisut': CIRCULAR,
  'terveyden-edistaminen': row(['Medical devices', 'Business services'], ['Health']),
  'hiilineutraali-kiertotalous': CIRCULAR,
  urheiluliiketoiminta: SPORT,
  'bio-ja-kiertotalous': row(
    ['Forestry', 'Environmental services'],
    ['Energy-intensive industries', 'Agri-food'],
    ['Environmental industries'],
  ),
  fotoniikkaliiketoiminta: row(
    ['Information technology and analytical instruments'],
    ['Electronics', 'Digital'],
  ),
  terveysteknologia: HEALTH_TECH,
  vesiosaaminen: row(
    ['Environmental services'],
    ['Proximity, social economy and civil society'],
    ['Environmental industries'],
  ),
  teknologiametallit: row(['Metal mining', 'Upstream metal manufacturing'], ['Energy-intensive industries']),
  'automaatio-ja-robotiikka': row(
    ['Production technology and heavy machinery', 'Information technology and analytical instruments'],
    ['Electronics', 'Digital'],
    ['Digital industries'],
  ),
  'alykas-vihrea-kasvu': row(
    ['Environmental services', 'Electric power generation and transmission'],
    ['Energy-renewables', 'Digital'],
    ['Environmental industries'],
  ),
  'ruokaekosysteemin-uudistuminen': FOOD,
  'yhdyskuntavesien-kiertotalous': row(
    ['Environmental services'],
    ['Construction'],
    ['Environmental industries'],
  ),
  innovaatioekosysteemit: ECOSYSTEM_WORK,
  seutukaupungit: ECOSYSTEM_WORK,
};
