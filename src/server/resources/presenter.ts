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
  const { keys, template, personKeys } = outputShape(def);
  const out: Row = { ...template };
  for (const key of keys) {
    const value = row[key];
    if (value !== undefined) out[key] = value instanceof Date ? value.toISOString() : value;
  }
  if (!caller || caller.kind === 'anonymous') {
    for (const key of personKeys) if (out[key] !== undefined) out[key] = null;
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

type OutputShape = { keys: string[]; template: Row; personKeys: string[] };
const shapes = new WeakMap<ResourceDefinition, OutputShape>();
function outputShape(def: ResourceDefinition): OutputShape {
  let shape = shapes.get(def);
  if (!shape) {
    const keys = Object.keys((outputSchema(def) as z.ZodObject).shape);
    const template = Object.fromEntries(keys.map((k) => [k, undefined]));
    shape = { keys, template, personKeys: keys.filter((k) => PERSON_FIELDS.has(k)) };
    shapes.set(def, shape);
  }
  return shape;
}

export function listOutputSchema(def: ResourceDefinition): z.ZodType {
  return z
    .object({ items: z.array(outputSchema(def)), nextCursor: z.string().nullable(), total: z.number().int() })
    .meta({ id: `${def.entity}Page` });
}
