/**
 * The public "Invest in" site, server-rendered (issue 17): the index, the pages and their previews, the
 * accessibility statement, story images, events as iCalendar, embeds for a town's own website, the
 * sitemap and robots.txt. Registered before the web app, which would otherwise answer /{lang}/….
 */
import type { Context } from 'hono';
import { writeICalendar } from '../../../formats/writers/ical.js';
import { publicPagePath } from '../../../domain/public-pages.js';
import type { AppEnv } from '../../env.js';
import { plainRoute, type Api } from '../../routing.js';
import { enquiryForm } from '../enquiries/enquiry-form.js';
import { feedbackForm } from '../enquiries/feedback-form.js';
import { EMBED_JS, FRAME_JS, SITE_CSS } from './assets.js';
import { embedPage, WIDGETS, type Widget } from './embed.view.js';
import { NO_STORE, PUBLIC_CACHE, RenderCache, rendered, send, type Rendered } from './http-cache.js';
import { pageLd } from './json-ld.js';
import { isLang, type Lang } from './labels.js';
import { layout, pageAddress } from './layout.js';
import { accessibilityPage, indexPage, notFoundPage } from './other-pages.view.js';
import { pageBody, pageTitle } from './page.view.js';
import { robotsTxt, sitemapXml } from './sitemap.js';
import { findPage, publicEvent, storyImage } from './site.repository.js';
import { isPublicPage, listPublicPages, localised, mayPreview, readPage } from './site.service.js';
import type { PageModel } from './site.model.js';

type C = Context<AppEnv>;
const LANG = ':lang{fi|sv|en}';
const WIDGET = `:widget{${WIDGETS.join('|')}}`;

/** Routes whose answers other sites may frame or load (their own headers: see app.ts). */
export const isEmbeddable = (path: string) => path === '/embed.js' || path.startsWith('/embed/');

const originOf = (c: C) => new URL(c.req.url).origin;
const langOf = (c: C): Lang => {
  const lang = c.req.param('lang') ?? 'fi';
  return isLang(lang) ? lang : 'fi';
};
const pathOf = (c: C) => [c.req.param('a'), c.req.param('b')].filter(Boolean).join('/');

async function html(page: ReturnType<typeof layout>, status: 200 | 404 = 200) {
  return rendered(String(await page), status);
}

const notFound = (lang: Lang, origin: string) => html(notFoundPage(lang, origin), 404);

function description(m: PageModel) {
  const text = m.intro?.text.replace(/\s+/g, ' ').trim() ?? '';
  return text ? (text.length > 160 ? `${text.slice(0, 157)}…` : text) : pageTitle(m);
}

async function renderPage(c: C, path: string, lang: Lang, preview: boolean): Promise<Rendered> {
  const { db } = c.var;
  const origin = originOf(c);
  const now = c.var.now();
  const m = await readPage(db, path, lang, now, preview);
  if (!m) return notFound(lang, origin);
  const pageUrl = `${origin}${pageAddress(lang, path)}`;
  const form = enquiryForm(db, { lang, publicPageId: m.id, pageUrl, status: c.req.query('enquiry'), now });
  const head = {
    lang,
    origin,
    path,
    title: pageTitle(m),
    description: description(m),
    noindex: preview,
    preview,
    jsonLd: pageLd(m, origin),
  };
  return html(layout(head, pageBody(m, form)));
}

function registerPages(app: Api, cache: RenderCache) {
  plainRoute(app, 'public', 'GET', `/${LANG}/invest`, async (c) => {
    const lang = langOf(c);
    const origin = originOf(c);
    const r = await cache.get(`index ${origin} ${lang}`, async () =>
      html(indexPage(lang, origin, await listPublicPages(c.var.db, lang))),
    );
    return send(c, r);
  });
  const page = async (c: C) => {
    const lang = langOf(c);
    const path = pathOf(c);
    const origin = originOf(c);
    if (path === 'accessibility') return statement(c, lang, origin, cache);
    if (!publicPagePath.safeParse(path).success)
      return send(c, await cache.get(`404 ${origin} ${lang}`, () => notFound(lang, origin)));
    if (c.req.query('preview') !== undefined) {
      const row = await findPage(c.var.db, path);
      if (row && mayPreview(c.var.caller, row))
        return send(c, await renderPage(c, path, lang, true), NO_STORE, { 'x-robots-tag': 'noindex' });
    }
    // An answer to the enquiry form says how it went: never kept.
    if (c.req.query('enquiry') !== undefined)
      return send(c, await renderPage(c, path, lang, false), NO_STORE);
    return send(c, await cache.get(`page ${origin} ${lang} ${path}`, () => renderPage(c, path, lang, false)));
  };
  plainRoute(app, 'public', 'GET', `/${LANG}/invest/:a`, page);
  plainRoute(app, 'public', 'GET', `/${LANG}/invest/:a/:b`, page);
  // Deeper addresses are no page either (the web app would answer them otherwise).
  plainRoute(app, 'public', 'GET', `/${LANG}/invest/*`, async (c) => {
    const lang = langOf(c);
    const origin = originOf(c);
    return send(c, await cache.get(`404 ${origin} ${lang}`, () => notFound(lang, origin)));
  });
}

