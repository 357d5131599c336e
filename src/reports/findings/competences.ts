/** Competence supply against needs: what the actors offer, which needs are met there, which are not. */
import type { PictureCompetences } from '../../analysis/picture.schema.js';
import { municipalityName } from '../labels.js';
import {
  competence,
  figure,
  nameOf,
  organisation,
  draft,
  sentence,
  type Context,
  type Draft,
  type Evidence,
  type Sentence,
} from './evidence.js';
import { count, joinList, num, quoted, type Tri } from './language.js';
import { NOUNS } from './nouns.js';
import { here } from './scope.js';

const LISTED = 3;
const UNMET_LISTED = 5;
const OFFERERS_LISTED = 3;

const L = {
  offered: { fi: 'Tarjottuja osaamisaloja', sv: 'Erbjudna kompetensområden', en: 'Competences offered' },
  needed: {
    fi: 'Kirjattuja osaamistarpeita',
    sv: 'Registrerade kompetensbehov',
    en: 'Competence needs recorded',
  },
} satisfies Record<string, Tri>;

type Unmet = PictureCompetences['unmetNeeds'][number];

function offered(c: Context): Sentence[] {
  const list = c.picture.competences.offered;
  if (list.length === 0) return [];
  const top = list.slice(0, LISTED);
  const n = count(list.length, NOUNS.competence, c.lang);
  const names = joinList(
    top.map((o) => `${o.label} (${count(o.organisationIds.length, NOUNS.actor, c.lang)})`),
    c.lang,
  );
  const one = list.length === 1;
  const text = {
    fi: one
      ? `Toimijat tarjoavat yhtä osaamisalaa: ${names}.`
      : `Toimijat tarjoavat ${n}; yleisimmät ovat ${names}.`,
    sv: one
      ? `Aktörerna erbjuder ett kompetensområde: ${names}.`
      : `Aktörerna erbjuder ${n}; de vanligaste är ${names}.`,
    en: one
      ? `The actors offer one competence: ${names}.`
      : `The actors offer ${n}; the most common are ${names}.`,
  }[c.lang];
  return [
    sentence(text, [
      figure(c, 'offered', L.offered, list.length, num(list.length, c.lang, 0)),
      ...top.map((o) => competence(c, o.key, o.label, o.organisationIds.length)),
    ]),
  ];
}

function needs(c: Context): Sentence[] {
  const { needed, metNeeds } = c.picture.competences;
  if (needed.length === 0) return [];
  const n = count(needed.length, NOUNS.need, c.lang);
  const met = joinList(
    metNeeds.slice(0, LISTED).map((m) => m.label),
    c.lang,
  );
  const k = num(needed.length, c.lang, 0);
  const one = needed.length === 1;
  const text =
    metNeeds.length > 0
      ? {
          fi: `Kirjattuja osaamistarpeita on ${k}, ja ${here(c)} on tarjolla osaamista näihin: ${met}.`,
          sv: `Aktörerna har registrerat ${n}, och ${here(c)} erbjuds kompetens för dessa: ${met}.`,
          en: `The actors have recorded ${n}, and competence for these is offered ${here(c)}: ${met}.`,
        }[c.lang]
      : {
          fi: `Kirjattuja osaamistarpeita on ${k}, mutta ${here(c)} ei ole tarjolla osaamista ${one ? 'siihen' : 'yhteenkään niistä'}.`,
          sv: `Aktörerna har registrerat ${n}, men ${here(c)} erbjuds ingen kompetens för ${one ? 'det' : 'något av dem'}.`,
          en: `The actors have recorded ${n}, but no competence for ${one ? 'it' : 'any of them'} is offered ${here(c)}.`,
        }[c.lang];
  const evidence: Evidence[] = [figure(c, 'needed', L.needed, needed.length, num(needed.length, c.lang, 0))];
  for (const m of metNeeds.slice(0, LISTED)) {
    evidence.push(competence(c, m.key, m.label, m.offeredBy.length));
    for (const id of m.offeredBy.slice(0, OFFERERS_LISTED)) evidence.push(organisation(c, id));
  }
  return [sentence(text, evidence)];
}

