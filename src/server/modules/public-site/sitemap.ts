/** The sitemap of every published page in every language, and robots.txt that points to it. */
import { LANGUAGES, type Lang } from './labels.js';
import { pageAddress } from './layout.js';
import type { ListedPage } from './site.service.js';

const xml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!,
  );

function entry(origin: string, path: string | undefined, lang: Lang, lastmod?: Date) {
  const alternates = [...LANGUAGES, 'x-default' as const].map((l) => {
    const href = `${origin}${pageAddress(l === 'x-default' ? 'fi' : l, path)}`;
    return `<xhtml:link rel="alternate" hreflang="${l}" href="${xml(href)}"/>`;
  });
  return [
    '<url>',
    `<loc>${xml(`${origin}${pageAddress(lang, path)}`)}</loc>`,
    lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : '',
    ...alternates,
    '</url>',
  ].join('');
}

export function sitemapXml(origin: string, pages: readonly ListedPage[]): string {
  const paths: { path?: string; lastmod?: Date }[] = [
    {},
    ...pages.map((p) => ({ path: p.path, lastmod: p.updatedAt })),
    { path: 'accessibility' },
  ];
  const urls = paths.flatMap((p) => LANGUAGES.map((lang) => entry(origin, p.path, lang, p.lastmod)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** The invest pages are for everyone; the app, its API and the embeds (copies of the pages) are not for search. */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    ...LANGUAGES.map((l) => `Allow: ${pageAddress(l)}`),
    'Allow: /invest/',
    'Disallow: /api/',
    'Disallow: /auth/',
    'Disallow: /embed/',
    ...LANGUAGES.map((l) => `Disallow: /${l}/`),
    'Disallow: /join',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
