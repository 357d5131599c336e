/**
 * Strengths: the specialised sectors with their evidence (tentative ones said so), what the mapping's
 * respondents named as strengths, competences many actors offer, needs met at home, brokers, a whole
 * triple helix.
 */
import {
  competence,
  figure,
  organisation,
  draft,
  sentence,
  type Context,
  type Draft,
  type Sentence,
} from './evidence.js';
import { FIGURES } from './figures.js';
import { count, industry, joinList, num, type Tri } from './language.js';
import { NOUNS } from './nouns.js';
import { scopeOwner } from './scope.js';
import { sectorStory } from './sectors.js';
import { namedInMapping } from './themes.js';

const SECTORS_LISTED = 3;
/** A competence that at least this many actors offer is a shared base, not one actor's specialty. */
const SHARED = 2;

const L = {
  pillars: {
    fi: 'Kolmoiskierteen osia mukana',
    sv: 'Delar av trippelhelixen med',
    en: 'Triple-helix parts present',
  },
  evenness: {
    fi: 'Kolmoiskierteen tasapaino (0–1)',
    sv: 'Trippelhelixens balans (0–1)',
    en: 'Triple-helix balance (0–1)',
  },
} satisfies Record<string, Tri>;

function sectors(c: Context): Sentence[] {
  return c.picture.strengths.slice(0, SECTORS_LISTED).map((item) => {
    const s = sectorStory(c, item);
    const name = industry(item.code, c.lang);
    const owner = scopeOwner(c);
    const details = [s.lq, s.actors, s.competences, s.projects, s.growth].filter(Boolean).join('; ');
    const n = count(s.organisations, NOUNS.actor, c.lang);
    const text = s.tentative
      ? {
          fi: `${name} näyttää ${owner} vahvuudelta, mutta se on vain ${num(s.organisations, c.lang, 0)} toimijan varassa, joten sitä on tulkittava varovasti: ${details}.`,
          sv: `${name} ser ut som en styrka för ${owner}, men den vilar på bara ${n} och ska tolkas med försiktighet: ${details}.`,
          en: `${name} looks like a strength of ${owner}, but it rests on only ${n} and should be read with caution: ${details}.`,
        }[c.lang]
      : {
          fi: `${name} on ${owner} vahvuus: ${details}.`,
          sv: `${name} är en styrka för ${owner}: ${details}.`,
          en: `${name} is a strength of ${owner}: ${details}.`,
        }[c.lang];
    return sentence(text, s.evidence);
  });
}

function shared(c: Context): Sentence[] {
  const list = c.picture.competences.offered.filter((o) => o.organisationIds.length >= SHARED).slice(0, 3);
  if (list.length === 0) return [];
  const names = joinList(
    list.map((o) => `${o.label} (${count(o.organisationIds.length, NOUNS.actor, c.lang)})`),
    c.lang,
  );
  const text = {
    fi: `Usea toimija tarjoaa ${list.length === 1 ? 'osaamisalaa' : 'osaamisaloja'} ${names}, joten ${list.length === 1 ? 'se ei ole' : 'ne eivät ole'} yhden toimijan varassa.`,
    sv: `Flera aktörer erbjuder ${list.length === 1 ? 'kompetensområdet' : 'kompetensområdena'} ${names}, så ${list.length === 1 ? 'det' : 'de'} vilar inte på en enda aktör.`,
    en: `Several actors offer ${names}, so ${list.length === 1 ? 'it does' : 'they do'} not rest on a single actor.`,
  }[c.lang];
  return [
    sentence(
      text,
      list.map((o) => competence(c, o.key, o.label, o.organisationIds.length)),
    ),
  ];
}

function metAtHome(c: Context): Sentence[] {
  const met = c.picture.competences.metNeeds.slice(0, 3);
  if (met.length === 0) return [];
  const owner = scopeOwner(c);
  const list = joinList(
    met.map((m) => m.label),
    c.lang,
  );
  const text = {
    fi: `Osa osaamistarpeista täyttyy ${owner} omin voimin: ${list}.`,
    sv: `En del av kompetensbehoven täcks inom ${owner}: ${list}.`,
    en: `Some competence needs are met within ${owner}: ${list}.`,
  }[c.lang];
  return [
    sentence(
      text,
      met.map((m) => competence(c, m.key, m.label, m.offeredBy.length)),
    ),
  ];
}

function bridges(c: Context): Sentence[] {
  const brokers = c.picture.network.brokers.filter((b) => b.communitiesReached >= 2).slice(0, 2);
  if (brokers.length === 0) return [];
  const names = joinList(
    brokers.map((b) => b.name),
    c.lang,
  );
  const text = {
    fi: `Verkostossa on yhteisöjä yhdistäviä välittäjiä, kuten ${names}.`,
    sv: `Nätverket har mäklare som förbinder gemenskaperna, till exempel ${names}.`,
    en: `The network has brokers that bridge its communities, such as ${names}.`,
  }[c.lang];
  const evidence = brokers.map((b) =>
    organisation(c, b.organisationId, {
      text: count(b.communitiesReached, NOUNS.community, c.lang),
      raw: b.communitiesReached,
    }),
  );
  return [sentence(text, evidence)];
}

function wholeHelix(c: Context): Sentence[] {
  const h = c.picture.composition.tripleHelix;
  if (c.picture.composition.organisations === 0 || h.missingPillars.length > 0) return [];
  const text = {
    fi: `Kolmoiskierteen kaikki osat – yritykset, koulutus, tutkimus ja kehitys sekä julkinen sektori – ovat mukana, mikä antaa pohjan niiden yhteistyölle.`,
    sv: `Alla delar av trippelhelixen – företag, utbildning, forskning och utveckling samt den offentliga sektorn – finns med, vilket ger en grund för samarbete mellan dem.`,
    en: `Every part of the triple helix – companies, education, research and development, and the public sector – is present, a basis for their cooperation.`,
  }[c.lang];
  return [
    sentence(text, [
      figure(c, 'pillarsPresent', L.pillars, h.pillars.length, num(h.pillars.length, c.lang, 0)),
      figure(c, 'evenness', L.evenness, h.evenness, num(h.evenness, c.lang, 2)),
    ]),
  ];
}

function nothing(c: Context): Sentence {
  const text = {
    fi: 'Kirjatuista tiedoista ei vielä erotu selviä vahvuuksia; tietoja on liian vähän.',
    sv: 'Ännu framträder inga tydliga styrkor i de registrerade uppgifterna; uppgifterna är för få.',
    en: 'No clear strengths stand out from the recorded data yet; there is too little of it.',
  }[c.lang];
  const n = c.picture.composition.organisations;
  return sentence(text, [figure(c, 'organisations', FIGURES.actors, n, num(n, c.lang, 0))]);
}

export function strengths(c: Context): Draft {
  const sentences = [
    ...sectors(c),
    ...namedInMapping(c, 'strengths'),
    ...shared(c),
    ...metAtHome(c),
    ...bridges(c),
    ...wholeHelix(c),
  ];
  return draft('strengths', sentences, [], [nothing(c)]);
}
