/**
 * The frame of every public page: language, hreflang alternates, canonical address, Open Graph, JSON-LD,
 * skip link, landmarks, the language switcher and the footer with the accessibility statement.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { LANGUAGE_NAMES, LANGUAGES, t, type Lang } from './labels.js';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Where a page of the site lives in a language: `/fi/invest`, `/fi/invest/savonlinna`. */
export const pageAddress = (lang: Lang, path?: string) => `/${lang}/invest${path ? `/${path}` : ''}`;

/** JSON in a script element: `<` escaped so no text can close the element. */
export const jsonLdScript = (value: unknown) =>
  raw(`<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`);

export type Head = {
  lang: Lang;
  origin: string;
  /** The page's path after /{lang}/invest (none for the index). */
  path?: string;
  title: string;
  description: string;
  noindex?: boolean;
  /** A preview's switcher stays in the preview. */
  preview?: boolean;
  jsonLd?: unknown;
  ogType?: 'website' | 'article';
};

function alternates(h: Head) {
  const link = (lang: Lang) => `${h.origin}${pageAddress(lang, h.path)}`;
  return html`${LANGUAGES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${link(l)}" />`)}
    <link rel="alternate" hreflang="x-default" href="${link('fi')}" />`;
}

function head(h: Head) {
  const url = `${h.origin}${pageAddress(h.lang, h.path)}`;
  return html`<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${h.title}</title>
    <meta name="description" content="${h.description}" />
    ${h.noindex ? html`<meta name="robots" content="noindex" />` : ''}
    <link rel="canonical" href="${url}" />
    ${alternates(h)}
    <meta property="og:type" content="${h.ogType ?? 'website'}" />
    <meta property="og:title" content="${h.title}" />
    <meta property="og:description" content="${h.description}" />
    <meta property="og:url" content="${url}" />
    <meta property="og:site_name" content="${t('siteName', h.lang)}" />
    <meta property="og:locale" content="${{ fi: 'fi_FI', sv: 'sv_FI', en: 'en_GB' }[h.lang]}" />
    <link rel="stylesheet" href="/invest/site.css" />
    ${h.jsonLd ? jsonLdScript(h.jsonLd) : ''}
  </head>`;
}

function languageSwitcher(h: Head) {
  return html`<nav aria-label="${t('language', h.lang)}" class="languages">
    <ul>
      ${LANGUAGES.map((l) =>
        l === h.lang
          ? html`<li><span aria-current="true" lang="${l}">${LANGUAGE_NAMES[l]}</span></li>`
          : html`<li>
              <a href="${pageAddress(l, h.path)}${h.preview ? '?preview' : ''}" hreflang="${l}" lang="${l}"
                >${LANGUAGE_NAMES[l]}</a
              >
            </li>`,
      )}
    </ul>
  </nav>`;
}

export function layout(h: Head, body: Html): Html {
  return html`<!doctype html>
    <html lang="${h.lang}">
      ${head(h)}
      <body>
        <a class="skip" href="#main">${t('skip', h.lang)}</a>
        <header class="site-header">
          <a class="brand" href="${pageAddress(h.lang)}">${t('siteName', h.lang)}</a>
          ${languageSwitcher(h)}
        </header>
        <main id="main" tabindex="-1">${body}</main>
        <footer class="site-footer">
          <p>${t('footerData', h.lang)}</p>
          <p>
            <a href="${pageAddress(h.lang, 'accessibility')}">${t('accessibility', h.lang)}</a> ·
            <a href="${pageAddress(h.lang)}">${t('allPages', h.lang)}</a>
          </p>
        </footer>
      </body>
    </html>`;
}
