/**
 * A strength or growth sector's evidence (from the picture's strengths and growth candidates) as phrases
 * and evidence items: its location quotient and count, central actors, competences, projects, growth.
 */
import type { Evidence as Evidence0, SectorItem } from '../../analysis/strengths.schema.js';
import {
  competence,
  figure,
  organisation,
  project,
  sector,
  type Context,
  type Evidence,
} from './evidence.js';
import { count, date, joinList, num } from './language.js';
import { NOUNS } from './nouns.js';

const LISTED = 3;

export interface SectorStory {
  /** Phrases that describe the sector, each naming part of its evidence. */
  readonly lq: string | null;
  readonly actors: string | null;
  /** The central actors as a noun phrase: "keskeiset toimijat (A ja B)". */
  readonly central: string | null;
  readonly competences: string | null;
  readonly projects: string | null;
  readonly growth: string | null;
  /** The sector rests on a low count: its specialisation is read with caution. */
  readonly tentative: boolean;
  readonly organisations: number;
  readonly evidence: Evidence[];
}

const GROWTH = { fi: 'Toimijamäärän muutos', sv: 'Förändring i antalet aktörer', en: 'Change in actors' };
const LQ = { fi: 'sijaintiosamäärä', sv: 'lokaliseringskvot', en: 'location quotient' };

type Story = { -readonly [K in keyof SectorStory]: SectorStory[K] };
type Of<K extends Evidence0['kind']> = Extract<Evidence0, { kind: K }>;

/** The sector's most central actors that have ties: an actor without ties is central to nothing. */
function centralActors(c: Context, e: Of<'centralActors'>, story: Story) {
  const tied = new Set(c.picture.network.actors.filter((a) => a.degree > 0).map((a) => a.organisationId));
  const top = e.actors.filter((a) => tied.has(a.organisationId)).slice(0, 2);
  if (top.length === 0) return;
  const names = joinList(
    top.map((a) => a.name),
    c.lang,
  );
  story.actors = {
    fi: `keskeisimpinä toimijoina ${names}`,
    sv: `med ${names} som de mest centrala aktörerna`,
    en: `with ${names} as its most central actors`,
  }[c.lang];
  story.central = {
    fi: `keskeiset toimijat (${names})`,
    sv: `centrala aktörer (${names})`,
    en: `central actors (${names})`,
  }[c.lang];
  for (const a of top) {
    const rank = {
      fi: `${a.pagerankRank}. keskeisin`,
      sv: `${a.pagerankRank}:e mest centrala`,
      en: `central rank ${a.pagerankRank}`,
    }[c.lang];
    story.evidence.push(organisation(c, a.organisationId, { text: rank, raw: a.pagerankRank }));
  }
}

function competences(c: Context, e: Of<'competences'>, story: Story) {
  const top = e.items.slice(0, LISTED);
  const labels = joinList(
    top.map((x) => x.label),
    c.lang,
  );
  story.competences = {
    fi: `tarjottu osaaminen (${labels})`,
    sv: `erbjuden kompetens (${labels})`,
    en: `the competences offered (${labels})`,
  }[c.lang];
  for (const x of top) story.evidence.push(competence(c, x.key, x.label, x.organisations));
}

function projects(c: Context, e: Of<'projects'>, story: Story) {
  const top = e.items.slice(0, LISTED);
  const names = joinList(
    top.map((p) => p.name),
    c.lang,
  );
  story.projects = { fi: `hankkeet (${names})`, sv: `projekten (${names})`, en: `the projects (${names})` }[
    c.lang
  ];
  for (const p of top) story.evidence.push(project(p.projectId, p.name, p.organisations, c));
}

function growth(c: Context, e: Of<'growth'>, story: Story, code: string) {
  if (e.now <= e.before) return;
  const change = `${num(e.before, c.lang, 0)} → ${num(e.now, c.lang, 0)}`;
  const since = date(e.since, c.lang);
  story.growth = {
    fi: `toimijamäärän kasvu (${change} ${since} jälkeen)`,
    sv: `att antalet aktörer vuxit (${change} sedan ${since})`,
    en: `the growth in actors (${change} since ${since})`,
  }[c.lang];
  story.evidence.push(figure(c, `growth:${code}:${e.since}`, GROWTH, e.now - e.before, change));
}

export function sectorStory(c: Context, item: SectorItem): SectorStory {
  const size = item.evidence.find((e) => e.kind === 'size');
  const organisations = size?.kind === 'size' ? size.organisations : 0;
  const lqEvidence = item.evidence.find((e) => e.kind === 'specialisation' && e.basis === 'organisations');
  const n = count(organisations, NOUNS.actor, c.lang);
  const specialised = lqEvidence?.kind === 'specialisation' && lqEvidence.lq !== null ? lqEvidence : null;
  const lq = specialised ? `${LQ[c.lang]} ${num(specialised.lq!, c.lang, 1)}, ${n}` : n;
  const story: Story = {
    lq,
    actors: null,
    central: null,
    competences: null,
    projects: null,
    growth: null,
    tentative: specialised?.lowCount ?? false,
    organisations,
    evidence: [sector(c, item.code, lq, [item.code, item.score, item.scoreParts])],
  };
  for (const e of item.evidence) {
    if (e.kind === 'centralActors') centralActors(c, e, story);
    else if (e.kind === 'competences') competences(c, e, story);
    else if (e.kind === 'projects') projects(c, e, story);
    else if (e.kind === 'growth') growth(c, e, story, item.code);
  }
  return story;
}

/** What points forward in a sector's story: competences, projects, growth. */
export const forward = (s: SectorStory) =>
  [s.competences, s.projects, s.growth].filter((x): x is string => !!x);
