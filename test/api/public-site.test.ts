import { describe, expect, it } from 'vitest';
import { t } from '../../src/server/modules/public-site/labels.js';
import { PNG, publicSiteWorld, SECRETS } from '../support/public-site.js';

const world = await publicSiteWorld();
const { anonymous, editor, viewer, stranger } = world;

const get = (path: string, headers: Record<string, string> = {}) =>
  anonymous('GET', path, undefined, headers);
const text = async (path: string) => {
  const res = await get(path);
  return { ...res, body: String(res.body) };
};

function jsonLd(body: string) {
  const found = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
  expect(found, 'a JSON-LD script').not.toBeNull();
  return JSON.parse(found![1]!) as { '@context': string; '@graph': Record<string, unknown>[] };
}

describe('a published town page', () => {
  it('is served in Finnish, Swedish and English with alternates, canonical, Open Graph and landmarks', async () => {
    const words = {
      fi: 'metsäbiotalouden keskus',
      sv: 'centrum för skogsbioekonomi',
      en: 'hub of forest bioeconomy',
    };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const res = await text(`/${lang}/invest/savonlinna`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.body).toContain(`<html lang="${lang}">`);
      expect(res.body).toContain(words[lang]);
      for (const alt of ['fi', 'sv', 'en'])
        expect(res.body).toContain(`hreflang="${alt}" href="http://localhost/${alt}/invest/savonlinna"`);
      expect(res.body).toContain('hreflang="x-default" href="http://localhost/fi/invest/savonlinna"');
      expect(res.body).toContain(
        `<link rel="canonical" href="http://localhost/${lang}/invest/savonlinna" />`,
      );
      const name = lang === 'sv' ? 'Nyslott' : 'Savonlinna';
      expect(res.body).toContain(`<meta property="og:title" content="${t('investIn', lang)} ${name}" />`);
      expect(res.body).toContain('href="#main"');
      expect(res.body).toMatch(/<main id="main"/);
      expect(res.body).toContain(`href="/${lang}/invest/accessibility"`);
      expect(res.body).toContain('<section id="enquiry"');
      // one heading for the enquiry, a second-level one like the other sections'
      const enquiry = /<section id="enquiry"[\s\S]*?<\/section>/.exec(res.body)?.[0] ?? '';
      expect(enquiry.match(/<h[1-6][\s>]/g)).toEqual(['<h2 ', '<h3>']);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('shows key actors who agreed, the figures by name, the report’s strengths, events, stories and contacts', async () => {
    const fi = (await text('/fi/invest/savonlinna')).body;
    expect(fi).toContain('Sahayhtiö Oy');
    expect(fi).toContain('https://sahayhtiö.example');
    expect(fi).toContain('Metsälaboratorio Oy');
    expect(fi).toContain('C Teollisuus');
    expect(fi).toContain('Metsäosaaminen on vahvaa.');
    expect(fi).toContain('Sijoittajawebinaari');
    expect(fi).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}/);
    expect(fi).toContain(`/invest/events/${world.publicEvent}.ics`);
    expect(fi).toContain(`<img src="/invest/stories/${world.story}/image" alt="Sahan piha"`);
    expect(fi).toContain('Yritysneuvonta');
    expect(fi).toContain('mailto:yritys@savonlinna.example');
    expect(fi).toMatch(/<svg\s+class="actors-map"[\s\S]*<line\s/);
    expect(fi).toMatch(/<svg\s+class="map"[^>]*>\s*<title id="map-title">Kartta: Savonlinna<\/title>/);
    const en = (await text('/en/invest/savonlinna')).body;
    expect(en).toContain('Investor webinar');
    expect(en).toContain('The sawmill yard');
    expect(en).toContain('Business advice');
    expect(en).not.toContain('Metsäosaaminen on vahvaa.');
  });

  it('has JSON-LD of a Place, its key actors as Organizations and its events as Events', async () => {
    const ld = jsonLd((await text('/en/invest/savonlinna')).body);
    expect(ld['@context']).toBe('https://schema.org');
    const of = (type: string) => ld['@graph'].filter((n) => n['@type'] === type);
    expect(of('Place')[0]).toMatchObject({
      name: 'Savonlinna',
      url: 'http://localhost/en/invest/savonlinna',
    });
    expect(of('Organization').map((o) => o.name)).toEqual(['Metsälaboratorio Oy', 'Sahayhtiö Oy']);
    for (const o of of('Organization')) expect(typeof o.url).toBe('string');
    const [event] = of('Event');
    expect(event).toMatchObject({ name: 'Investor webinar', location: { '@type': 'VirtualLocation' } });
    expect(new Date(event!.startDate as string).getTime()).toBeGreaterThan(Date.now());
    expect(of('Event')).toHaveLength(1);
  });

  it('answers with an ETag and 304 when the client has it, cacheable for less than a minute', async () => {
    const first = await get('/fi/invest/savonlinna');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=(\d+)$/);
    expect(Number(/max-age=(\d+)/.exec(first.headers.get('cache-control')!)![1])).toBeLessThanOrEqual(60);
    const again = await get('/fi/invest/savonlinna', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect((await get('/fi/invest/savonlinna', { 'if-none-match': '"other"' })).status).toBe(200);
    expect((await get('/sv/invest/savonlinna')).headers.get('etag')).not.toBe(etag);
  });
});

