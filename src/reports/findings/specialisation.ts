/**
 * What the scope is specialised in, saying plainly what it is compared with: all of Finland (a national
 * table) or the actors recorded in Solmu. Low counts are named, but as uncertain.
 */
import type { LqRow, LqTable } from '../../analysis/picture.schema.js';
import {
  figure,
  draft,
  sector,
  sentence,
  type Context,
  type Draft,
  type Evidence,
  type Sentence,
} from './evidence.js';
import { capitalise, count, industry, joinList, num, type Tri } from './language.js';
import { NOUNS } from './nouns.js';
import { here, scopeNoun } from './scope.js';

const LISTED = 3;

const L = {
  baseline: { fi: 'Vertailukohta', sv: 'Jämförelsegrund', en: 'Compared with' },
  scopeTotal: {
    fi: 'Toimijoita, joilla toimialakoodi',
    sv: 'Aktörer med näringsgrenskod',
    en: 'Actors with an industry code',
  },
  finlandTotal: {
    fi: 'Vertailukohdan toimijoita',
    sv: 'Aktörer i jämförelsegrunden',
    en: 'Actors in the comparison',
  },
  jobsTotal: {
    fi: 'Vertailukohdan työpaikkoja',
    sv: 'Arbetsplatser i jämförelsegrunden',
    en: 'Jobs in the comparison',
  },
} satisfies Record<string, Tri>;

const BASELINE_NAMES = {
  finland: { fi: 'koko Suomi', sv: 'hela Finland', en: 'all of Finland' },
  solmu: { fi: 'Solmuun kirjatut toimijat', sv: 'aktörerna i Solmu', en: 'the actors recorded in Solmu' },
} satisfies Record<LqTable['baseline'], Tri>;

const LQ_WORD = { fi: 'sijaintiosamäärä', sv: 'lokaliseringskvot', en: 'location quotient' } satisfies Tri;

/** "3,3; 5 toimijaa" — the quotient and the count it rests on. */
function figures(c: Context, row: LqRow, basis: LqTable['basis']): string {
  const n =
    basis === 'jobs'
      ? `${num(row.scopeCount, c.lang, 0)} ${{ fi: 'työpaikkaa', sv: 'arbetsplatser', en: 'jobs' }[c.lang]}`
      : count(row.scopeCount, NOUNS.actor, c.lang);
  return `${LQ_WORD[c.lang]} ${num(row.lq ?? 0, c.lang, 1)}; ${n}`;
}

export function sectorEvidence(c: Context, row: LqRow, basis: LqTable['basis']): Evidence {
  return sector(c, row.code, figures(c, row, basis), [
    basis,
    row.lq,
    row.scopeCount,
    row.finlandCount,
    row.lowCount,
  ]);
}

const listed = (c: Context, rows: LqRow[], basis: LqTable['basis']) =>
  joinList(
    rows.map((r) => `${industry(r.code, c.lang)} (${figures(c, r, basis)})`),
    c.lang,
  );

function baseline(c: Context, table: LqTable): Sentence {
  const source = table.source ? ` (${table.source}${table.year ? `, ${table.year}` : ''})` : '';
  const text =
    table.basis === 'jobs'
      ? {
          fi: `Työpaikkojen mukaan laskettua erikoistumista verrataan koko maan työpaikkoihin${source}: sijaintiosamäärä kertoo, kuinka monta kertaa suurempi toimialan osuus työpaikoista on ${here(c)} kuin koko maassa.`,
          sv: `Specialiseringen enligt arbetsplatser jämförs med arbetsplatserna i hela landet${source}: lokaliseringskvoten visar hur många gånger större näringsgrenens andel av arbetsplatserna är ${here(c)} än i hela landet.`,
          en: `Specialisation by jobs is compared with the jobs in the whole country${source}: the location quotient tells how many times larger an industry's share of jobs is ${here(c)} than in the whole country.`,
        }[c.lang]
      : table.baseline === 'finland'
        ? {
            fi: `Erikoistumista verrataan koko Suomeen${source}: sijaintiosamäärä kertoo, kuinka monta kertaa yleisempi toimiala on ${here(c)} kuin koko maassa (1 = yhtä yleinen).`,
            sv: `Specialiseringen jämförs med hela Finland${source}: lokaliseringskvoten visar hur många gånger vanligare en näringsgren är ${here(c)} än i hela landet (1 = lika vanlig).`,
            en: `Specialisation is compared with all of Finland${source}: the location quotient tells how many times more common an industry is ${here(c)} than in the whole country (1 = as common).`,
          }[c.lang]
        : {
            fi: `Erikoistumista verrataan Solmuun kirjattuihin toimijoihin eikä koko Suomeen, koska kansallista toimialataulukkoa ei ole tuotu: sijaintiosamäärä kertoo, kuinka monta kertaa yleisempi toimiala on ${here(c)} kuin kaikkien Solmun toimijoiden joukossa (1 = yhtä yleinen).`,
            sv: `Specialiseringen jämförs med aktörerna i Solmu och inte med hela Finland, eftersom ingen nationell tabell över näringsgrenar har importerats: lokaliseringskvoten visar hur många gånger vanligare en näringsgren är ${here(c)} än bland alla aktörer i Solmu (1 = lika vanlig).`,
            en: `Specialisation is compared with the actors recorded in Solmu, not with all of Finland, because no national industry table has been imported: the location quotient tells how many times more common an industry is ${here(c)} than among all the actors in Solmu (1 = as common).`,
          }[c.lang];
  const totalLabel = table.basis === 'jobs' ? L.jobsTotal : L.finlandTotal;
  return sentence(text, [
    figure(c, `baseline:${table.basis}`, L.baseline, 0, BASELINE_NAMES[table.baseline][c.lang]),
    figure(c, `scopeTotal:${table.basis}`, L.scopeTotal, table.scopeTotal, num(table.scopeTotal, c.lang, 0)),
    figure(
      c,
      `finlandTotal:${table.basis}`,
      totalLabel,
      table.finlandTotal,
      num(table.finlandTotal, c.lang, 0),
    ),
  ]);
}

