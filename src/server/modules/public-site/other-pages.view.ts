/** The index of published pages, the accessibility statement and the page that is not there. */
import { html } from 'hono/html';
import { formatDay } from './format.js';
import { STATEMENT, STATEMENT_DATE, t, type Lang, type Word } from './labels.js';
import { layout, pageAddress, type Html } from './layout.js';
import type { ListedPage } from './site.service.js';

const KIND: Record<ListedPage['kind'], Word> = {
  municipality: 'kindMunicipality',
  ecosystem: 'kindEcosystem',
  network: 'kindNetwork',
};

export function indexPage(lang: Lang, origin: string, listed: ListedPage[]) {
  const collator = new Intl.Collator(lang);
  const pages = [...listed].sort((a, b) => collator.compare(a.name, b.name));
  const body = html`<h1>${t('indexTitle', lang)}</h1>
    <p>${t('indexIntro', lang)}</p>
    ${
      pages.length
        ? html`<ul class="pages">
            ${pages.map(
              (p) =>
                html`<li>
                  <a href="${pageAddress(lang, p.path)}">${p.name}</a>
                  <span class="meta">${t(KIND[p.kind], lang)}</span>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('noPages', lang)}</p>`
    }`;
  return layout(
    {
      lang,
      origin,
      title: t('indexTitle', lang),
      description: t('indexIntro', lang),
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'CollectionPage',
        name: t('indexTitle', lang),
        url: `${origin}${pageAddress(lang)}`,
      },
    },
    body,
  );
}

export function notFoundPage(lang: Lang, origin: string) {
  return layout(
    { lang, origin, title: t('notFoundTitle', lang), description: t('notFoundText', lang), noindex: true },
    html`<h1>${t('notFoundTitle', lang)}</h1>
      <p>${t('notFoundText', lang)}</p>
      <p><a href="${pageAddress(lang)}">${t('allPages', lang)}</a></p>`,
  );
}

export function accessibilityPage(lang: Lang, origin: string, form: Html) {
  const s = STATEMENT[lang];
  const body = html`<h1>${t('accessibility', lang)}</h1>
    <p>${s.intro}</p>
    <section aria-labelledby="status-title">
      <h2 id="status-title">${s.statusTitle}</h2>
      <p>${s.status}</p>
    </section>
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">${s.gapsTitle}</h2>
      <ul>
        ${s.gaps.map((g) => html`<li>${g}</li>`)}
      </ul>
    </section>
    <section id="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">${s.feedbackTitle}</h2>
      <p>${s.feedback}</p>
      ${form}
    </section>
    <section aria-labelledby="enforcement-title">
      <h2 id="enforcement-title">${s.enforcementTitle}</h2>
      <p>${s.enforcement}</p>
      <p>
        ${s.authority}<br /><a href="${s.authorityUrl}">${s.authorityUrl.replace('https://www.', '')}</a
        ><br /><a href="mailto:${s.authorityEmail}">${s.authorityEmail}</a>
      </p>
    </section>
    <p class="meta">${s.updated} ${formatDay(STATEMENT_DATE, lang)}.</p>`;
  return layout(
    { lang, origin, path: 'accessibility', title: t('accessibility', lang), description: s.intro },
    body,
  );
}