describe('pages of an ecosystem and a network', () => {
  it('shows the ecosystem’s public members only', async () => {
    const res = await text('/en/invest/savonlinna/metsabiotalous');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Forest bioeconomy');
    expect(res.body).toContain('Sahayhtiö Oy');
    // a public actor whose membership is private is no member here
    expect(res.body).not.toContain('Metsälaboratorio Oy');
    expect(jsonLd(res.body)['@graph'][0]).toMatchObject({
      '@type': 'Organization',
      name: 'Forest bioeconomy',
    });
  });

  it('lists a network’s member towns by name', async () => {
    const res = await text('/sv/invest/innokaupungit-verkosto');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Nyslott');
    expect(res.body).toContain('Helsingfors');
    // both towns drawn from their borders, each shape named
    const map = /<svg\s+class="map"[\s\S]*?<\/svg>/.exec(res.body)?.[0] ?? '';
    expect(map.match(/<path\s+class="town member"\s+d="M[\d.,LMZ]+"\s*><title>/g)).toHaveLength(2);
    expect(map).toContain('<title>Nyslott</title>');
  });

  it('links each member town that has a published page, in every language', async () => {
    const names = {
      fi: ['Savonlinna', 'Helsinki'],
      sv: ['Nyslott', 'Helsingfors'],
      en: ['Savonlinna', 'Helsinki'],
    };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const body = (await text(`/${lang}/invest/innokaupungit-verkosto`)).body;
      const [town, noPage] = names[lang];
      expect(body).toContain(`<li><a href="/${lang}/invest/savonlinna">${town}</a></li>`);
      // a town without a published page is named, not linked
      expect(body).toContain(`<li>${noPage}</li>`);
    }
  });

  it('links a town to its ecosystems and networks, an ecosystem to its towns and networks', async () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const town = (await text(`/${lang}/invest/savonlinna`)).body;
      const related = /<section id="related"[\s\S]*?<\/section>/.exec(town)?.[0] ?? '';
      expect(related).toContain(`href="/${lang}/invest/savonlinna/metsabiotalous"`);
      expect(related).toContain(`href="/${lang}/invest/innokaupungit-verkosto"`);
      // a published page of a network anyone may not read is no link
      expect(town).not.toContain('salainen-verkosto');
      const ecosystem = (await text(`/${lang}/invest/savonlinna/metsabiotalous`)).body;
      expect(ecosystem).toMatch(
        new RegExp(
          `<section id="related"[\\s\\S]*href="/${lang}/invest/savonlinna"[\\s\\S]*href="/${lang}/invest/innokaupungit-verkosto"`,
        ),
      );
      expect(ecosystem).not.toContain('salainen-verkosto');
    }
  });
});

