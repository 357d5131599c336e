import { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import type { Row, ResourceDefinition } from './types.js';

/** A timestamp column as ISO text, null when empty. */
export const isoOrNull = (d: unknown) => (d instanceof Date ? d.toISOString() : null);

/** Fields that point at a person: personal data, never shown to the anonymous public. */
const PERSON_FIELDS = new Set(['personId']);

/**
 * One record as it leaves the server: the declared output fields, in the schema's order, dates as ISO
 * text. Anything else on the row (a list's cursor value) stays behind. Each record starts as a copy of
 * one template holding every field, so all records of a resource share one shape and are built with one
 * allocation; a field the row lacks stays undefined and is left out of the JSON.
 */
export function present(def: ResourceDefinition, row: Row, caller?: Caller): Row {
  const { keys, template } = outputShape(def);
  const out: Row = { ...template };
  const anonymous = !caller || caller.kind === 'anonymous';
  for (const key of keys) {
    const value = row[key];
    if (value === undefined) continue;
    out[key] =
      anonymous && PERSON_FIELDS.has(key) ? null : value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

function asOutput(schema: z.ZodType): z.ZodType {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodNullable ? inner : inner.nullable();
}

const memo = new Map<string, z.ZodType>();

export function outputSchema(def: ResourceDefinition): z.ZodType {
  const cached = memo.get(def.entity);
  if (cached) return cached;
  const fields = Object.fromEntries(
    Object.entries(def.schemas.shape).map(([k, s]) => [k, asOutput(s as z.ZodType)]),
  );
  const schema = z
    .object({
      id: z.string(),
      workspaceId: z.string(),
      ...fields,
      ...def.extraOutput,
      createdAt: z.string(),
      updatedAt: z.string(),
      createdBy: z.string(),
      updatedBy: z.string(),
    })
    .meta({ id: def.entity });
  memo.set(def.entity, schema);
  return schema;
}

const shapes = new WeakMap<ResourceDefinition, { keys: string[]; template: Row }>();
function outputShape(def: ResourceDefinition) {
  let shape = shapes.get(def);
  if (!shape) {
    const keys = Object.keys((outputSchema(def) as z.ZodObject).shape);
    shape = { keys, template: Object.fromEntries(keys.map((k) => [k, undefined])) };
    shapes.set(def, shape);
  }
  return shape;
}

export function listOutputSchema(def: ResourceDefinition): z.ZodType {
  return z
    .object({ items: z.array(outputSchema(def)), nextCursor: z.string().nullable(), total: z.number().int() })
    .meta({ id: `${def.entity}Page` });
}
