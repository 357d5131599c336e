/** One section of a public page alone, for an iframe on a town's own website. */
import { html } from 'hono/html';
import { t } from './labels.js';
import { pageAddress, type Html } from './layout.js';
import { eventsSection, figuresSection, mapSection, pageTitle } from './page.view.js';
import type { PageModel } from './site.model.js';

export const WIDGETS = ['figures', 'events', 'map'] as const;
export type Widget = (typeof WIDGETS)[number];

const SECTIONS: Record<Widget, (m: PageModel) => Html> = {
  figures: figuresSection,
  events: eventsSection,
  map: mapSection,
};

export function embedPage(m: PageModel, widget: Widget, origin: string) {
  return html`<!doctype html>
    <html lang="${m.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${pageTitle(m)}</title>
        <link rel="stylesheet" href="/invest/site.css" />
        <script src="/embed/frame.js" defer></script>
      </head>
      <body class="embed">
        <main>
          <h1 class="visually-hidden">${pageTitle(m)}</h1>
          ${SECTIONS[widget](m)}
          <p class="source">
            <a href="${origin}${pageAddress(m.lang, m.path)}" target="_blank" rel="noopener"
              >${t('embedFrom', m.lang)}: ${pageTitle(m)}</a
            >
          </p>
        </main>
      </body>
    </html>`;
}
