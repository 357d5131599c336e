/** The sections of a public page, each usable alone (the embeds show one). */
import { html } from 'hono/html';
import type { PublicContact } from '../../../domain/public-pages.js';
import { industryName, kindName } from '../../../reports/labels.js';
import { formatDay, formatMoment, formatNumber } from './format.js';
import { eventKindName, t, type Lang, type Word } from './labels.js';
import { pageAddress, type Html } from './layout.js';
import { actorsSvg, townsSvg } from './map.svg.js';
import type { CountRow, LinkedPage, Localised, PageModel, ReportSection, Town } from './site.model.js';
import type { ActorRow, EventRow, StoryRow } from './site.repository.js';
import { localised, nameIn } from './localised.js';

/** A text in its own language: marked when it fell back to Finnish. */
const text = (l: Localised | null, lang: Lang) =>
  l ? (l.lang === lang ? html`${l.text}` : html`<span lang="${l.lang}">${l.text}</span>`) : '';

const paragraphs = (value: string) =>
  value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);

const KIND_WORDS: Record<PageModel['kind'], Word> = {
  municipality: 'kindMunicipality',
  ecosystem: 'kindEcosystem',
  network: 'kindNetwork',
};

/** "Invest in Savonlinna" for a town; an ecosystem's or a network's own name reads better alone. */
export const pageTitle = (m: Pick<PageModel, 'kind' | 'name' | 'lang'>) =>
  m.kind === 'municipality' ? `${t('investIn', m.lang)} ${m.name}` : m.name;

export function introSection(m: PageModel) {
  return html`<p class="kind">${t(KIND_WORDS[m.kind], m.lang)}</p>
    <h1>${pageTitle(m)}</h1>
    ${m.intro ? html`<div class="intro" ${m.intro.lang !== m.lang ? html`lang="${m.intro.lang}"` : ''}>${paragraphs(m.intro.text)}</div>` : ''}`;
}

const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

