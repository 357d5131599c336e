/**
 * The network coordinator's written picture: the network's own findings, with every town side by side,
 * the strengths and needs towns share, and complementarities — where one town's actors offer what
 * another town's actors need. Same sections, evidence and fingerprints as a town's picture.
 */
import type { Picture } from '../../analysis/picture.schema.js';
import type { WrittenPicture } from '../findings.schema.js';
import type { Language } from '../labels.js';
import {
  competence,
  contextOf,
  draft,
  figure,
  finish,
  organisation,
  sector,
  sentence,
  town,
  type Context,
  type Draft,
  type Proposal,
  type Sentence,
} from './evidence.js';
import { FIGURES } from './figures.js';
import { drafts } from './drafts.js';
import { count, industry, joinList, num, quoted, type Tri } from './language.js';
import { methods } from './methods.js';
import { NOUNS } from './nouns.js';
import { scopeName } from './scope.js';

const LISTED = 8;

const L = {
  town: { fi: 'Kaupunki', sv: 'Stad', en: 'Town' },
  towns: { fi: 'Kaupunkeja', sv: 'Städer', en: 'Towns' },
} satisfies Record<string, Tri>;

interface Town {
  readonly c: Context;
  readonly name: string;
  readonly code: string;
}

const townEvidence = (n: Context, t: Town) => town(n, t.code, L.town);
const townList = (n: Context, towns: readonly Town[]) =>
  joinList(
    towns.map((t) => t.name),
    n.lang,
  );

/** Codes mapped to the towns that have them, kept only when two or more towns share one. */
function shared<T>(towns: readonly Town[], keysOf: (t: Town) => Iterable<T>): Map<T, Town[]> {
  const by = new Map<T, Town[]>();
  for (const t of towns) for (const k of new Set(keysOf(t))) by.set(k, [...(by.get(k) ?? []), t]);
  return new Map([...by].filter(([, list]) => list.length >= 2));
}

function sideBySide(n: Context, towns: readonly Town[]): Sentence[] {
  const intro = {
    fi: `Verkostossa on mukana ${count(towns.length, TOWN, n.lang)}: ${townList(n, towns)}.`,
    sv: `Nätverket omfattar ${count(towns.length, TOWN, n.lang)}: ${townList(n, towns)}.`,
    en: `The network covers ${count(towns.length, TOWN, n.lang)}: ${townList(n, towns)}.`,
  }[n.lang];
  const each = towns.map((t) => {
    const p = t.c.picture;
    const actors = count(p.composition.organisations, NOUNS.actor, n.lang);
    const ties = count(p.network.edges, NOUNS.tie, n.lang);
    const top =
      p.strengths[0]?.code ?? p.specialisation.organisations.divisions.find((r) => r.rank === 1)?.code;
    const spec = top
      ? {
          fi: `; vahvin erikoistuminen ${industry(top, n.lang)}`,
          sv: `; starkast specialisering ${industry(top, n.lang)}`,
          en: `; strongest specialisation ${industry(top, n.lang)}`,
        }[n.lang]
      : '';
    const text = {
      fi: `${t.name}: ${actors} ja ${ties}${spec}.`,
      sv: `${t.name}: ${actors} och ${ties}${spec}.`,
      en: `${t.name}: ${actors} and ${ties}${spec}.`,
    }[n.lang];
    const evidence = [
      townEvidence(n, t),
      figure(
        n,
        `actors:${t.code}`,
        FIGURES.actors,
        p.composition.organisations,
        num(p.composition.organisations, n.lang, 0),
      ),
      figure(n, `ties:${t.code}`, FIGURES.ties, p.network.edges, num(p.network.edges, n.lang, 0)),
      ...(top ? [sector(n, top, t.name, [t.code, top])] : []),
    ];
    return sentence(text, evidence);
  });
  return [
    sentence(intro, [
      figure(n, 'towns', L.towns, towns.length, num(towns.length, n.lang, 0)),
      ...towns.map((t) => townEvidence(n, t)),
    ]),
    ...each,
  ];
}

const TOWN = { fi: ['kaupunki', 'kaupunkia'], sv: ['stad', 'städer'], en: ['town', 'towns'] } as const;

