/**
 * The themes of the Innokaupungit ecosystem agreements (agreements.ts) and of the network project
 * (projects.ts) as words of the vocabulary, so that every page shows them in its reader's language.
 * Finnish as the sources word them; the Swedish and English are Solmu's translations, except Seinäjoki's
 * three, which its own call (agreements.ts, FUNDING_CALLS) words in all three languages.
 */
import { theme } from './competences.js';
import type { CompetenceSeed } from './types.js';

export const AGREEMENT_THEMES: CompetenceSeed[] = [
  theme(
    'kestavat-kaupunkiratkaisut',
    'älykkäät ja kestävät kaupunkiratkaisut',
    'smarta och hållbara stadslösningar',
    'smart and sustainable urban solutions',
  ),
  theme(
    'hyvinvointi-ja-terveysteknologia',
    'hyvinvointi- ja terveysteknologia',
    'välfärds- och hälsoteknologi',
    'wellbeing and health technology',
  ),
  theme(
    'digitaaliset-osaamisratkaisut',
    'uudet oppimisympäristöt ja digitaaliset osaamisratkaisut',
    'nya lärmiljöer och digitala kompetenslösningar',
    'new learning environments and digital skills solutions',
  ),
  theme(
    'ekosysteemien-kehittaminen',
    'uudet avaukset ja ekosysteemien kehittäminen',
    'nya öppningar och utveckling av ekosystem',
    'new openings and ecosystem development',
  ),
  theme(
    'teollisuuden-uudistuminen',
    'teollisuuden uudistuminen',
    'industriell förnyelse',
    'industrial renewal',
  ),
  theme('life-science', 'life science', 'life science', 'life science'),
  theme(
    'kaupunkiympariston-digitalisaatio',
    'digitalisaatio kaupunkiympäristön muutoksessa',
    'digitalisering i en stadsmiljö i förändring',
    'digitalisation in a changing urban environment',
  ),
  theme('ouluhealth', 'OuluHealth', 'OuluHealth', 'OuluHealth'),
  theme(
    'puhtaat-ratkaisut',
    'kestävä kiertotalous ja puhtaat ratkaisut',
    'hållbar cirkulär ekonomi och rena lösningar',
    'sustainable circular economy and clean solutions',
  ),
  theme(
    'terveyden-edistaminen',
    'terveyden edistäminen ja hyvinvointi',
    'hälsofrämjande och välbefinnande',
    'health promotion and wellbeing',
  ),
  theme(
    'hiilineutraali-kiertotalous',
    'hiilineutraali kiertotalous',
    'koldioxidneutral cirkulär ekonomi',
    'carbon-neutral circular economy',
  ),
  theme('urheiluliiketoiminta', 'urheiluliiketoiminta', 'idrottsaffärer', 'sports business'),
  theme(
    'bio-ja-kiertotalous',
    'bio- ja kiertotalous',
    'bio- och cirkulär ekonomi',
    'bio and circular economy',
  ),
  theme('fotoniikkaliiketoiminta', 'fotoniikkaliiketoiminta', 'fotonikaffärer', 'photonics business'),
  theme(
    'terveysteknologia',
    'terveys- ja hyvinvointiteknologia',
    'hälso- och välfärdsteknologi',
    'health and wellbeing technology',
  ),
  theme('vesiosaaminen', 'vesiosaaminen', 'vattenkompetens', 'water expertise'),
  theme('teknologiametallit', 'teknologiametallit', 'teknologimetaller', 'technology metals'),
  theme(
    'automaatio-ja-robotiikka',
    'automaatio ja robotiikka',
    'automation och robotik',
    'automation and robotics',
  ),
  theme('alykas-vihrea-kasvu', 'älykäs vihreä kasvu', 'smart grön tillväxt', 'smart green growth'),
  theme(
    'ruokaekosysteemin-uudistuminen',
    'ruokaekosysteemin kestävä uudistuminen',
    'hållbar förnyelse av livsmedelsekosystemet',
    'sustainable renewal of the food ecosystem',
  ),
  theme(
    'yhdyskuntavesien-kiertotalous',
    'yhdyskuntavesien kiertotalous',
    'cirkulär ekonomi för kommunalt vatten',
    'circular economy of municipal water',
  ),
  theme('innovaatioekosysteemit', 'innovaatioekosysteemit', 'innovationsekosystem', 'innovation ecosystems'),
  theme('seutukaupungit', 'seutukaupungit', 'regionstäder', 'regional towns'),
];
