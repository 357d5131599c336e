/**
 * What a label of Statistics Finland's PxWeb tables stands for. PxWeb writes a value as its text, its
 * code, or both ("KU091 Helsinki", "091 Helsinki", "Helsinki"; "62 Ohjelmistot, konsultointi ja
 * siihen liittyvä toiminta", "C Teollisuus"), and marks totals with the code SSS ("SSS KOKO MAA",
 * "SSS Toimialat yhteensä").
 */
import { TOL2008_DIVISIONS, TOL2008_SECTIONS, tol2008Division } from '../domain/reference/tol2008.js';

export type AreaLabel =
  | { kind: 'municipality'; code: string }
  | { kind: 'finland' }
  /** A region, sub-region or other grouping of municipalities: not needed, left out. */
  | { kind: 'aggregate' }
  | { kind: 'unknown' };

export type IndustryLabel =
  | { kind: 'section'; code: string }
  | { kind: 'division'; code: string }
  /** Totals, unknown industry (X), groupings of sections and levels below the division: left out. */
  | { kind: 'other' }
  | { kind: 'unknown' };

export interface MunicipalityName {
  readonly code: string;
  readonly nameFi: string;
  readonly nameSv?: string | null;
}

const FINLAND = /^(sss\b|koko maa$|koko suomi$|hela landet$|whole country$|suomi$|finland$)/i;
const AGGREGATE = /^(mk|sk|seu|ely|avi|hva|mk\d|sk\d)\d*\b/i;
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Municipalities by their names in Finnish and Swedish, lower-cased, and their codes. */
export function municipalityIndex(municipalities: readonly MunicipalityName[]) {
  const byName = new Map<string, string>();
  for (const m of municipalities) {
    byName.set(norm(m.nameFi), m.code);
    if (m.nameSv) byName.set(norm(m.nameSv), m.code);
  }
  return { byName, codes: new Set(municipalities.map((m) => m.code)) };
}

export type MunicipalityIndex = ReturnType<typeof municipalityIndex>;

export function areaLabel(raw: string, index: MunicipalityIndex): AreaLabel {
  const value = raw.trim();
  const coded = /^(?:KU)?(\d{1,3})(?:\s|$)/i.exec(value);
  if (coded) {
    const code = coded[1]!.padStart(3, '0');
    return index.codes.has(code) ? { kind: 'municipality', code } : { kind: 'unknown' };
  }
  if (FINLAND.test(value)) return { kind: 'finland' };
  if (AGGREGATE.test(value)) return { kind: 'aggregate' };
  const named = index.byName.get(norm(value));
  return named ? { kind: 'municipality', code: named } : { kind: 'unknown' };
}

const industryNames = new Map<string, IndustryLabel>([
  ...TOL2008_SECTIONS.flatMap((s) =>
    [s.nameFi, s.nameSv, s.nameEn].map((n) => [norm(n), { kind: 'section', code: s.code }] as const),
  ),
  ...TOL2008_DIVISIONS.flatMap((d) =>
    [d.nameFi, d.nameSv, d.nameEn].map((n) => [norm(n), { kind: 'division', code: d.code }] as const),
  ),
]);

const TOTAL =
  /^(sss|yhteensä|toimialat yhteensä|kaikki toimialat|totalt|alla näringsgrenar|total|all industries)$/i;

export function industryLabel(raw: string): IndustryLabel {
  const value = raw.trim();
  const code = /^(\S+)(?:\s|$)/.exec(value)?.[1] ?? '';
  if (TOTAL.test(code) || TOTAL.test(value)) return { kind: 'other' };
  if (/^[A-U]$/.test(code)) return { kind: 'section', code };
  if (/^\d{2}$/.test(code)) return tol2008Division(code) ? { kind: 'division', code } : { kind: 'unknown' };
  // X (unknown industry), deeper levels (011, 0111, 01110) and groupings (BTE, A-B, G-I, 45-47)
  if (/^(X|\d{3,5}|[A-U]{2,3}|[A-U]-[A-U]|\d{2}-\d{2})$/.test(code)) return { kind: 'other' };
  return industryNames.get(norm(value)) ?? { kind: 'unknown' };
}

/** The industry label inside a column heading ("2022 Työpaikat 62 Ohjelmistot…"): from its code on. */
export function industryInHeading(text: string): string | null {
  const tokens = text.trim().split(/\s+/);
  const at = tokens.findIndex((t) => industryLabel(t).kind !== 'unknown');
  return at === -1 ? null : tokens.slice(at).join(' ');
}

/** The area label inside a column heading ("Työpaikat 2022 KU091 Helsinki", "SSS KOKO MAA"). */
export function areaInHeading(text: string, index: MunicipalityIndex): AreaLabel {
  const tokens = text.trim().split(/\s+/);
  for (let from = 0; from < tokens.length; from++) {
    const label = areaLabel(tokens.slice(from).join(' '), index);
    if (label.kind !== 'unknown') return label;
  }
  return { kind: 'unknown' };
}