function sharedStrengths(n: Context, towns: readonly Town[]): Sentence[] {
  const sectors = shared(towns, (t) => t.c.picture.strengths.map((s) => s.code));
  const out = [...sectors].slice(0, LISTED).map(([code, list]) => {
    const text = {
      fi: `${industry(code, n.lang)} on vahvuus usealla verkoston kaupungilla: ${townList(n, list)}.`,
      sv: `${industry(code, n.lang)} är en styrka i flera av nätverkets städer: ${townList(n, list)}.`,
      en: `${industry(code, n.lang)} is a strength of several of the network's towns: ${townList(n, list)}.`,
    }[n.lang];
    return sentence(text, [
      sector(n, code, townList(n, list), [code, list.map((t) => t.code)]),
      ...list.map((t) => townEvidence(n, t)),
    ]);
  });
  const labels = new Map<string, string>();
  const competences = shared(towns, (t) =>
    t.c.picture.competences.offered.map((o) => (labels.set(o.key, o.label), o.key)),
  );
  const top = [...competences].sort((a, b) => b[1].length - a[1].length).slice(0, 3);
  if (top.length > 0) {
    const list = joinList(
      top.map(([key, ts]) => `${labels.get(key)} (${townList(n, ts)})`),
      n.lang,
    );
    const text = {
      fi: `Usean kaupungin toimijat tarjoavat näitä osaamisaloja: ${list}.`,
      sv: `Aktörer i flera städer erbjuder dessa kompetensområden: ${list}.`,
      en: `Actors in several towns offer these competences: ${list}.`,
    }[n.lang];
    out.push(
      sentence(
        text,
        top.map(([key, ts]) => competence(n, key, labels.get(key)!, ts.length)),
      ),
    );
  }
  return out;
}

interface Match {
  readonly needs: Town;
  readonly key: string;
  readonly label: string;
  readonly offers: { town: Town; organisationId: string; name: string }[];
}

/** Each town's unmet need that another town's actors offer. */
function complementarities(towns: readonly Town[]): Match[] {
  const matches: Match[] = [];
  for (const t of towns) {
    for (const need of t.c.picture.competences.unmetNeeds) {
      const offers = towns
        .filter((u) => u !== t)
        .flatMap((u) =>
          (u.c.picture.competences.offered.find((o) => o.key === need.key)?.organisationIds ?? []).map(
            (id) => ({
              town: u,
              organisationId: id,
              name: u.c.names.get(id) ?? id,
            }),
          ),
        );
      if (offers.length > 0) matches.push({ needs: t, key: need.key, label: need.label, offers });
    }
  }
  return matches;
}

function matchText(n: Context, m: Match): string {
  const label = quoted(m.label, n.lang);
  const offers = joinList(
    m.offers.slice(0, 3).map((o) => `${o.name} (${o.town.name})`),
    n.lang,
  );
  return {
    fi: `${m.needs.name} tarvitsee osaamista ${label}, ja sitä tarjoavat verkostossa ${offers}.`,
    sv: `${m.needs.name} behöver kompetens inom ${label}, och i nätverket erbjuds den av ${offers}.`,
    en: `${m.needs.name} needs ${label}, and within the network it is offered by ${offers}.`,
  }[n.lang];
}

function matchEvidence(n: Context, m: Match) {
  return [
    competence(n, m.key, m.label, m.offers.length),
    townEvidence(n, m.needs),
    ...m.offers
      .slice(0, 3)
      .map((o) => organisation(n, o.organisationId, { text: o.town.name, raw: o.town.code })),
  ];
}

function sharedNeeds(n: Context, towns: readonly Town[]): [string, string, Town[]][] {
  const labels = new Map<string, string>();
  const offered = new Set(towns.flatMap((t) => t.c.picture.competences.offered.map((o) => o.key)));
  const needs = shared(towns, (t) =>
    t.c.picture.competences.unmetNeeds.map((u) => (labels.set(u.key, u.label), u.key)),
  );
  return [...needs].filter(([key]) => !offered.has(key)).map(([key, list]) => [key, labels.get(key)!, list]);
}

function sharedNeedSentences(n: Context, towns: readonly Town[]): Sentence[] {
  return sharedNeeds(n, towns).map(([key, label, list]) => {
    const text = {
      fi: `Osaamistarve ${quoted(label, n.lang)} jää ilman tarjontaa usealla kaupungilla (${townList(n, list)}), eikä sitä tarjota muuallakaan verkostossa.`,
      sv: `Kompetensbehovet ${quoted(label, n.lang)} saknar utbud i flera städer (${townList(n, list)}) och erbjuds inte heller på annat håll i nätverket.`,
      en: `The need for ${quoted(label, n.lang)} has no offer in several towns (${townList(n, list)}), nor anywhere else in the network.`,
    }[n.lang];
    return sentence(text, [competence(n, key, label, list.length), ...list.map((t) => townEvidence(n, t))]);
  });
}

