/**
 * Challenges: what the mapping's respondents named as challenges, competence needs nobody there meets,
 * actors without ties, few ties outside the scope, missing triple-helix parts, communities without brokers.
 */
import { pillarName } from '../labels.js';
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
import { capitalise, count, joinList, num, pct, type Tri } from './language.js';
import { NOUNS, PILLARS, pluralPillars } from './nouns.js';
import { here, scopeOwner } from './scope.js';
import { namedInMapping } from './themes.js';

/** Isolated actors are a challenge from this share of all actors up. */
export const ISOLATED_SHARE = 0.2;
/** Ties outside the scope are few up to this many relations. */
export const FEW_OUTSIDE = 2;

const L = {
  isolatedShare: { fi: 'Osuus toimijoista', sv: 'Andel av aktörerna', en: 'Share of actors' },
  unmet: {
    fi: 'Osaamistarpeita ilman tarjontaa',
    sv: 'Kompetensbehov utan utbud',
    en: 'Needs without an offer',
  },
} satisfies Record<string, Tri>;

export const pillarLabel = (pillar: string): Tri => ({
  fi: pillarName(pillar, 'fi'),
  sv: pillarName(pillar, 'sv'),
  en: pillarName(pillar, 'en'),
});

function unmet(c: Context): Sentence[] {
  const list = c.picture.competences.unmetNeeds;
  if (list.length === 0) return [];
  const n = count(list.length, NOUNS.need, c.lang);
  const labels = joinList(
    list.slice(0, 3).map((u) => u.label),
    c.lang,
  );
  const one = list.length === 1;
  const text = {
    fi: `${capitalise(n)} jää ilman tarjontaa ${here(c)}: ${labels}.`,
    sv: `${capitalise(n)} saknar utbud ${here(c)}: ${labels}.`,
    en: `${capitalise(n)} ${one ? 'has' : 'have'} no offer ${here(c)}: ${labels}.`,
  }[c.lang];
  return [
    sentence(text, [
      figure(c, 'unmetNeeds', L.unmet, list.length, num(list.length, c.lang, 0)),
      ...list.slice(0, 3).map((u) => competence(c, u.key, u.label, u.neededBy.length)),
    ]),
  ];
}

function isolated(c: Context): Sentence[] {
  const all = c.picture.composition.organisations;
  const ids = c.picture.network.isolated;
  const share = all > 0 ? ids.length / all : 0;
  if (all < 2 || share < ISOLATED_SHARE) return [];
  const text = {
    fi: `Toimijoista ${pct(share, c.lang)} on ilman yhtään kirjattua yhteyttä muihin: joko ne eivät ole mukana yhteistyössä tai yhteistyötä ei ole kirjattu, ja kummassakin tapauksessa tieto ja osaaminen eivät kulje niiden kautta.`,
    sv: `${capitalise(pct(share, c.lang))} av aktörerna saknar registrerade förbindelser till andra: antingen deltar de inte i samarbetet eller så har samarbetet inte registrerats, och i båda fallen går kunskap och kompetens inte via dem.`,
    en: `${pct(share, c.lang)} of the actors have no recorded tie to others: either they take no part in cooperation or it has not been recorded, and either way knowledge and skills do not flow through them.`,
  }[c.lang];
  return [
    sentence(capitalise(text), [
      figure(c, 'isolated', FIGURES.isolated, ids.length, num(ids.length, c.lang, 0)),
      figure(c, 'isolatedShare', L.isolatedShare, share, pct(share, c.lang)),
      ...ids.slice(0, 5).map((id) => organisation(c, id)),
    ]),
  ];
}