function countTable(
  caption: string,
  head: string,
  rows: CountRow[],
  name: (code: string) => string,
  lang: Lang,
) {
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${head}</th>
        <th scope="col" class="num">${t('count', lang)}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <th scope="row">${capitalised(name(r.code))}</th>
            <td class="num">${formatNumber(r.count, lang)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

const sourceNote = (source: string | null, year: number | null, lang: Lang) =>
  source ? html`<p class="source">${t('source', lang)}: ${source}${year ? ` (${year})` : ''}</p>` : '';

function specialisationTable(m: PageModel) {
  const s = m.figures.specialisation;
  if (!s) return '';
  const lang = m.lang;
  return html`<table>
      <caption>
        ${t('specialisation', lang)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('industry', lang)}</th>
          <th scope="col" class="num">${t('lq', lang)}</th>
        </tr>
      </thead>
      <tbody>
        ${s.rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${industryName(r.code, lang)}</th>
              <td class="num">${formatNumber(r.lq, lang, 1)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="note">
      ${t('specialisationNote', lang)}${s.baseline === 'solmu' ? ` ${t('specialisationSolmuNote', lang)}` : ''}
    </p>
    ${sourceNote(s.source, s.year, lang)}`;
}

export function figuresSection(m: PageModel) {
  const { actorsByKind, industries } = m.figures;
  const lang = m.lang;
  const empty = actorsByKind.length === 0 && !industries && !m.figures.specialisation;
  return html`<section id="figures" aria-labelledby="figures-title">
    <h2 id="figures-title">${t('keyFigures', lang)}</h2>
    ${empty ? html`<p>${t('noFigures', lang)}</p>` : ''}
    <div class="figures">
      ${actorsByKind.length ? countTable(t('actorsByKind', lang), t('kind', lang), actorsByKind, (c) => kindName(c, lang), lang) : ''}
      ${
        industries
          ? html`<div>
              ${countTable(t(industries.basis === 'jobs' ? 'jobsByIndustry' : 'establishmentsByIndustry', lang), t('industry', lang), industries.rows, (c) => industryName(c, lang), lang)}${sourceNote(industries.source, industries.year, lang)}
            </div>`
          : ''
      }
      <div>${specialisationTable(m)}</div>
    </div>
  </section>`;
}

function reportSection(id: string, title: string, section: ReportSection | null) {
  if (!section) return '';
  return html`<section id="${id}" aria-labelledby="${id}-title">
    <h2 id="${id}-title">${title}</h2>
    ${section.title && section.title !== title ? html`<h3>${section.title}</h3>` : ''}
    ${section.paragraphs.map((p) => html`<p>${p}</p>`)}
  </section>`;
}

export const strengthsSections = (m: PageModel) =>
  html`${reportSection('strengths', t('strengths', m.lang), m.strengths)}${reportSection('growth', t('growthSectors', m.lang), m.growthSectors)}`;

const safeWebsite = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function actorItem(a: ActorRow, lang: Lang) {
  const site = safeWebsite(a.website);
  return html`<li>
    <strong>${text(localised(a, 'name', lang), lang)}</strong>
    <span class="meta">${capitalised(kindName(a.kind, lang))}</span>
    ${site ? html`<a href="${site}" rel="noopener">${t('website', lang)}<span class="visually-hidden">: ${nameIn(a, lang)}</span></a>` : ''}
  </li>`;
}

export function actorsSection(m: PageModel) {
  return html`<section id="actors" aria-labelledby="actors-title">
    <h2 id="actors-title">${t('keyActors', m.lang)}</h2>
    ${
      m.actors.length
        ? html`<ul class="actors">
            ${m.actors.map((a) => actorItem(a, m.lang))}
          </ul>`
        : html`<p>${t('noActors', m.lang)}</p>`
    }
  </section>`;
}

/** A town's name, linked to its page when it has a published one. */
function townLink(town: Town, m: PageModel) {
  const path = m.links.towns[town.code];
  return path ? html`<a href="${pageAddress(m.lang, path)}">${town.name}</a>` : town.name;
}

function pageList(title: Word, pages: readonly LinkedPage[], lang: Lang) {
  if (pages.length === 0) return '';
  return html`<h3>${t(title, lang)}</h3>
    <ul class="pages">
      ${pages.map((p) => html`<li><a href="${pageAddress(lang, p.path)}">${p.name}</a></li>`)}
    </ul>`;
}

/** The pages of the networks a town or an ecosystem belongs to, a town's ecosystems, an ecosystem's towns. */
export function relatedSection(m: PageModel) {
  if (m.kind === 'network') return '';
  const { networks, ecosystems } = m.links;
  const towns = m.kind === 'ecosystem' ? m.towns.filter((town) => m.links.towns[town.code]) : [];
  if (networks.length + ecosystems.length + towns.length === 0) return '';
  const lang = m.lang;
  const townPages = towns.map((town) => ({ path: m.links.towns[town.code]!, name: town.name }));
  return html`<section id="related" aria-labelledby="related-title">
    <h2 id="related-title">${t(m.kind === 'ecosystem' ? 'relatedOfEcosystem' : 'relatedOfTown', lang)}</h2>
    ${pageList('towns', townPages, lang)} ${pageList('ecosystems', ecosystems, lang)}
    ${pageList('networks', networks, lang)}
  </section>`;
}

/** The network's member towns, or the town's outline and its key actors with their public relations. */
export function mapSection(m: PageModel) {
  const lang = m.lang;
  if (m.kind === 'network') {
    // Without imported municipality borders there is no map, and the list of towns stands alone.
    const svg = townsSvg(m.borders, t('mapTowns', lang));
    const towns = html`<ul class="towns">
      ${m.towns.map((town) => html`<li>${townLink(town, m)}</li>`)}
    </ul>`;
    return html`<section id="map" aria-labelledby="map-heading">
      <h2 id="map-heading">${t(svg ? 'map' : 'memberTowns', lang)}</h2>
      ${
        svg
          ? html`${svg}
              <h3>${t('memberTowns', lang)}</h3>`
          : ''
      }
      ${towns}
    </section>`;
  }
  const outline = townsSvg(m.borders, `${t('map', lang)}: ${m.towns.map((x) => x.name).join(', ')}`);
  const nodes = m.actors.map((a) => ({ id: a.id, name: localised(a, 'name', lang)?.text ?? a.nameFi }));
  const graph = actorsSvg(nodes, m.relations, t('mapRelations', lang));
  return html`<section id="map" aria-labelledby="map-heading">
    <h2 id="map-heading">${t('mapActors', lang)}</h2>
    <div class="maps">${outline ?? ''}${graph ?? ''}</div>
    ${nodes.length ? html`<p class="note">${t('mapRelations', lang)}: ${nodes.map((n) => n.name).join(', ')}</p>` : html`<p>${t('noActors', lang)}</p>`}
  </section>`;
}

function eventItem(e: EventRow, lang: Lang) {
  const title = localised(e, 'title', lang);
  const description = localised(e, 'description', lang);
  return html`<li>
    <h3>${text(title, lang)}</h3>
    <p class="meta">
      <time datetime="${new Date(e.startsAt).toISOString()}">${formatMoment(e.startsAt, lang)}</time>
      ${eventKindName(e.kind, lang) ? html` · ${eventKindName(e.kind, lang)}` : ''}
      ${e.isOnline ? html` · ${t('online', lang)}` : e.location ? html` · ${e.location}` : ''}
    </p>
    ${description ? html`<p>${text(description, lang)}</p>` : ''}
    <p>
      <a href="/invest/events/${e.id}.ics?lang=${lang}" type="text/calendar"
        >${t('addToCalendar', lang)}<span class="visually-hidden">: ${title?.text ?? e.titleFi}</span></a
      >
    </p>
  </li>`;
}

export function eventsSection(m: PageModel) {
  return html`<section id="events" aria-labelledby="events-title">
    <h2 id="events-title">${t('events', m.lang)}</h2>
    ${
      m.events.length
        ? html`<ul class="events">
            ${m.events.map((e) => eventItem(e, m.lang))}
          </ul>`
        : html`<p>${t('noEvents', m.lang)}</p>`
    }
  </section>`;
}

function storyItem(s: StoryRow, lang: Lang) {
  const alt = localised(s, 'imageAlt', lang);
  const body = localised(s, 'body', lang);
  return html`<article class="story" ${body && body.lang !== lang ? html`lang="${body.lang}"` : ''}>
    <h3>${text(localised(s, 'title', lang), lang)}</h3>
    ${s.publishedOn ? html`<p class="meta"><time datetime="${s.publishedOn}">${formatDay(s.publishedOn, lang)}</time></p>` : ''}
    ${s.imageType ? html`<img src="/invest/stories/${s.id}/image" alt="${alt?.text ?? ''}" loading="lazy" />` : ''}
    ${body ? paragraphs(body.text) : ''}
  </article>`;
}

export function storiesSection(m: PageModel) {
  if (m.stories.length === 0) return '';
  return html`<section id="stories" aria-labelledby="stories-title">
    <h2 id="stories-title">${t('stories', m.lang)}</h2>
    ${m.stories.map((s) => storyItem(s, m.lang))}
  </section>`;
}

function contactItem(c: PublicContact, lang: Lang) {
  const role = c.role[lang] ? { text: c.role[lang]!, lang } : { text: c.role.fi, lang: 'fi' as const };
  return html`<li>
    <strong>${text(role, lang)}</strong>
    ${c.personName ? html`<br />${c.personName}` : ''}
    <br />${t('email', lang)}: <a href="mailto:${c.email}">${c.email}</a>
    ${c.phone ? html`<br />${t('phone', lang)}: <a href="tel:${c.phone.replace(/[^0-9+]/g, '')}">${c.phone}</a>` : ''}
  </li>`;
}

export function contactsSection(m: PageModel) {
  if (m.contacts.length === 0) return '';
  return html`<section id="contacts" aria-labelledby="contacts-title">
    <h2 id="contacts-title">${t('contacts', m.lang)}</h2>
    <ul class="contacts">
      ${m.contacts.map((c) => contactItem(c, m.lang))}
    </ul>
  </section>`;
}

/** The page's sections; the enquiry form brings its own section and heading. */
export function pageBody(m: PageModel, form: Html) {
  return html`${m.published ? '' : html`<p class="preview" role="note">${t('preview', m.lang)}</p>`}
  ${introSection(m)} ${figuresSection(m)} ${strengthsSections(m)} ${actorsSection(m)} ${mapSection(m)}
  ${relatedSection(m)} ${eventsSection(m)} ${storiesSection(m)} ${contactsSection(m)} ${form}`;
}
