import type { TFunction } from 'i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import type { Lang } from '../../i18n/lang';
import { placeName, sectionName, useReference, type Industry } from '../../shared/reference';

let divisions: Promise<Industry[]> | null = null;

/** TOL 2008 divisions (two digits): loaded once per visit, like the rest of the reference data. */
export function loadDivisions(): Promise<Industry[]> {
  divisions ??= api.get('/industries', { query: { level: 2 } }).then((r) => r.items);
  divisions.catch(() => {
    divisions = null;
  });
  return divisions;
}

/** Names for the codes a picture carries (it names none itself): kinds, industries, municipalities. */
export type Namer = {
  kind: (code: string) => string;
  division: (code: string) => string;
  section: (code: string) => string;
  /** `fallback` (e.g. the Finnish name the server sent) stands in until the reference data arrives. */
  municipality: (code: string | null, fallback?: string) => string;
};

export function useNamer(t: TFunction, lang: Lang): Namer {
  const reference = useReference();
  const list = useApi('tol-divisions', () => loadDivisions()).data ?? [];
  const unknown = t('picture.unknown');
  return {
    kind: (code) => (code === 'unknown' ? unknown : label(t, 'organisationKind', code)),
    division: (code) => {
      if (code === 'unknown') return unknown;
      const name = sectionName(
        list.find((d) => d.code === code),
        lang,
      );
      return name ? `${code} ${name}` : code;
    },
    section: (code) => {
      if (code === 'unknown') return unknown;
      const name = sectionName(
        reference?.sections.find((s) => s.code === code),
        lang,
      );
      return name ? `${code} ${name}` : code;
    },
    municipality: (code, fallback) => {
      if (!code || code === 'unknown') return unknown;
      const found = reference?.municipalities.find((m) => m.code === code);
      return placeName(found, lang) || fallback || code;
    },
  };
}

/** The kind of a scope in words (literal keys, so the message check sees each one used). */
export function scopeKindName(t: TFunction, scope: string): string {
  const names: Record<string, string> = {
    ecosystem: t('picture.scopeEcosystem'),
    municipality: t('picture.scopeMunicipality'),
    region: t('picture.scopeRegion'),
    network: t('picture.scopeNetwork'),
  };
  return names[scope] ?? scope;
}
