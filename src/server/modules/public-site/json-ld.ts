/**
 * schema.org JSON-LD of a page, typed by hand: the town as a Place (an ecosystem or network as an
 * Organization), each key actor as an Organization, each upcoming event as an Event.
 */
import type { Lang } from './labels.js';
import { localised } from './site.service.js';
import type { PageModel } from './site.model.js';
import type { ActorRow, EventRow } from './site.repository.js';
import { iso } from './format.js';
import { pageAddress } from './layout.js';

type Thing = Record<string, unknown> & { '@type': string };

const safeUrl = (value: string | null | undefined) =>
  value && /^https?:\/\//i.test(value) ? value : undefined;

export function actorLd(a: ActorRow, lang: Lang): Thing {
  return {
    '@type': 'Organization',
    name: localised(a, 'name', lang)?.text ?? a.nameFi,
    ...(safeUrl(a.website) ? { url: safeUrl(a.website) } : {}),
  };
}

export function eventLd(e: EventRow, lang: Lang, pageUrl: string, townName?: string): Thing {
  const online = e.isOnline && safeUrl(e.onlineUrl);
  const place = {
    '@type': 'Place',
    name: e.location ?? townName ?? 'Finland',
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'FI',
      ...(townName ? { addressLocality: townName } : {}),
    },
  };
  return {
    '@type': 'Event',
    name: localised(e, 'title', lang)?.text ?? e.titleFi,
    startDate: iso(e.startsAt),
    ...(e.endsAt ? { endDate: iso(e.endsAt) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: e.isOnline
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: online ? { '@type': 'VirtualLocation', url: online } : place,
    ...(localised(e, 'description', lang) ? { description: localised(e, 'description', lang)!.text } : {}),
    url: `${pageUrl}#events`,
  };
}

export function pageLd(m: PageModel, origin: string): Record<string, unknown> {
  const url = `${origin}${pageAddress(m.lang, m.path)}`;
  const main: Thing =
    m.kind === 'municipality'
      ? {
          '@type': 'Place',
          name: m.name,
          address: { '@type': 'PostalAddress', addressLocality: m.name, addressCountry: 'FI' },
        }
      : { '@type': 'Organization', name: m.name };
  const towns = new Map(m.towns.map((t) => [t.code, t.name]));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { ...main, '@id': `${url}#scope`, url, ...(m.intro ? { description: m.intro.text } : {}) },
      ...m.actors.map((a) => actorLd(a, m.lang)),
      ...m.events.map((e) =>
        eventLd(e, m.lang, url, e.municipalityCode ? towns.get(e.municipalityCode) : undefined),
      ),
    ],
  };
}
