import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_PATHS } from '../../src/domain/catalogue.js';
import { RESOURCES } from '../../src/server/modules/index.js';
import { FIXTURES } from '../api/fixtures.js';

/** The server's resources and the test fixtures are held against the one entity catalogue. */
describe('the entity catalogue', () => {
  it('has one server resource per entity, in its order', () => {
    expect(RESOURCES.map((r) => r.path)).toEqual(ENTITY_PATHS);
  });

  it.each(RESOURCES.map((r) => [r.path, r] as const))('%s extends its entry unchanged', (path, def) => {
    const entry = ENTITIES[path as keyof typeof ENTITIES];
    for (const key of Object.keys(entry).filter((k) => k !== 'filters'))
      expect(def[key as keyof typeof def], key).toBe(entry[key as keyof typeof entry]);
    expect(Object.keys(def.filters ?? {}).sort()).toEqual([...entry.filters].sort());
  });

  it('has a test fixture for every entity, and none for an unknown one', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...ENTITY_PATHS].sort());
  });

  it('names every table once', () => {
    const tables = ENTITY_PATHS.map((p) => ENTITIES[p].table);
    expect(new Set(tables).size).toBe(tables.length);
  });
});
