/**
 * Words users write in spreadsheets for the domain's controlled vocabularies (src/domain/enums.ts), in
 * Finnish, Swedish and English. The code itself ('project_partner', 'project partner') is always accepted.
 * Matching is on folded text (see cells.ts: case, ä/ö/å and punctuation do not matter).
 */
import {
  COMPETENCE_DIRECTIONS,
  EVENT_KINDS,
  LAWFUL_BASES,
  ORGANISATION_KINDS,
  RELATION_KINDS,
  RELATION_SOURCES,
  SIZE_CLASSES,
} from '../../domain/enums.js';
import { fold } from './cells.js';

type Words<C extends string> = Record<C, readonly string[]>;

function vocabulary<C extends string>(codes: readonly C[], words: Words<C>): ReadonlyMap<string, C> {
  const map = new Map<string, C>();
  for (const code of codes) {
    for (const word of [code, code.replace(/_/g, ' '), ...words[code]]) map.set(fold(word), code);
  }
  return map;
}

export const ORGANISATION_KIND_WORDS = vocabulary(ORGANISATION_KINDS, {
  company: ['yritys', 'yhtiö', 'företag', 'bolag', 'business'],
  education: [
    'oppilaitos',
    'koulutus',
    'koulu',
    'korkeakoulu',
    'ammattikorkeakoulu',
    'yliopisto',
    'läroanstalt',
    'utbildning',
    'skola',
    'högskola',
    'universitet',
    'school',
    'university',
  ],
  rdi: [
    'tki',
    'tki toimija',
    'tutkimus',
    'tutkimuslaitos',
    'fui',
    'fui aktör',
    'forskning',
    'forskningsinstitut',
    'research',
    'r&d',
  ],
  municipality: ['kunta', 'kaupunki', 'kommun', 'stad', 'town', 'city'],
  development_company: [
    'kehitysyhtiö',
    'elinkeinoyhtiö',
    'kehittämisyhtiö',
    'utvecklingsbolag',
    'näringslivsbolag',
    'development agency',
  ],
  funder: ['rahoittaja', 'finansiär', 'financier'],
  association: ['yhdistys', 'järjestö', 'förening', 'ngo'],
  public_agency: [
    'viranomainen',
    'virasto',
    'julkinen toimija',
    'myndighet',
    'ämbetsverk',
    'agency',
    'authority',
  ],
  other: ['muu', 'annan', 'övrig'],
});

export const SIZE_CLASS_WORDS = vocabulary(SIZE_CLASSES, {
  micro: ['mikro', 'mikroyritys', 'mikroföretag'],
  small: ['pieni', 'pienyritys', 'liten', 'småföretag'],
  medium: ['keskisuuri', 'medelstor', 'medelstort'],
  large: ['suuri', 'iso', 'suuryritys', 'stor', 'storföretag'],
  unknown: ['tuntematon', 'ei tiedossa', 'okänd'],
});

export const LAWFUL_BASIS_WORDS = vocabulary(LAWFUL_BASES, {
  consent: ['suostumus', 'samtycke'],
  contract: ['sopimus', 'avtal'],
  legal_obligation: ['lakisääteinen velvoite', 'rättslig förpliktelse'],
  vital_interests: ['elintärkeä etu', 'grundläggande intresse', 'vitalt intresse', 'vital interest'],
  public_task: [
    'yleinen etu',
    'julkinen tehtävä',
    'yleistä etua koskeva tehtävä',
    'allmänt intresse',
    'uppgift av allmänt intresse',
    'public interest',
  ],
  legitimate_interests: ['oikeutettu etu', 'berättigat intresse', 'legitimate interest'],
});

export const COMPETENCE_DIRECTION_WORDS = vocabulary(COMPETENCE_DIRECTIONS, {
  offer: [
    'tarjonta',
    'osaaminen',
    'tarjoaa',
    'vahvuus',
    'erbjudande',
    'erbjuder',
    'kompetens',
    'offers',
    'supply',
    'strength',
  ],
  need: ['tarve', 'osaamistarve', 'tarvitsee', 'behov', 'kompetensbehov', 'needs', 'demand'],
});

export const RELATION_KIND_WORDS = vocabulary(RELATION_KINDS, {
  collaboration: ['yhteistyö', 'kumppanuus', 'samarbete', 'partnerskap', 'cooperation', 'partnership'],
  project_partner: ['hankekumppani', 'hanke', 'projektikumppani', 'projektpartner', 'projekt', 'project'],
  supply_chain: [
    'toimitusketju',
    'alihankinta',
    'toimittaja',
    'leveranskedja',
    'underleverantör',
    'leverantör',
    'supplier',
    'subcontracting',
  ],
  customer: ['asiakas', 'asiakkuus', 'kund', 'client'],
  education: ['koulutus', 'harjoittelu', 'utbildning', 'praktik', 'training', 'internship'],
  ownership: ['omistus', 'omistaja', 'ägande', 'ägare', 'owner'],
  membership: ['jäsenyys', 'jäsen', 'medlemskap', 'medlem', 'member'],
  met_at_event: [
    'tavattu tapahtumassa',
    'tapahtuma',
    'träffats på evenemang',
    'evenemang',
    'met at event',
    'event',
  ],
  funding: ['rahoitus', 'rahoittaja', 'finansiering', 'financing'],
  other: ['muu', 'annan', 'övrig'],
});

export const RELATION_SOURCE_WORDS = vocabulary(RELATION_SOURCES, {
  interview: ['haastattelu', 'intervju'],
  survey: ['kysely', 'enkät', 'questionnaire'],
  project: ['hanke', 'projekti', 'projekt'],
  event: ['tapahtuma', 'evenemang'],
  import: ['tuonti', 'tiedosto', 'fil', 'file'],
  manual: ['käsin', 'manuaalinen', 'manuell'],
  example: ['esimerkki', 'esimerkkiaineisto', 'exempel', 'exempeldata', 'example data'],
});

export const EVENT_KIND_WORDS = vocabulary(EVENT_KINDS, {
  webinar: ['webinaari', 'verkkoseminaari', 'webbinarium', 'webbinar'],
  visit: ['vierailu', 'yritysvierailu', 'opintomatka', 'besök', 'studieresa', 'study visit'],
  workshop: ['työpaja', 'verkstad', 'workshop'],
  get_together: [
    'tapaaminen',
    'verkostoitumistilaisuus',
    'verkostotapaaminen',
    'träff',
    'nätverksträff',
    'networking',
    'meetup',
  ],
  seminar: ['seminaari', 'seminarium', 'konferenssi', 'konferens', 'conference'],
  other: ['muu', 'annan', 'övrig'],
});