async function statement(c: C, lang: Lang, origin: string, cache: RenderCache) {
  const status = c.req.query('feedback');
  const pageUrl = `${origin}${pageAddress(lang, 'accessibility')}`;
  const render = async () =>
    html(
      accessibilityPage(lang, origin, feedbackForm(c.var.db, { lang, pageUrl, status, now: c.var.now() })),
    );
  if (status !== undefined) return send(c, await render(), NO_STORE);
  return send(c, await cache.get(`statement ${origin} ${lang}`, render));
}

function registerEmbeds(app: Api, cache: RenderCache) {
  const embed = async (c: C) => {
    const lang = langOf(c);
    const path = pathOf(c);
    const widget = c.req.param('widget') as Widget;
    const origin = originOf(c);
    const r = await cache.get(`embed ${origin} ${lang} ${path} ${widget}`, async () => {
      const m = publicPagePath.safeParse(path).success
        ? await readPage(c.var.db, path, lang, c.var.now())
        : null;
      return m ? html(embedPage(m, widget, origin)) : notFound(lang, origin);
    });
    return send(c, r);
  };
  plainRoute(app, 'public', 'GET', `/embed/${LANG}/:a/${WIDGET}`, embed);
  plainRoute(app, 'public', 'GET', `/embed/${LANG}/:a/:b/${WIDGET}`, embed);
  const script = (body: string) => rendered(body, 200, 'text/javascript; charset=utf-8');
  const loader = script(EMBED_JS);
  const frame = script(FRAME_JS);
  plainRoute(app, 'public', 'GET', '/embed.js', (c) => send(c, loader, 'public, max-age=3600'));
  plainRoute(app, 'public', 'GET', '/embed/frame.js', (c) => send(c, frame, 'public, max-age=3600'));
}

function registerFiles(app: Api, cache: RenderCache) {
  const css = rendered(SITE_CSS, 200, 'text/css; charset=utf-8');
  plainRoute(app, 'public', 'GET', '/invest/site.css', (c) => send(c, css, 'public, max-age=3600'));
  plainRoute(app, 'public', 'GET', '/robots.txt', (c) =>
    send(c, rendered(robotsTxt(originOf(c)), 200, 'text/plain; charset=utf-8')),
  );
  plainRoute(app, 'public', 'GET', '/sitemap.xml', async (c) => {
    const origin = originOf(c);
    const r = await cache.get(`sitemap ${origin}`, async () =>
      rendered(
        sitemapXml(origin, await listPublicPages(c.var.db, 'fi')),
        200,
        'application/xml; charset=utf-8',
      ),
    );
    return send(c, r);
  });
  plainRoute(app, 'public', 'GET', '/invest/stories/:id/image', storyImageRoute);
  plainRoute(app, 'public', 'GET', '/invest/events/:file', eventFileRoute);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A story's image, when its page is public and its day has come (or for the page's editors). */
async function storyImageRoute(c: C) {
  const id = c.req.param('id') ?? '';
  const story = UUID.test(id) ? await storyImage(c.var.db, id) : undefined;
  if (!story?.image || !story.imageType) return c.body(null, 404);
  const today = c.var.now().toISOString().slice(0, 10);
  const isPublic =
    !!story.publishedOn && story.publishedOn <= today && (await isPublicPage(c.var.db, story.path));
  if (!isPublic && !mayPreview(c.var.caller, story)) return c.body(null, 404);
  const etag = `"${story.updatedAt instanceof Date ? story.updatedAt.getTime() : String(story.updatedAt)}"`;
  const r: Rendered = { status: 200, body: new Uint8Array(), type: story.imageType, etag };
  if (c.req.header('if-none-match') === etag) return send(c, r, isPublic ? PUBLIC_CACHE : NO_STORE);
  return c.body(new Uint8Array(story.image), 200, {
    'content-type': story.imageType,
    etag,
    'cache-control': isPublic ? PUBLIC_CACHE : NO_STORE,
  });
}

/** A public event as an iCalendar file. */
async function eventFileRoute(c: C) {
  const file = c.req.param('file') ?? '';
  const id = file.replace(/\.ics$/i, '');
  const event = file.endsWith('.ics') && UUID.test(id) ? await publicEvent(c.var.db, id) : undefined;
  if (!event) return c.body(null, 404);
  const lang = isLang(c.req.query('lang') ?? '') ? (c.req.query('lang') as Lang) : 'fi';
  const text = writeICalendar(
    [
      {
        ...event,
        url: `${originOf(c)}/invest/events/${event.id}.ics`,
        onlineUrl: event.isOnline ? event.onlineUrl : null,
      },
    ],
    { language: lang, name: localised(event, 'title', lang)?.text ?? event.titleFi },
  );
  return send(c, rendered(text, 200, 'text/calendar; charset=utf-8'), PUBLIC_CACHE, {
    'content-disposition': `attachment; filename="${event.id}.ics"`,
  });
}

export function registerPublicSiteRoutes(app: Api) {
  const cache = new RenderCache();
  registerFiles(app, cache);
  registerEmbeds(app, cache);
  registerPages(app, cache);
}
