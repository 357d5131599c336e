import type { DynamicValue } from '../i18n/dynamic';
import type { Me } from '../shared/auth';

type Key = DynamicValue<'nav'>;

/** One place in the menu: its words (`nav.<key>`) and its address under the language. */
export type MenuLink = { key: Key; path: string };

/** The menu follows the cycle Solmu supports: map, understand, plan, connect, fund and follow, show. */
export type MenuEntry = ({ kind: 'link' } & MenuLink) | { kind: 'group'; key: Key; items: MenuLink[] };

type Who = 'anyone' | 'signedIn' | 'editor' | 'admin';

const GROUPS: { key: Key; items: (MenuLink & { who: Who })[] }[] = [
  {
    key: 'groupMap',
    items: [
      { key: 'organisations', path: 'organisations', who: 'anyone' },
      { key: 'people', path: 'people', who: 'signedIn' },
      { key: 'competences', path: 'competences', who: 'anyone' },
      { key: 'relations', path: 'relations', who: 'anyone' },
      { key: 'imports', path: 'imports', who: 'editor' },
      { key: 'mapping', path: 'mapping', who: 'editor' },
    ],
  },
  {
    key: 'groupUnderstand',
    items: [
      { key: 'pictures', path: 'pictures', who: 'anyone' },
      { key: 'pictureReports', path: 'picture-reports', who: 'signedIn' },
      { key: 'networks', path: 'networks', who: 'anyone' },
      { key: 'ecosystems', path: 'ecosystems', who: 'anyone' },
    ],
  },
  {
    key: 'groupPlan',
    items: [
      { key: 'strategies', path: 'strategies', who: 'anyone' },
      { key: 'workshops', path: 'workshops', who: 'signedIn' },
    ],
  },
  {
    key: 'groupConnect',
    items: [
      { key: 'partnerSearch', path: 'partner-search', who: 'signedIn' },
      { key: 'pipeline', path: 'pipeline', who: 'signedIn' },
      { key: 'events', path: 'events', who: 'anyone' },
    ],
  },
  {
    key: 'groupFund',
    items: [
      { key: 'projects', path: 'projects', who: 'anyone' },
      { key: 'fundingCalls', path: 'funding-calls', who: 'anyone' },
      { key: 'consortia', path: 'consortia', who: 'signedIn' },
      { key: 'agreements', path: 'ecosystem-agreements', who: 'anyone' },
    ],
  },
  {
    key: 'groupShow',
    items: [
      { key: 'publicPages', path: 'public-pages', who: 'signedIn' },
      { key: 'exports', path: 'exports', who: 'anyone' },
      { key: 'webhooks', path: 'webhooks', who: 'editor' },
    ],
  },
];

function allowed(who: Who, me: Me): boolean {
  if (who === 'anyone') return true;
  if (!me.user) return false;
  if (me.user.isAdmin) return true;
  if (who === 'signedIn') return true;
  if (who === 'editor') return me.workspaces.some((w) => w.role === 'editor');
  return false;
}

/** The menu a caller sees: only the places their role may use; a group with none of them is left out. */
export function menuFor(me: Me): MenuEntry[] {
  const groups = GROUPS.map(({ key, items }) => ({
    kind: 'group' as const,
    key,
    items: items.filter((item) => allowed(item.who, me)).map(({ key, path }) => ({ key, path })),
  })).filter((group) => group.items.length > 0);
  return [
    { kind: 'link' as const, key: 'overview' as const, path: '' },
    ...groups,
    ...(allowed('admin', me) ? [{ kind: 'link' as const, key: 'admin' as const, path: 'admin' }] : []),
  ];
}

/** Whether an address lies under a menu place (its list, a record, a new one). */
export const within = (pathname: string, lang: string, path: string) =>
  path === ''
    ? pathname === `/${lang}/` || pathname === `/${lang}`
    : pathname === `/${lang}/${path}` || pathname.startsWith(`/${lang}/${path}/`);
