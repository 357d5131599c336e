/**
 * Vocabulary for the towns' key actors (actors-*.ts): the industries and services that public sources
 * name for the ten towns, in Finnish, Swedish and English. Themes are industries; the rest are services.
 */
import type { CompetenceSeed } from './types.js';

const entry =
  (isTheme: boolean) =>
  (slug: string, nameFi: string, nameSv: string, nameEn: string): CompetenceSeed => ({
    slug,
    nameFi,
    nameSv,
    nameEn,
    isTheme,
  });
const theme = entry(true);
const service = entry(false);

export const TOWN_COMPETENCES: CompetenceSeed[] = [
  theme('metalliteollisuus', 'metalliteollisuus', 'metallindustri', 'metal industry'),
  theme('terasteollisuus', 'terästeollisuus', 'stålindustri', 'steel industry'),
  theme('meriteollisuus', 'meriteollisuus', 'maritim industri', 'maritime industry'),
  theme('sahateollisuus', 'sahateollisuus', 'sågverksindustri', 'sawmill industry'),
  theme('puurakentaminen', 'puurakentaminen', 'träbyggande', 'wood construction'),
  theme('elintarviketeollisuus', 'elintarviketeollisuus', 'livsmedelsindustri', 'food industry'),
  theme('matkailu', 'matkailu', 'turism', 'tourism'),
  theme('uusiutuva-energia', 'uusiutuva energia', 'förnybar energi', 'renewable energy'),
  theme('maatalous', 'maatalous', 'jordbruk', 'agriculture'),
  theme('bioenergia', 'bioenergia', 'bioenergi', 'bioenergy'),
  theme('kalastus', 'kalastus ja kalatalous', 'fiske och fiskerinäring', 'fishing and fisheries'),
  service(
    'kaivosteknologia',
    'kaivos- ja tunnelointiteknologia',
    'gruv- och tunnelteknik',
    'mining and tunnelling technology',
  ),
  service('aaniteknologia', 'ääniteknologia', 'ljudteknik', 'audio technology'),
  service(
    'satamalogistiikka',
    'satama- ja logistiikkapalvelut',
    'hamn- och logistiktjänster',
    'port and logistics services',
  ),
  service(
    'ammatillinen-koulutus',
    'ammatillinen koulutus',
    'yrkesutbildning',
    'vocational education and training',
  ),
  service('korkeakoulutus', 'korkeakoulutus', 'högskoleutbildning', 'higher education'),
  service(
    'tki-palvelut',
    'tutkimus-, kehitys- ja innovaatiopalvelut',
    'forsknings-, utvecklings- och innovationstjänster',
    'research, development and innovation services',
  ),
  service(
    'yrityspalvelut',
    'elinkeino- ja yrityspalvelut',
    'närings- och företagstjänster',
    'business development services',
  ),
  service('osaava-tyovoima', 'osaava työvoima', 'kompetent arbetskraft', 'skilled workforce'),
];
