/** Nouns the findings count with, in the form a number takes: [one, many] (Finnish many = partitive). */
import type { Noun } from './language.js';

export const NOUNS = {
  actor: { fi: ['toimija', 'toimijaa'], sv: ['aktör', 'aktörer'], en: ['actor', 'actors'] },
  participant: {
    fi: ['osallistuja', 'osallistujaa'],
    sv: ['deltagare', 'deltagare'],
    en: ['participant', 'participants'],
  },
  respondent: {
    fi: ['vastaaja', 'vastaajaa'],
    sv: ['svarande', 'svarande'],
    en: ['respondent', 'respondents'],
  },
  tie: { fi: ['yhteys', 'yhteyttä'], sv: ['förbindelse', 'förbindelser'], en: ['tie', 'ties'] },
  relation: {
    fi: ['kirjattu suhde', 'kirjattua suhdetta'],
    sv: ['registrerad relation', 'registrerade relationer'],
    en: ['recorded relation', 'recorded relations'],
  },
  plainRelation: { fi: ['suhde', 'suhdetta'], sv: ['relation', 'relationer'], en: ['relation', 'relations'] },
  community: {
    fi: ['yhteisö', 'yhteisöä'],
    sv: ['gemenskap', 'gemenskaper'],
    en: ['community', 'communities'],
  },
  competence: {
    fi: ['osaamisala', 'osaamisalaa'],
    sv: ['kompetensområde', 'kompetensområden'],
    en: ['competence', 'competences'],
  },
  need: {
    fi: ['osaamistarve', 'osaamistarvetta'],
    sv: ['kompetensbehov', 'kompetensbehov'],
    en: ['competence need', 'competence needs'],
  },
  project: { fi: ['hanke', 'hanketta'], sv: ['projekt', 'projekt'], en: ['project', 'projects'] },
  answer: { fi: ['vastaus', 'vastausta'], sv: ['svar', 'svar'], en: ['answer', 'answers'] },
} as const satisfies Record<string, Noun>;

/** Organisation kinds as counted nouns ("4 oppilaitosta", "4 läroanstalter", "4 educational institutions"). */
export const KIND_NOUNS: Record<string, Noun> = {
  company: { fi: ['yritys', 'yritystä'], sv: ['företag', 'företag'], en: ['company', 'companies'] },
  education: {
    fi: ['oppilaitos', 'oppilaitosta'],
    sv: ['läroanstalt', 'läroanstalter'],
    en: ['educational institution', 'educational institutions'],
  },
  rdi: {
    fi: ['tutkimus- ja kehitystoimija', 'tutkimus- ja kehitystoimijaa'],
    sv: ['forsknings- och utvecklingsaktör', 'forsknings- och utvecklingsaktörer'],
    en: ['research and development actor', 'research and development actors'],
  },
  municipality: {
    fi: ['kunta', 'kuntaa'],
    sv: ['kommun', 'kommuner'],
    en: ['municipality', 'municipalities'],
  },
  development_company: {
    fi: ['kehitysyhtiö', 'kehitysyhtiötä'],
    sv: ['utvecklingsbolag', 'utvecklingsbolag'],
    en: ['development company', 'development companies'],
  },
  funder: { fi: ['rahoittaja', 'rahoittajaa'], sv: ['finansiär', 'finansiärer'], en: ['funder', 'funders'] },
  association: {
    fi: ['yhdistys', 'yhdistystä'],
    sv: ['förening', 'föreningar'],
    en: ['association', 'associations'],
  },
  public_agency: {
    fi: ['julkinen virasto', 'julkista virastoa'],
    sv: ['offentlig myndighet', 'offentliga myndigheter'],
    en: ['public agency', 'public agencies'],
  },
  other: {
    fi: ['muu toimija', 'muuta toimijaa'],
    sv: ['annan aktör', 'andra aktörer'],
    en: ['other actor', 'other actors'],
  },
  unknown: {
    fi: ['tyypiltään tuntematon toimija', 'tyypiltään tuntematonta toimijaa'],
    sv: ['aktör av okänd typ', 'aktörer av okänd typ'],
    en: ['actor of unknown kind', 'actors of unknown kind'],
  },
};

/** Triple-helix pillars as the subject of a sentence; `plural` says whether the verb agrees in plural. */
export const PILLARS: Record<string, { fi: string; sv: string; en: string; plural: boolean }> = {
  companies: { fi: 'yritykset', sv: 'företagen', en: 'companies', plural: true },
  education: { fi: 'koulutus', sv: 'utbildningen', en: 'education', plural: false },
  rdi: { fi: 'TKI-toiminta', sv: 'FoU-verksamheten', en: 'R&D', plural: false },
  public: { fi: 'julkinen sektori', sv: 'den offentliga sektorn', en: 'the public sector', plural: false },
};

/** Whether a list of pillars takes a plural verb: more than one, or one that is plural itself. */
export const pluralPillars = (pillars: readonly string[]) =>
  pillars.length > 1 || pillars.some((p) => PILLARS[p]?.plural);