function specialised(c: Context, table: LqTable): Sentence[] {
  const minLq = c.picture.parameters.strengths.minLocationQuotient;
  const high = table.divisions.filter((r) => r.lq !== null && r.lq >= minLq);
  const firm = high.filter((r) => !r.lowCount).slice(0, LISTED);
  const low = high.filter((r) => r.lowCount).slice(0, LISTED);
  const threshold = num(c.picture.parameters.lowCountThreshold, c.lang, 0);
  const out: Sentence[] = [];
  const jobs = table.basis === 'jobs';
  if (firm.length > 0) {
    const list = listed(c, firm, table.basis);
    const text = jobs
      ? {
          fi: `Työpaikkojen mukaan selvimmin erikoistuneita toimialoja ovat ${list}.`,
          sv: `Enligt arbetsplatserna är de tydligast specialiserade näringsgrenarna ${list}.`,
          en: `By jobs, the most clearly specialised industries are ${list}.`,
        }[c.lang]
      : {
          fi: `Selvimmin ${scopeNoun(c)} on erikoistunut näihin toimialoihin: ${list}.`,
          sv: `${capitalise(scopeNoun(c))} är tydligast specialiserat på dessa näringsgrenar: ${list}.`,
          en: `${capitalise(scopeNoun(c))} is most clearly specialised in ${list}.`,
        }[c.lang];
    out.push(
      sentence(
        text,
        firm.map((r) => sectorEvidence(c, r, table.basis)),
      ),
    );
  }
  if (low.length > 0) {
    const list = listed(c, low, table.basis);
    const also = firm.length > 0;
    const text = {
      fi: `${also ? 'Myös näillä' : 'Näillä'} toimialoilla sijaintiosamäärä on korkea, mutta ${jobs ? 'työpaikkoja' : 'toimijoita'} on alle ${threshold}, joten yksi enemmän tai vähemmän muuttaisi lukua paljon ja tulosta on tulkittava varovasti: ${list}.`,
      sv: `${also ? 'Även i dessa' : 'I dessa'} näringsgrenar är lokaliseringskvoten hög, men de har färre än ${threshold} ${jobs ? 'arbetsplatser' : 'aktörer'}, så en mer eller mindre skulle ändra kvoten mycket och resultatet ska tolkas med försiktighet: ${list}.`,
      en: `These industries ${also ? 'also have' : 'have'} a high location quotient, but fewer than ${threshold} ${jobs ? 'jobs' : 'actors'}, so one more or less would change it a lot and the result should be read with caution: ${list}.`,
    }[c.lang];
    out.push(
      sentence(
        text,
        low.map((r) => sectorEvidence(c, r, table.basis)),
      ),
    );
  }
  if (out.length === 0 && !jobs) {
    const text =
      table.divisions.length === 0
        ? {
            fi: 'Yhdelläkään toimijalla ei ole toimialakoodia, joten erikoistumista ei voi arvioida.',
            sv: 'Ingen aktör har en näringsgrenskod, så specialiseringen kan inte bedömas.',
            en: 'No actor has an industry code, so specialisation cannot be assessed.',
          }[c.lang]
        : {
            fi: `Mikään toimiala ei ole ${here(c)} selvästi yleisempi kuin vertailukohdassa.`,
            sv: `Ingen näringsgren är tydligt vanligare ${here(c)} än i jämförelsegrunden.`,
            en: `No industry is clearly more common ${here(c)} than in the comparison.`,
          }[c.lang];
    out.push(
      sentence(text, [
        figure(c, 'industries', L.scopeTotal, table.scopeTotal, num(table.scopeTotal, c.lang, 0)),
      ]),
    );
  }
  return out;
}

export function specialisation(c: Context): Draft {
  const { organisations, jobs } = c.picture.specialisation;
  const sentences = [baseline(c, organisations), ...specialised(c, organisations)];
  if (jobs) sentences.push(baseline(c, jobs), ...specialised(c, jobs));
  return draft('specialisation', sentences);
}
