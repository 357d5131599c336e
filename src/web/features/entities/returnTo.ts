import type { Lang } from '../../i18n/lang';
import { PREFILL_ALIASES, REFERENCE_PATHS } from './resources';
import type { FieldSpec } from './schema';

/** Only a page of this app, never another site: the parameter comes from the address. */
export function safeReturn(value: string | null, lang: Lang): string | null {
  return value && value.startsWith(`/${lang}/`) && !value.startsWith('//') ? value : null;
}

/** Fields given in the address (`?projectId=…`, or an alias such as `sourceOrganisationId`). */
export function prefillOf(fields: FieldSpec[], params: URLSearchParams): Record<string, unknown> {
  const prefill: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const name = PREFILL_ALIASES[key] ?? key;
    const field = fields.find((f) => f.name === name);
    if (!field) continue;
    prefill[name] = field.kind === 'boolean' ? value === 'true' : value;
  }
  return prefill;
}

/** Where a new record's form returns: the page asked for, else the record it was added to. */
export function parentPage(prefill: Record<string, unknown>, lang: Lang): string | null {
  for (const [name, value] of Object.entries(prefill)) {
    const path = REFERENCE_PATHS[name];
    if (path && typeof value === 'string') return `/${lang}/${path}/${value}`;
  }
  return null;
}
