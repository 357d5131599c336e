/** The ecosystem at a glance: who is there, by kind and industry, the triple helix, how it has changed. */
import { pillarName } from '../labels.js';
import { changeSince } from './change.js';
import { figure, draft, sector, sentence, type Context, type Draft, type Sentence } from './evidence.js';
import { FIGURES } from './figures.js';
import { capitalise, count, date, industry, joinList, num, type Tri } from './language.js';
import { KIND_NOUNS, NOUNS, PILLARS, pluralPillars } from './nouns.js';
import { here } from './scope.js';

const L = {
  examples: {
    fi: 'Esimerkkiaineisto',
    sv: 'Exempeldata',
    en: 'Example data',
  },
  unknownIndustry: {
    fi: 'Toimijoita ilman toimialakoodia',
    sv: 'Aktörer utan näringsgrenskod',
    en: 'Actors without an industry code',
  },
} satisfies Record<string, Tri>;

function examples(c: Context): Sentence[] {
  if (!c.picture.includesExamples) return [];
  const text = {
    fi: 'Tilannekuva on laskettu osin kuvitteellisista esimerkkitiedoista, joten se ei kuvaa todellista tilannetta.',
    sv: 'Lägesbilden är delvis beräknad på fiktiva exempeluppgifter och beskriver därför inte det verkliga läget.',
    en: 'This picture is computed partly from fictional example data, so it does not describe the real situation.',
  }[c.lang];
  return [
    sentence(text, [
      figure(c, 'includesExamples', L.examples, 1, { fi: 'kyllä', sv: 'ja', en: 'yes' }[c.lang]),
    ]),
  ];
}

function who(c: Context): Sentence {
  const comp = c.picture.composition;
  const total = figure(
    c,
    'organisations',
    FIGURES.actors,
    comp.organisations,
    num(comp.organisations, c.lang, 0),
  );
  if (comp.organisations === 0) {
    const none = {
      fi: `${capitalise(here(c))} ei ole vielä kirjattu yhtään toimijaa.`,
      sv: `${capitalise(here(c))} finns ännu inga aktörer registrerade.`,
      en: `No actors have been recorded ${here(c)} yet.`,
    }[c.lang];
    return sentence(none, [total]);
  }
  const kinds = comp.byKind.map((r) => count(r.count, KIND_NOUNS[r.code] ?? KIND_NOUNS.other!, c.lang));
  const actors = count(comp.organisations, NOUNS.actor, c.lang);
  const text = {
    fi: `${capitalise(here(c))} on Solmuun kirjattu ${actors}: ${joinList(kinds, c.lang)}.`,
    sv: `${capitalise(here(c))} finns ${actors} registrerade i Solmu: ${joinList(kinds, c.lang)}.`,
    en: `Solmu records ${actors} ${here(c)}: ${joinList(kinds, c.lang)}.`,
  }[c.lang];
  const byKind = comp.byKind.map((r) =>
    figure(c, `kind:${r.code}`, kindLabel(r.code), r.count, num(r.count, c.lang, 0)),
  );
  return sentence(text, [total, ...byKind]);
}

const kindLabel = (code: string): Tri => {
  const noun = KIND_NOUNS[code] ?? KIND_NOUNS.other!;
  return { fi: capitalise(noun.fi[1]), sv: capitalise(noun.sv[1]), en: capitalise(noun.en[1]) };
};

function industries(c: Context): Sentence[] {
  const rows = c.picture.composition.byDivision.filter((r) => r.code !== 'unknown');
  const unknown = c.picture.composition.byDivision.find((r) => r.code === 'unknown')?.count ?? 0;
  const out: Sentence[] = [];
  const top = rows.slice(0, 3);
  if (top.length > 0) {
    const named = top.map((r) => `${industry(r.code, c.lang)} (${count(r.count, NOUNS.actor, c.lang)})`);
    const list = joinList(named, c.lang);
    const text =
      top.length === 1
        ? {
            fi: `Toimialoista on kirjattu vain ${list}.`,
            sv: `Av näringsgrenarna finns bara ${list} registrerad.`,
            en: `The only industry recorded is ${list}.`,
          }[c.lang]
        : {
            fi: `Yleisimmät toimialat ovat ${list}.`,
            sv: `De vanligaste näringsgrenarna är ${list}.`,
            en: `The most common industries are ${list}.`,
          }[c.lang];
    out.push(
      sentence(
        text,
        top.map((r) => sector(c, r.code, count(r.count, NOUNS.actor, c.lang), r.count)),
      ),
    );
  }
  if (unknown > 0) {
    const n = num(unknown, c.lang, 0);
    const all = unknown === c.picture.composition.organisations;
    const text = all
      ? {
          fi: 'Toimialakoodi puuttuu kaikilta toimijoilta, joten toimialoista ei voi vielä sanoa mitään.',
          sv: 'Näringsgrenskod saknas för alla aktörer, så ännu kan inget sägas om näringsgrenarna.',
          en: 'The industry code is missing for every actor, so nothing can be said about industries yet.',
        }[c.lang]
      : {
          fi: `Toimialakoodi puuttuu ${n} toimijalta, joten toimialoja koskevat luvut kuvaavat vain osaa toimijoista.`,
          sv: `Näringsgrenskod saknas för ${n} ${unknown === 1 ? 'aktör' : 'aktörer'}, så siffrorna om näringsgrenar beskriver bara en del av aktörerna.`,
          en: `The industry code is missing for ${count(unknown, NOUNS.actor, c.lang)}, so the figures on industries describe only part of the actors.`,
        }[c.lang];
    out.push(sentence(text, [figure(c, 'unknownIndustry', L.unknownIndustry, unknown, n)]));
  }
  return out;
}

