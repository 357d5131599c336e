/** Names of the figures several sections cite as evidence, in Finnish, Swedish and English. */
import type { Tri } from './language.js';

export const FIGURES = {
  actors: { fi: 'Toimijoita', sv: 'Aktörer', en: 'Actors' },
  ties: { fi: 'Yhteyksiä', sv: 'Förbindelser', en: 'Ties' },
  isolated: { fi: 'Toimijoita ilman yhteyksiä', sv: 'Aktörer utan förbindelser', en: 'Actors without ties' },
  external: {
    fi: 'Suhteita ulkopuolisiin toimijoihin',
    sv: 'Relationer till aktörer utanför',
    en: 'Relations to actors outside',
  },
  communities: { fi: 'Yhteisöjä', sv: 'Gemenskaper', en: 'Communities' },
  brokers: { fi: 'Välittäjiä', sv: 'Mäklare', en: 'Brokers' },
} satisfies Record<string, Tri>;
