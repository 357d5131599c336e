import type { EntityUi } from './resources';
import { fieldsOf, type FieldSpec } from './schema';

const specs = new Map<string, FieldSpec[]>();

/** The fields of a resource, read once from its schema. */
export function fieldsOfUi(ui: EntityUi): FieldSpec[] {
  let found = specs.get(ui.path);
  if (!found) {
    found = fieldsOf(ui.schemas.shape);
    specs.set(ui.path, found);
  }
  return found;
}

const STAMP: Omit<FieldSpec, 'name'> = { kind: 'datetime', required: false, nullable: true };

/** One field, including the stamps every record has (createdAt, updatedAt). */
export function fieldOf(ui: EntityUi, name: string): FieldSpec {
  return fieldsOfUi(ui).find((f) => f.name === name) ?? { name, ...STAMP };
}

export const entityFieldId = (field: string) => `entity-${field}`;
