import type { TFunction } from 'i18next';
import { DYNAMIC_KEYS, label, type DynamicPrefix } from '../../i18n/dynamic';
import type { FieldSpec } from './schema';

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The message prefix of an enum, found by its values: `z.enum(PROJECT_STATUSES)` is labelled by the
 * DYNAMIC_KEYS entry holding the same vocabulary, so no resource needs to say which words it uses.
 */
export function enumPrefix(values: readonly string[]): DynamicPrefix | undefined {
  const entries = Object.entries(DYNAMIC_KEYS) as [DynamicPrefix, readonly string[]][];
  return entries.find(([, known]) => sameValues(known, values))?.[0];
}

export function enumLabel(t: TFunction, field: FieldSpec, value: string): string {
  const prefix = field.values ? enumPrefix(field.values) : undefined;
  return prefix ? label(t, prefix, value) : value;
}
