import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_PATHS } from '../../../domain/catalogue';
import { ENTITY_UIS } from './resources';

/** The web's entity pages are held against the one entity catalogue (the server's side: test/catalogue). */
describe('the web pages of the entity catalogue', () => {
  it('has pages for every entity (organisations have their own)', () => {
    expect(['organisations', ...ENTITY_UIS.map((ui) => ui.path)].sort()).toEqual([...ENTITY_PATHS].sort());
  });

  it.each(ENTITY_UIS.map((ui) => [ui.path, ui] as const))(
    '%s sorts and filters only by what the API offers, with its own schemas',
    (path, ui) => {
      const entry = ENTITIES[path];
      expect(ui.schemas).toBe(entry.schemas);
      expect(ui.searchable).toBe(entry.searchable);
      for (const field of ui.sortable ?? []) expect(entry.sortable).toContain(field);
      for (const filter of ui.filters ?? []) expect(entry.filters).toContain(filter);
      for (const child of ui.children ?? []) expect(ENTITIES[child.path].filters).toContain(child.field);
    },
  );
});