/** "A (Iisalmi, samasta verkostosta)": who offers a missing competence elsewhere, and where. */
function offerer(c: Context, o: Unmet['offeredElsewhere'][number]): string {
  const place = o.municipalityCode ? municipalityName(o.municipalityCode, c.lang) : null;
  const same = o.sameNetwork
    ? { fi: 'samasta verkostosta', sv: 'från samma nätverk', en: 'same network' }[c.lang]
    : null;
  const details = [place, same].filter(Boolean).join(', ');
  return details ? `${o.name} (${details})` : o.name;
}

export function unmetEvidence(c: Context, u: Unmet): Evidence[] {
  return [
    competence(c, u.key, u.label, u.neededBy.length),
    ...u.neededBy.map((id) =>
      organisation(c, id, { text: { fi: 'tarvitsee', sv: 'behöver', en: 'needs' }[c.lang], raw: 'need' }),
    ),
    ...u.offeredElsewhere.slice(0, OFFERERS_LISTED).map((o) =>
      organisation(c, o.organisationId, {
        text: offerer(c, o),
        raw: ['offer', o.municipalityCode, o.sameNetwork],
      }),
    ),
  ];
}

/** One unmet need as a sentence: who needs it, and who offers it elsewhere. */
export function unmetText(c: Context, u: Unmet): string {
  const who = `${count(u.neededBy.length, NOUNS.actor, c.lang)}: ${joinList(
    u.neededBy.slice(0, OFFERERS_LISTED).map((id) => nameOf(c, id)),
    c.lang,
  )}`;
  const elsewhere = joinList(
    u.offeredElsewhere.slice(0, OFFERERS_LISTED).map((o) => offerer(c, o)),
    c.lang,
  );
  const some = u.offeredElsewhere.length > 0;
  const label = quoted(u.label, c.lang);
  return {
    fi: `Osaamistarpeelle ${label} (${who}) ei ole tarjontaa ${here(c)}; ${some ? `sitä tarjoavat muualla ${elsewhere}` : 'tarjoajaa ei ole löytynyt muualtakaan'}.`,
    sv: `Kompetensbehovet ${label} (${who}) saknar utbud ${here(c)}; ${some ? `det erbjuds på annat håll av ${elsewhere}` : 'ingen som erbjuder det har hittats på annat håll heller'}.`,
    en: `The need for ${label} (${who}) has no offer ${here(c)}; ${some ? `it is offered elsewhere by ${elsewhere}` : 'no one offering it has been found elsewhere either'}.`,
  }[c.lang];
}

function unmet(c: Context): Sentence[] {
  return c.picture.competences.unmetNeeds
    .slice(0, UNMET_LISTED)
    .map((u) => sentence(unmetText(c, u), unmetEvidence(c, u)));
}

function nothing(c: Context): Sentence[] {
  const { offered: o, needed } = c.picture.competences;
  if (o.length > 0 || needed.length > 0) return [];
  const text = {
    fi: 'Toimijoiden tarjoamaa osaamista tai osaamistarpeita ei ole vielä kirjattu.',
    sv: 'Aktörernas kompetenser eller kompetensbehov har ännu inte registrerats.',
    en: 'No competences offered or needed by the actors have been recorded yet.',
  }[c.lang];
  return [
    sentence(text, [
      figure(c, 'offered', L.offered, 0, num(0, c.lang, 0)),
      figure(c, 'needed', L.needed, 0, num(0, c.lang, 0)),
    ]),
  ];
}

export function competences(c: Context): Draft {
  return draft('competences', [...nothing(c), ...offered(c), ...needs(c), ...unmet(c)]);
}
