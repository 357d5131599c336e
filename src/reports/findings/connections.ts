/** How the ecosystem is connected: ties, central actors, brokers, communities, isolated actors, outside ties. */
import {
  figure,
  nameOf,
  organisation,
  relation,
  draft,
  sentence,
  type Context,
  type Draft,
  type Sentence,
} from './evidence.js';
import { FIGURES } from './figures.js';
import { capitalise, count, joinList, num, pct, type Tri } from './language.js';
import { NOUNS } from './nouns.js';
import { scopeOwner } from './scope.js';

const L = {
  relations: { fi: 'Kirjattuja suhteita', sv: 'Registrerade relationer', en: 'Recorded relations' },
  density: { fi: 'Tiheys', sv: 'Täthet', en: 'Density' },
  largest: {
    fi: 'Suurin yhtenäinen ryhmä',
    sv: 'Största sammanhängande grupp',
    en: 'Largest connected group',
  },
  modularity: {
    fi: 'Yhteisörakenteen selvyys (0–1)',
    sv: 'Gemenskapsstrukturens tydlighet (0–1)',
    en: 'Clarity of the community structure (0–1)',
  },
} satisfies Record<string, Tri>;

const EXAMPLES_LISTED = 5;

function ties(c: Context): Sentence[] {
  const n = c.picture.network;
  const evidence = [
    figure(c, 'edges', FIGURES.ties, n.edges, num(n.edges, c.lang, 0)),
    figure(c, 'relations', L.relations, n.relations, num(n.relations, c.lang, 0)),
  ];
  if (n.edges === 0) {
    const text = {
      fi: 'Toimijoiden välisiä yhteyksiä ei ole vielä kirjattu, joten verkoston rakennetta ei voi kuvata.',
      sv: 'Inga förbindelser mellan aktörerna har registrerats ännu, så nätverkets struktur kan inte beskrivas.',
      en: 'No ties between the actors have been recorded yet, so the structure of the network cannot be described.',
    }[c.lang];
    return [sentence(text, evidence)];
  }
  const t = count(n.edges, NOUNS.tie, c.lang);
  const d = pct(n.density, c.lang);
  const largest = count(n.components.largest, NOUNS.actor, c.lang);
  const text = {
    fi: `Toimijoiden välillä on ${t}, mikä on ${d} kaikista mahdollisista yhteyksistä; suurimmassa toisiinsa kytkeytyneessä ryhmässä on ${largest}.`,
    sv: `Mellan aktörerna finns ${t}, vilket är ${d} av alla möjliga förbindelser; den största sammanhängande gruppen har ${largest}.`,
    en: `The actors share ${t}, ${d} of all possible ties; the largest connected group has ${largest}.`,
  }[c.lang];
  evidence.push(figure(c, 'density', L.density, n.density, d));
  evidence.push(
    figure(c, 'largestComponent', L.largest, n.components.largest, num(n.components.largest, c.lang, 0)),
  );
  return [sentence(text, evidence)];
}

function central(c: Context): Sentence[] {
  const top = c.picture.network.actors.filter((a) => a.degree > 0).slice(0, 3);
  if (top.length === 0) return [];
  const list = joinList(
    top.map((a) => a.name),
    c.lang,
  );
  const one = top.length === 1;
  const text = {
    fi: one ? `Keskeisin toimija on ${list}.` : `Keskeisimmät toimijat ovat ${list}.`,
    sv: one ? `Den mest centrala aktören är ${list}.` : `De mest centrala aktörerna är ${list}.`,
    en: one ? `The most central actor is ${list}.` : `The most central actors are ${list}.`,
  }[c.lang];
  const evidence = top.map((a) =>
    organisation(c, a.organisationId, {
      text: count(a.degree, NOUNS.tie, c.lang),
      raw: [a.degree, a.pagerank],
    }),
  );
  return [sentence(text, evidence)];
}

function strongest(c: Context): Sentence[] {
  const edges = c.picture.network.edgeList;
  if (!edges || edges.length < 2) return [];
  const top = [...edges].sort((a, b) => b.weight - a.weight || a.from.localeCompare(b.from)).slice(0, 3);
  if (top[0]!.weight <= 1) return [];
  const list = joinList(
    top.map((e) => `${nameOf(c, e.from)} – ${nameOf(c, e.to)}`),
    c.lang,
  );
  const text = {
    fi: `Vahvimmat yhteydet (useita kirjattuja suhteita tai suurin paino) ovat ${list}.`,
    sv: `De starkaste förbindelserna (flera registrerade relationer eller störst vikt) är ${list}.`,
    en: `The strongest ties (several recorded relations or the greatest weight) are ${list}.`,
  }[c.lang];
  return [
    sentence(
      text,
      top.map((e) => relation(c, e.from, e.to, e.weight)),
    ),
  ];
}

