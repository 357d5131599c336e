/** The sections' titles in Finnish, Swedish and English. */
import type { FindingSectionKey } from '../findings.schema.js';
import type { Tri } from './language.js';

export const TITLES: Record<FindingSectionKey, Tri> = {
  glance: { fi: 'Ekosysteemi lyhyesti', sv: 'Ekosystemet i korthet', en: 'The ecosystem at a glance' },
  connections: {
    fi: 'Miten toimijat ovat yhteydessä',
    sv: 'Hur aktörerna hänger ihop',
    en: 'How the actors are connected',
  },
  specialisation: {
    fi: 'Mihin alue on erikoistunut',
    sv: 'Vad området är specialiserat på',
    en: 'What the area is specialised in',
  },
  competences: {
    fi: 'Osaamisen tarjonta ja tarpeet',
    sv: 'Kompetens som erbjuds och behövs',
    en: 'Competences offered and needed',
  },
  strengths: { fi: 'Vahvuudet', sv: 'Styrkor', en: 'Strengths' },
  challenges: { fi: 'Haasteet', sv: 'Utmaningar', en: 'Challenges' },
  developmentTargets: {
    fi: 'Ehdotetut kehittämiskohteet',
    sv: 'Föreslagna utvecklingsobjekt',
    en: 'Proposed development targets',
  },
  growthSectors: {
    fi: 'Mahdolliset kasvualat',
    sv: 'Möjliga tillväxtbranscher',
    en: 'Potential growth sectors',
  },
};
