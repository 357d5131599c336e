import { describe, expect, it } from 'vitest';
import { ANONYMOUS_ME, type Me } from '../shared/auth';
import { menuFor, within, type MenuEntry } from './menu';

const places = (entries: MenuEntry[]) =>
  entries.flatMap((e) => (e.kind === 'link' ? [e.path] : e.items.map((i) => i.path)));

const signedIn = (role: 'editor' | 'viewer' | null, isAdmin = false): Me => ({
  user: { id: 'u', email: 'a@example.fi', displayName: 'A', isAdmin, totpEnabled: false },
  workspaces: role ? [{ id: 'w', slug: 'iisalmi', nameFi: 'Iisalmi', role }] : [],
  coordinatedNetworkIds: [],
  csrfToken: 't',
});

describe('the main menu', () => {
  it('offers the signed-out only the public places, grouped by the steps of the cycle', () => {
    const menu = menuFor(ANONYMOUS_ME);
    expect(menu.map((e) => e.key)).toEqual([
      'overview',
      'groupMap',
      'groupUnderstand',
      'groupPlan',
      'groupConnect',
      'groupFund',
      'groupShow',
    ]);
    expect(places(menu)).not.toContain('people');
    expect(places(menu)).not.toContain('pipeline');
    expect(places(menu)).not.toContain('imports');
    expect(places(menu)).not.toContain('mapping');
    expect(places(menu)).not.toContain('picture-reports');
    expect(places(menu)).not.toContain('public-pages');
    expect(places(menu)).toContain('ecosystem-agreements');
    expect(places(menu)).toContain('competences');
  });

  it('adds people and the contact pipeline for a viewer, imports and mapping rounds for an editor, administration for an admin', () => {
    const viewer = places(menuFor(signedIn('viewer')));
    expect(viewer).toEqual(expect.arrayContaining(['people', 'pipeline', 'picture-reports', 'public-pages']));
    expect(viewer).not.toContain('imports');
    expect(viewer).not.toContain('admin');
    expect(viewer).not.toContain('mapping');
    expect(places(menuFor(signedIn('editor')))).toEqual(expect.arrayContaining(['imports', 'mapping']));
    expect(places(menuFor(signedIn(null, true)))).toEqual(expect.arrayContaining(['imports', 'admin']));
  });

  it('names each place once', () => {
    const all = places(menuFor(signedIn(null, true)));
    expect(new Set(all).size).toBe(all.length);
  });

  it('marks a place current on its list, its records and its new-record page, not on a namesake', () => {
    expect(within('/fi/projects', 'fi', 'projects')).toBe(true);
    expect(within('/fi/projects/abc/edit', 'fi', 'projects')).toBe(true);
    expect(within('/fi/project-roles', 'fi', 'projects')).toBe(false);
    expect(within('/fi/', 'fi', '')).toBe(true);
    expect(within('/fi/projects', 'fi', '')).toBe(false);
  });
});