function brokers(c: Context): Sentence[] {
  const list = c.picture.network.brokers.slice(0, 3);
  if (list.length === 0) return [];
  const names = joinList(
    list.map((b) => b.name),
    c.lang,
  );
  const one = list.length === 1;
  const text = {
    fi: one
      ? `${names} toimii välittäjänä, joka yhdistää eri yhteisöjen toimijoita.`
      : `${names} toimivat välittäjinä, jotka yhdistävät eri yhteisöjen toimijoita.`,
    sv: one
      ? `${names} är en mäklare som förbinder aktörer i olika gemenskaper.`
      : `${names} är mäklare som förbinder aktörer i olika gemenskaper.`,
    en: one
      ? `${names} acts as a broker, linking actors of different communities.`
      : `${names} act as brokers, linking actors of different communities.`,
  }[c.lang];
  const evidence = list.map((b) =>
    organisation(c, b.organisationId, {
      text: count(b.communitiesReached, NOUNS.community, c.lang),
      raw: [b.communitiesReached, b.betweenness],
    }),
  );
  return [sentence(capitalise(text), evidence)];
}

function communities(c: Context): Sentence[] {
  const n = c.picture.network;
  const k = n.communities.length;
  if (k < 2) return [];
  const largest = n.communities[0]!;
  const leaders = largest.topActors.slice(0, 2);
  const size = count(largest.size, NOUNS.actor, c.lang);
  const led = joinList(
    leaders.map((id) => nameOf(c, id)),
    c.lang,
  );
  const text = {
    fi: `Verkosto jakautuu ${num(k, c.lang, 0)} yhteisöön, joiden sisällä yhteyksiä on enemmän kuin niiden välillä; suurimmassa on ${size}, keskeisimpinä ${led}.`,
    sv: `Nätverket delas i ${num(k, c.lang, 0)} gemenskaper med fler förbindelser inom än mellan dem; den största har ${size}, med ${led} som de mest centrala.`,
    en: `The network falls into ${num(k, c.lang, 0)} communities, with more ties within than between them; the largest has ${size}, led by ${led}.`,
  }[c.lang];
  const evidence = [
    figure(c, 'communities', FIGURES.communities, k, num(k, c.lang, 0)),
    figure(c, 'modularity', L.modularity, n.modularity, num(n.modularity, c.lang, 2)),
    ...leaders.map((id) => organisation(c, id)),
  ];
  return [sentence(text, evidence)];
}

function isolated(c: Context): Sentence[] {
  const ids = c.picture.network.isolated;
  if (ids.length === 0 || c.picture.composition.organisations === 0) return [];
  const m = count(ids.length, NOUNS.actor, c.lang);
  const shown = ids.slice(0, EXAMPLES_LISTED);
  const names = joinList(
    shown.map((id) => nameOf(c, id)),
    c.lang,
  );
  const one = ids.length === 1;
  const all = ids.length === c.picture.composition.organisations;
  const owner = scopeOwner(c);
  const text = all
    ? {
        fi: `Yhdelläkään toimijalla ei ole kirjattua yhteyttä ${owner} muihin toimijoihin.`,
        sv: `Ingen aktör har någon registrerad förbindelse till andra aktörer i ${owner}.`,
        en: `No actor has a recorded tie to other actors of ${owner}.`,
      }[c.lang]
    : {
        fi: `Ilman yhtään kirjattua yhteyttä ${owner} muihin toimijoihin on ${m}${one ? `: ${names}` : `, esimerkiksi ${names}`}.`,
        sv: `${m} saknar förbindelser till andra aktörer i ${owner}${one ? `: ${names}` : `, till exempel ${names}`}.`,
        en: `${m} ${one ? 'has' : 'have'} no recorded tie to other actors of ${owner}${one ? `: ${names}` : `, for example ${names}`}.`,
      }[c.lang];
  const evidence = [
    figure(c, 'isolated', FIGURES.isolated, ids.length, num(ids.length, c.lang, 0)),
    ...shown.map((id) => organisation(c, id)),
  ];
  return [sentence(capitalise(text), evidence)];
}

function outside(c: Context): Sentence {
  const ext = c.picture.network.externalRelations;
  const owner = scopeOwner(c);
  const text =
    ext === 0
      ? {
          fi: `Suhteita ${owner} ulkopuolisiin toimijoihin ei ole kirjattu.`,
          sv: `Inga relationer till aktörer utanför ${owner} har registrerats.`,
          en: `No relations to actors outside ${owner} have been recorded.`,
        }[c.lang]
      : {
          fi: `${capitalise(owner)} ulkopuolisiin toimijoihin on ${count(ext, NOUNS.relation, c.lang)}.`,
          sv: `Till aktörer utanför ${owner} finns ${count(ext, NOUNS.relation, c.lang)}.`,
          en: `${capitalise(count(ext, NOUNS.relation, c.lang))} ${ext === 1 ? 'reaches' : 'reach'} actors outside ${owner}.`,
        }[c.lang];
  return sentence(text, [figure(c, 'externalRelations', FIGURES.external, ext, num(ext, c.lang, 0))]);
}

export function connections(c: Context): Draft {
  return draft('connections', [
    ...ties(c),
    ...central(c),
    ...strongest(c),
    ...brokers(c),
    ...communities(c),
    ...isolated(c),
    outside(c),
  ]);
}
