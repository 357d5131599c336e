import { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import type { Row, ResourceDefinition } from './types.js';

/** A timestamp column as ISO text, null when empty. */
export const isoOrNull = (d: unknown) => (d instanceof Date ? d.toISOString() : null);

/** Fields that point at a person: personal data, never shown to the anonymous public. */
const PERSON_FIELDS = new Set(['personId']);

/**
 * One record as it leaves the server: the declared output fields, in the schema's order (so every record
 * of a resource has the same shape), dates as ISO text. Anything else on the row (a list's cursor value)
 * stays behind.
 */
export function present(def: ResourceDefinition, row: Row, caller?: Caller): Row {
  const out: Row = {};
  const anonymous = !caller || caller.kind === 'anonymous';
  for (const key of outputKeys(def)) {
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

const keys = new WeakMap<ResourceDefinition, string[]>();
function outputKeys(def: ResourceDefinition): string[] {
  let list = keys.get(def);
  if (!list) {
    list = Object.keys((outputSchema(def) as z.ZodObject).shape);
    keys.set(def, list);
  }
  return list;
}

export function listOutputSchema(def: ResourceDefinition): z.ZodType {
  return z
    .object({ items: z.array(outputSchema(def)), nextCursor: z.string().nullable(), total: z.number().int() })
    .meta({ id: `${def.entity}Page` });
}
