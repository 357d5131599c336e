import { useEffect, useState } from 'react';
import { api, type Schema } from '../api/client';
import { tol2008Division } from '../../domain/reference/tol2008';
import type { Lang } from '../i18n/lang';

export type Region = Schema<'Region'>;
export type Municipality = Schema<'Municipality'>;
export type Industry = Schema<'Industry'>;
/** Anything named in Finnish, and perhaps in Swedish and English. */
type Place = Pick<Region, 'nameFi' | 'nameSv' | 'nameEn'>;

export type Reference = {
  regions: Region[];
  municipalities: Municipality[];
  /** TOL 2008 sections (A–U). */
  sections: Industry[];
};

let cached: Promise<Reference> | null = null;

/** Regions, municipalities and TOL sections: loaded once per visit, they change only with an import. */
export function loadReference(): Promise<Reference> {
  cached ??= Promise.all([
    api.get('/regions'),
    api.get('/municipalities'),
    api.get('/industries', { query: { level: 1 } }),
  ]).then(([regions, municipalities, sections]) => ({
    regions: regions.items,
    municipalities: municipalities.items,
    sections: sections.items,
  }));
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

export function useReference(): Reference | null {
  const [reference, setReference] = useState<Reference | null>(null);
  useEffect(() => {
    let live = true;
    loadReference().then(
      (r) => live && setReference(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return reference;
}

/** A place name in the language; municipalities have Swedish names, English falls back to Finnish. */
export function placeName(place: Place | undefined, lang: Lang): string {
  if (!place) return '';
  if (lang === 'sv') return place.nameSv ?? place.nameFi;
  if (lang === 'en') return place.nameEn ?? place.nameFi;
  return place.nameFi;
}

/** Statistics Finland's section names are in capitals; shown in sentence case. */
export function sectionName(section: Industry | undefined, lang: Lang): string {
  const name = placeName(section, lang);
  return name ? name.charAt(0) + name.slice(1).toLowerCase() : '';
}

/**
 * An industry code with the name of its TOL 2008 division in the language ("68202 Kiinteistöalan
 * toiminta"); the built-in classification names divisions, and a finer code is read under its division.
 */
export function industryLabel(code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const division = tol2008Division(code.slice(0, 2));
  return division ? `${code} ${placeName(division, lang)}` : code;
}