describe('what is not public', () => {
  it('answers an unknown and an unpublished page alike', async () => {
    const unknown = await text('/fi/invest/ei-ole');
    const unpublished = await text('/fi/invest/mikkeli');
    expect(unknown.status).toBe(404);
    expect(unpublished.status).toBe(404);
    expect(unpublished.body).toBe(unknown.body);
    expect(unknown.body).toContain('noindex');
    expect((await text('/fi/invest/salainen-verkosto')).body).toBe(unknown.body);
    const deeper = await text('/fi/invest/savonlinna/metsabiotalous/muu');
    expect([deeper.status, deeper.body]).toEqual([404, unknown.body]);
  });

  it('lets only the workspace’s editors preview a page, never cached', async () => {
    const preview = await editor('GET', '/fi/invest/mikkeli?preview');
    expect(preview.status).toBe(200);
    expect(String(preview.body)).toContain('Mikkelin salainen esittely');
    expect(String(preview.body)).toContain('<meta name="robots" content="noindex" />');
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect(String(preview.body)).toContain('href="/sv/invest/mikkeli?preview"');
    for (const who of [viewer, stranger, anonymous]) {
      const res = await who('GET', '/fi/invest/mikkeli?preview');
      expect(res.status).toBe(404);
      expect(String(res.body)).not.toContain('Mikkelin');
    }
  });

  it('never shows a record that is private, network-only, unpublished or without consent', async () => {
    const langs = ['fi', 'sv', 'en'];
    const paths = [
      'savonlinna',
      'savonlinna/metsabiotalous',
      'innokaupungit-verkosto',
      'mikkeli',
      'salainen-verkosto',
    ];
    const addresses = [
      '/sitemap.xml',
      '/robots.txt',
      ...langs.map((l) => `/${l}/invest`),
      ...langs.flatMap((l) => paths.map((p) => `/${l}/invest/${p}`)),
      ...langs.flatMap((l) =>
        paths.flatMap((p) => ['figures', 'events', 'map'].map((w) => `/embed/${l}/${p}/${w}`)),
      ),
      `/invest/events/${world.publicEvent}.ics`,
    ];
    for (const address of addresses) {
      const body = (await text(address)).body;
      for (const secret of SECRETS) expect(body, `${secret} in ${address}`).not.toContain(secret);
    }
    expect((await get(`/invest/events/${world.privateEvent}.ics`)).status).toBe(404);
    expect((await get(`/invest/stories/${world.draftStory}/image`)).status).toBe(404);
  });

  it('counts public actors only', async () => {
    const body = (await text('/en/invest/savonlinna')).body;
    // seven public companies in Savonlinna (two shown, five without consent): private and network ones not counted
    expect(body).toMatch(/<th scope="row">Company<\/th>\s*<td class="num">7<\/td>/);
  });
});

describe('the index, sitemap and robots', () => {
  it('lists the published pages by name', async () => {
    const body = (await text('/en/invest')).body;
    expect(body).toContain('href="/en/invest/savonlinna"');
    expect(body).toContain('href="/en/invest/savonlinna/metsabiotalous"');
    expect(body).not.toContain('mikkeli');
    expect(body).not.toContain('salainen');
  });

  it('has every published page in every language with its alternates', async () => {
    const res = await text('/sitemap.xml');
    expect(res.headers.get('content-type')).toMatch(/application\/xml/);
    for (const lang of ['fi', 'sv', 'en'])
      for (const p of ['savonlinna', 'savonlinna/metsabiotalous', 'innokaupungit-verkosto'])
        expect(res.body).toContain(`<loc>http://localhost/${lang}/invest/${p}</loc>`);
    expect(res.body).toContain(
      '<xhtml:link rel="alternate" hreflang="sv" href="http://localhost/sv/invest/savonlinna"/>',
    );
    expect(res.body).not.toContain('mikkeli');
    expect(res.body).not.toContain('salainen');
    const robots = await text('/robots.txt');
    expect(robots.body).toContain('Allow: /fi/invest');
    expect(robots.body).toContain('Disallow: /api/');
    expect(robots.body).toContain('Sitemap: http://localhost/sitemap.xml');
  });
});

describe('the accessibility statement', () => {
  it('names the enforcement body and has the feedback form in each language', async () => {
    const expected = {
      fi: ['Etelä-Suomen aluehallintovirasto', 'saavutettavuusvaatimukset.fi'],
      sv: ['Regionförvaltningsverket i Södra Finland', 'tillganglighetskrav.fi'],
      en: ['Regional State Administrative Agency for Southern Finland', 'webaccessibility.fi'],
    };
    for (const [lang, words] of Object.entries(expected)) {
      const res = await text(`/${lang}/invest/accessibility`);
      expect(res.status).toBe(200);
      for (const w of words) expect(res.body).toContain(w);
      expect(res.body).toContain('action="/invest/feedback"');
      expect(res.body).toContain('WCAG 2.1');
    }
  });
});

describe('files of a page', () => {
  it('serves a public event as iCalendar and a story’s image', async () => {
    const ics = await text(`/invest/events/${world.publicEvent}.ics?lang=en`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('SUMMARY:Investor webinar');
    const image = await world.app.request(`/invest/stories/${world.story}/image`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PNG);
  });
});

describe('embeds', () => {
  it('may be framed anywhere and size themselves with their own script', async () => {
    const res = await text('/embed/fi/savonlinna/figures');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(res.body).toContain('<script src="/embed/frame.js" defer></script>');
    expect(res.body).toContain('id="figures"');
    expect(res.body).not.toContain('id="events"');
    const script = await text('/embed.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.body).toContain('data-solmu-page');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await text('/embed/fi/mikkeli/figures')).status).toBe(404);
    expect((await text('/embed/en/savonlinna/events')).body).toContain('Investor webinar');
  });
});