function fewOutside(c: Context): Sentence[] {
  const ext = c.picture.network.externalRelations;
  if (ext > FEW_OUTSIDE || c.picture.composition.organisations === 0) return [];
  const owner = scopeOwner(c);
  const n = count(ext, NOUNS.plainRelation, c.lang);
  const text =
    ext === 0
      ? {
          fi: `Suhteita ${owner} ulkopuolisiin toimijoihin ei ole kirjattu lainkaan, joten yhteydet muihin kaupunkeihin ja osaamiskeskittymiin eivät näy.`,
          sv: `Inga relationer till aktörer utanför ${owner} har registrerats, så förbindelserna till andra städer och kompetenskluster syns inte.`,
          en: `No relations to actors outside ${owner} have been recorded, so ties to other towns and centres of expertise do not show.`,
        }[c.lang]
      : {
          fi: `${capitalise(owner)} ulkopuolisiin toimijoihin on kirjattu vain ${n}, joten yhteydet muihin kaupunkeihin ja osaamiskeskittymiin ovat ohuet.`,
          sv: `Till aktörer utanför ${owner} har bara ${n} registrerats, så förbindelserna till andra städer och kompetenskluster är tunna.`,
          en: `Only ${n} to actors outside ${owner} ${ext === 1 ? 'has' : 'have'} been recorded, so ties to other towns and centres of expertise are thin.`,
        }[c.lang];
  return [sentence(text, [figure(c, 'externalRelations', FIGURES.external, ext, num(ext, c.lang, 0))])];
}

function missingPillars(c: Context): Sentence[] {
  const missing = c.picture.composition.tripleHelix.missingPillars;
  if (missing.length === 0 || c.picture.composition.organisations === 0) return [];
  const names = joinList(
    missing.map((p) => PILLARS[p]![c.lang]),
    c.lang,
  );
  const many = pluralPillars(missing);
  const text = {
    fi: `Kolmoiskierteestä ${many ? 'puuttuvat' : 'puuttuu'} ${names}, joten ${many ? 'niiden' : 'sen'} osaaminen on haettava ${scopeOwner(c)} ulkopuolelta.`,
    sv: `I trippelhelixen saknas ${names}, så den kompetensen måste hämtas utanför ${scopeOwner(c)}.`,
    en: `${capitalise(names)} ${many ? 'are' : 'is'} missing from the triple helix, so that expertise has to come from outside ${scopeOwner(c)}.`,
  }[c.lang];
  return [
    sentence(
      text,
      missing.map((p) => figure(c, `pillar:${p}`, pillarLabel(p), 0, num(0, c.lang, 0))),
    ),
  ];
}

function noBrokers(c: Context): Sentence[] {
  const n = c.picture.network;
  if (n.communities.length < 2 || n.brokers.length > 0) return [];
  const k = num(n.communities.length, c.lang, 0);
  const text = {
    fi: `Verkoston ${k} yhteisöllä ei ole niitä yhdistäviä välittäjiä, joten yhteisöt jäävät toisistaan erilleen.`,
    sv: `Nätverkets ${k} gemenskaper har inga mäklare som förbinder dem, så gemenskaperna förblir åtskilda.`,
    en: `The network's ${k} communities have no brokers linking them, so they stay apart.`,
  }[c.lang];
  return [
    sentence(text, [
      figure(c, 'communities', FIGURES.communities, n.communities.length, k),
      figure(c, 'brokers', FIGURES.brokers, 0, num(0, c.lang, 0)),
    ]),
  ];
}

function nothing(c: Context): Sentence {
  const text = {
    fi: 'Kirjatuista tiedoista ei erotu selviä haasteita.',
    sv: 'Inga tydliga utmaningar framträder i de registrerade uppgifterna.',
    en: 'No clear challenges stand out from the recorded data.',
  }[c.lang];
  const n = c.picture.network.isolated.length;
  return sentence(text, [figure(c, 'isolated', FIGURES.isolated, n, num(n, c.lang, 0))]);
}

export function challenges(c: Context): Draft {
  const sentences = [
    ...namedInMapping(c, 'challenges'),
    ...unmet(c),
    ...isolated(c),
    ...fewOutside(c),
    ...missingPillars(c),
    ...noBrokers(c),
  ];
  return draft('challenges', sentences, [], [nothing(c)]);
}