function helix(c: Context): Sentence[] {
  const h = c.picture.composition.tripleHelix;
  if (c.picture.composition.organisations === 0) return [];
  const present = h.pillars.filter((p) => p.count > 0);
  const evidence = h.pillars.map((p) =>
    figure(
      c,
      `pillar:${p.pillar}`,
      { fi: pillarName(p.pillar, 'fi'), sv: pillarName(p.pillar, 'sv'), en: pillarName(p.pillar, 'en') },
      p.count,
      num(p.count, c.lang, 0),
    ),
  );
  const names = (list: readonly { pillar: string; count?: number }[]) =>
    joinList(
      list.map((p) =>
        p.count === undefined
          ? PILLARS[p.pillar]![c.lang]
          : `${PILLARS[p.pillar]![c.lang]} (${num(p.count, c.lang, 0)})`,
      ),
      c.lang,
    );
  if (h.missingPillars.length === 0) {
    const text = {
      fi: `Kolmoiskierteen kaikki osat ovat mukana: ${names(present)}.`,
      sv: `Alla delar av trippelhelixen finns med: ${names(present)}.`,
      en: `Every part of the triple helix is present: ${names(present)}.`,
    }[c.lang];
    return [sentence(text, evidence)];
  }
  const missing = names(h.missingPillars.map((pillar) => ({ pillar })));
  const many = pluralPillars(h.missingPillars);
  const text = {
    fi: `Kolmoiskierteestä mukana ${pluralPillars(present.map((p) => p.pillar)) ? 'ovat' : 'on'} ${names(present)}; ${missing} ${many ? 'puuttuvat' : 'puuttuu'}.`,
    sv: `Av trippelhelixen finns ${names(present)} med; ${missing} saknas.`,
    en: `Of the triple helix, ${names(present)} ${pluralPillars(present.map((p) => p.pillar)) ? 'are' : 'is'} present; ${missing} ${many ? 'are' : 'is'} missing.`,
  }[c.lang];
  return [sentence(text, evidence)];
}

/** Change since the latest saved snapshot, as the sectors' growth evidence records it. */
function change(c: Context): Sentence[] {
  const seen = new Map<string, { before: number; now: number; since: string }>();
  for (const item of [...c.picture.strengths, ...c.picture.growthCandidates])
    for (const e of item.evidence) if (e.kind === 'growth') seen.set(item.code, e);
  if (seen.size === 0) return [];
  const since = date([...seen.values()][0]!.since, c.lang);
  const changed = [...seen].filter(([, g]) => g.now !== g.before);
  const evidence = [...seen].map(([code, g]) =>
    sector(c, code, `${num(g.before, c.lang, 0)} → ${num(g.now, c.lang, 0)}`, [g.since, g.before, g.now]),
  );
  if (changed.length === 0) {
    const text = {
      fi: `Edellisen tilannekuvan (${since}) jälkeen vahvuus- ja kasvualojen toimijamäärät ovat pysyneet ennallaan.`,
      sv: `Sedan den förra lägesbilden (${since}) är antalet aktörer i styrke- och tillväxtbranscherna oförändrat.`,
      en: `Since the previous picture (${since}) the number of actors in the strength and growth sectors has stayed the same.`,
    }[c.lang];
    return [sentence(text, evidence)];
  }
  const list = joinList(
    changed.map(
      ([code, g]) => `${industry(code, c.lang)} (${num(g.before, c.lang, 0)} → ${num(g.now, c.lang, 0)})`,
    ),
    c.lang,
  );
  const text = {
    fi: `Edellisen tilannekuvan (${since}) jälkeen toimijoiden määrä on muuttunut näillä toimialoilla: ${list}.`,
    sv: `Sedan den förra lägesbilden (${since}) har antalet aktörer förändrats i dessa näringsgrenar: ${list}.`,
    en: `Since the previous picture (${since}) the number of actors has changed in these industries: ${list}.`,
  }[c.lang];
  return [sentence(text, evidence)];
}

export function glance(c: Context): Draft {
  return draft('glance', [
    ...examples(c),
    who(c),
    ...industries(c),
    ...helix(c),
    ...change(c),
    ...changeSince(c, c.change),
  ]);
}