function networkTargets(n: Context, towns: readonly Town[]): Proposal[] {
  const matches = complementarities(towns)
    .slice(0, LISTED)
    .map((m): Proposal => ({
      key: `developmentTarget:complementarity:${m.needs.code}:${m.key}`,
      kind: 'developmentTarget',
      title: {
        fi: `${m.needs.name}: ${m.label} verkoston kumppaneilta`,
        sv: `${m.needs.name}: ${m.label} från nätverkets partner`,
        en: `${m.needs.name}: ${m.label} from network partners`,
      }[n.lang],
      text: `${matchText(n, m)} ${{ fi: 'Kumppanuus heidän kanssaan olisi verkoston yhteinen kehittämistoimi.', sv: 'Ett partnerskap med dem vore en gemensam utvecklingsåtgärd för nätverket.', en: 'A partnership with them would be a shared development action of the network.' }[n.lang]}`,
      evidence: matchEvidence(n, m),
    }));
  const needs = sharedNeeds(n, towns).map(([key, label, list]): Proposal => ({
    key: `developmentTarget:sharedNeed:${key}`,
    kind: 'developmentTarget',
    title: {
      fi: `Yhteinen osaamistarve: ${label}`,
      sv: `Gemensamt kompetensbehov: ${label}`,
      en: `Shared competence need: ${label}`,
    }[n.lang],
    text: {
      fi: `Osaamistarve ${quoted(label, n.lang)} on yhteinen kaupungeille ${townList(n, list)}, eikä sitä tarjota verkostossa; yhteinen hankinta tai koulutus voisi palvella niitä kaikkia.`,
      sv: `Kompetensbehovet ${quoted(label, n.lang)} är gemensamt för ${townList(n, list)} och erbjuds inte i nätverket; en gemensam upphandling eller utbildning kunde tjäna dem alla.`,
      en: `The need for ${quoted(label, n.lang)} is shared by ${townList(n, list)} and not offered in the network; a joint purchase or training could serve them all.`,
    }[n.lang],
    evidence: [competence(n, key, label, list.length), ...list.map((t) => townEvidence(n, t))],
  }));
  return [...matches, ...needs];
}

function sharedGrowth(n: Context, towns: readonly Town[]): Proposal[] {
  const sectors = shared(towns, (t) =>
    [...t.c.picture.strengths, ...t.c.picture.growthCandidates].map((s) => s.code),
  );
  return [...sectors].slice(0, LISTED).map(([code, list]) => ({
    key: `growthSector:${code}`,
    kind: 'growthSector',
    title: industry(code, n.lang),
    text: {
      fi: `${industry(code, n.lang)} on vahvuus tai kasvuala usealla kaupungilla (${townList(n, list)}); yhteinen kehittäminen voisi vahvistaa sitä koko verkostossa.`,
      sv: `${industry(code, n.lang)} är en styrka eller tillväxtbransch i flera städer (${townList(n, list)}); gemensam utveckling kunde stärka den i hela nätverket.`,
      en: `${industry(code, n.lang)} is a strength or growth sector in several towns (${townList(n, list)}); developing it together could strengthen it across the network.`,
    }[n.lang],
    evidence: [
      sector(n, code, townList(n, list), [code, list.map((t) => t.code)]),
      ...list.map((t) => townEvidence(n, t)),
    ],
  }));
}

/** The network's own draft with the towns' sentences first and its proposals merged by key. */
function merge(d: Draft, sentences: Sentence[], proposals: Proposal[] = []): Draft {
  const keys = new Set(proposals.map((p) => p.key));
  return draft(
    d.key,
    [...sentences, ...d.sentences],
    [...proposals, ...d.proposals.filter((p) => !keys.has(p.key))],
    d.fallback,
  );
}

export function writeNetworkPicture(
  network: Picture,
  towns: readonly Picture[],
  language: Language,
): WrittenPicture {
  const list: Town[] = towns.map((p) => ({
    c: contextOf(p, language),
    name: scopeName(p, language),
    code: p.scope.id,
  }));
  // The towns' actors are named in the network's sentences too (who offers what another town needs).
  const own = contextOf(network, language);
  const n: Context = { ...own, names: new Map([...list.flatMap((t) => [...t.c.names]), ...own.names]) };
  const extra: Partial<Record<Draft['key'], [Sentence[], Proposal[]?]>> = {
    glance: [sideBySide(n, list)],
    competences: [
      complementarities(list)
        .slice(0, LISTED)
        .map((m) => sentence(matchText(n, m), matchEvidence(n, m))),
    ],
    strengths: [sharedStrengths(n, list)],
    challenges: [sharedNeedSentences(n, list)],
    developmentTargets: [[], networkTargets(n, list)],
    growthSectors: [[], sharedGrowth(n, list)],
  };
  const sections = drafts(n).map((d) => finish(n, merge(d, extra[d.key]?.[0] ?? [], extra[d.key]?.[1])));
  const m = methods(n);
  const together = {
    fi: 'Verkoston raportti kokoaa kaupunkien tilannekuvat rinnakkain. Yhteinen vahvuus on toimiala, joka on vahvuus useammassa kuin yhdessä kaupungissa; täydentävyys tarkoittaa, että yhden kaupungin toimijoiden tarjoama osaaminen vastaa toisen kaupungin toimijoiden tarpeeseen.',
    sv: 'Nätverkets rapport ställer städernas lägesbilder sida vid sida. En gemensam styrka är en näringsgren som är en styrka i mer än en stad; komplementaritet betyder att kompetens som aktörer i en stad erbjuder motsvarar ett behov hos aktörer i en annan stad.',
    en: "The network's report sets the towns' pictures side by side. A shared strength is an industry that is a strength in more than one town; a complementarity means that a competence one town's actors offer meets a need of another town's actors.",
  }[language];
  return { language, sections, methods: { plain: [...m.plain, together], technical: m.technical } };
}
