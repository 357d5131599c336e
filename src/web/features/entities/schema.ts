import type { z } from 'zod';
import { isReferenceField, USER_FIELDS } from '../../../domain/references';

/** What a form or a detail view needs to know of one field, read from the shared zod schema. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'enum'
  | 'textList'
  | 'reference'
  /** A user of the record's workspace (a contact's owner), picked by name. */
  | 'user'
  | 'json';

export type FieldSpec = {
  name: string;
  kind: FieldKind;
  /** Required on create: neither optional nor nullable in the schema. */
  required: boolean;
  /** Null clears it on an edit; otherwise an empty input leaves the stored value as it is. */
  nullable: boolean;
  /** The allowed values of an enum. */
  values?: readonly string[];
};

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; format?: string; entries?: object };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Text longer than a line: the server's `longText` allows 20 000 characters, `shortText` 300. */
const LONG_TEXT_FROM = 1000;

function unwrap(schema: z.ZodType) {
  let inner = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = defOf(inner);
    if (!['optional', 'nullable', 'default', 'readonly'].includes(def.type) || !def.innerType) break;
    optional = true;
    nullable ||= def.type === 'nullable';
    inner = def.innerType;
  }
  return { inner, optional, nullable };
}

function kindOf(name: string, inner: z.ZodType): Pick<FieldSpec, 'kind' | 'values'> {
  const def = defOf(inner);
  if (isReferenceField(name) && def.type === 'string') return { kind: 'reference' };
  if (USER_FIELDS.has(name) && def.type === 'string') return { kind: 'user' };
  if (def.type === 'enum')
    return { kind: 'enum', values: (inner as unknown as z.ZodEnum).options as string[] };
  if (def.type === 'boolean') return { kind: 'boolean' };
  if (def.type === 'number') return { kind: (inner as z.ZodNumber).isInt ? 'integer' : 'number' };
  if (def.type === 'array' && def.element && defOf(def.element).type === 'string')
    return { kind: 'textList' };
  if (def.type === 'string' && def.format === 'date') return { kind: 'date' };
  if (def.type === 'string' && def.format === 'datetime') return { kind: 'datetime' };
  if (def.type === 'string') {
    const max = (inner as z.ZodString).maxLength ?? 0;
    return { kind: max >= LONG_TEXT_FROM ? 'longText' : 'text' };
  }
  return { kind: 'json' };
}

/** Every field of an entity's shape except `visibility`, which forms handle beside the workspace. */
export function fieldsOf(shape: z.ZodRawShape): FieldSpec[] {
  return Object.entries(shape)
    .filter(([name]) => name !== 'visibility')
    .map(([name, schema]) => {
      const { inner, optional, nullable } = unwrap(schema as z.ZodType);
      return { name, required: !optional, nullable, ...kindOf(name, inner) };
    });
}
