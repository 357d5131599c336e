/**
 * The competence vocabulary: the themes the seeds name (Savonlinna's ecosystem, the lead projects,
 * Seinäjoki's call, the agreement themes) in Finnish, Swedish and English, and the offers and needs
 * the seeds support.
 */
import type { CompetenceSeed, OrganisationCompetenceSeed } from './types.js';

export const theme = (slug: string, nameFi: string, nameSv: string, nameEn: string): CompetenceSeed => ({
  slug,
  nameFi,
  nameSv,
  nameEn,
  isTheme: true,
});

export const COMPETENCES: CompetenceSeed[] = [
  theme('metsabiotalous', 'metsäbiotalous', 'skogsbioekonomi', 'forest bioeconomy'),
  theme('puunjalostus', 'puunjalostus', 'träförädling', 'wood processing'),
  theme('teknologiateollisuus', 'teknologiateollisuus', 'teknologiindustri', 'technology industry'),
  theme('vihrea-sahkoistaminen', 'vihreä sähköistäminen', 'grön elektrifiering', 'green electrification'),
  theme('akkukemikaalit', 'akkukemikaalit', 'batterikemikalier', 'battery chemicals'),
  theme('liikkuvat-tyokoneet', 'liikkuvat työkoneet', 'mobila arbetsmaskiner', 'mobile work machines'),
  theme('fotoniikka', 'fotoniikka', 'fotonik', 'photonics'),
  theme('liikunta', 'liikunta', 'idrott och motion', 'sport and physical activity'),
  theme(
    'digitaalinen-terveysteknologia',
    'digitaaliset terveys- ja hyvinvointiteknologiat',
    'digitala hälso- och välfärdsteknologier',
    'digital health and wellbeing technology',
  ),
  theme('ruokaekosysteemi', 'ruokaekosysteemi', 'livsmedelsekosystem', 'food ecosystem'),
  theme(
    'alykas-teollisuus',
    'älykkäästi uudistuva teollisuus',
    'smart industriell förnyelse',
    'smart industrial renewal',
  ),
  theme('kiertotalous', 'kiertotalous', 'cirkulär ekonomi', 'circular economy'),
  {
    slug: 'aluekehittaminen',
    nameFi: 'aluekehittäminen',
    nameSv: 'regionutveckling',
    nameEn: 'regional development',
    descriptionFi:
      'Alueiden ja innovaatioekosysteemien kehittämisen konsultointi: kartoitukset, työpajat, strategiat.',
    descriptionSv:
      'Konsultation inom utveckling av regioner och innovationsekosystem: kartläggningar, workshoppar, strategier.',
    descriptionEn:
      'Consulting on developing regions and innovation ecosystems: mappings, workshops, strategies.',
    isTheme: false,
  },
];

export const ORGANISATION_COMPETENCES: OrganisationCompetenceSeed[] = [
  {
    org: 'xamk',
    direction: 'offer',
    competence: 'metsabiotalous',
    description:
      'Koulutus ja TKI Savonlinnan kampuksella, osana Savonlinnan metsäbiotalouden innovaatioekosysteemiä.',
  },
  {
    org: 'mdi',
    direction: 'offer',
    competence: 'aluekehittaminen',
    description:
      'Innovaatioekosysteemien kartoitukset, työpajat ja Invest in -työkalu seutukaupunkien verkostolle (2022–2023).',
  },
  // Seed 000: the mapping was aimed at Savonlinna's wood-processing and technology industry ecosystem;
  // seed 002: new actors are sought "paikallisten innovaatioekosysteemien osaamistarpeet huomioiden".
  {
    org: 'savonlinnan-hankekehitys',
    direction: 'need',
    competence: 'puunjalostus',
    description:
      'Uusia toimijoita ja osaamista Savonlinnan puunjalostusteollisuuden innovaatioekosysteemiin.',
  },
  {
    org: 'savonlinnan-hankekehitys',
    direction: 'need',
    competence: 'teknologiateollisuus',
    description: 'Uusia toimijoita ja osaamista Savonlinnan teknologiateollisuuden innovaatioekosysteemiin.',
  },
  {
    org: 'lut',
    direction: 'offer',
    competence: 'vihrea-sahkoistaminen',
    description: 'Vihreän sähköistämisen vetovastuuhankkeen veturi (seed 004).',
  },
  {
    org: 'lappeenranta-city',
    direction: 'offer',
    competence: 'vihrea-sahkoistaminen',
    description: 'Pitkäjänteinen työ vihreän sähköistämisen yhteistyön lisäämiseksi Suomessa.',
  },
  // Seed 003: "ruokaekosysteemin kestävä uudistuminen ja älykkäästi uudistuva teollisuus" rise from the
  // region's strong top competences.
  {
    org: 'seinajoki-city',
    direction: 'offer',
    competence: 'ruokaekosysteemi',
    description: 'Kärkiosaamisteema: ruokaekosysteemin kestävä uudistuminen.',
  },
  {
    org: 'seinajoki-city',
    direction: 'offer',
    competence: 'alykas-teollisuus',
    description: 'Kärkiosaamisteema: älykkäästi uudistuva teollisuus.',
  },
  // The lead cities of the other lead projects (seed 004; PRODUCT.md names the cities).
  {
    org: 'kokkola-city',
    direction: 'offer',
    competence: 'akkukemikaalit',
    description: 'Vetovastuuhankkeen teema.',
  },
  {
    org: 'tampere-city',
    direction: 'offer',
    competence: 'liikkuvat-tyokoneet',
    description: 'Vetovastuuhankkeen teema.',
  },
  {
    org: 'joensuu-city',
    direction: 'offer',
    competence: 'fotoniikka',
    description: 'Vetovastuuhankkeen teema.',
  },
  {
    org: 'jyvaskyla-city',
    direction: 'offer',
    competence: 'liikunta',
    description: 'Vetovastuuhankkeen teema.',
  },
  {
    org: 'oulu-city',
    direction: 'offer',
    competence: 'digitaalinen-terveysteknologia',
    description: 'Vetovastuuhankkeen teema.',
  },
];
