/**
 * The Finnish Standard Industrial Classification TOL 2008 and code resolution.
 *
 * Sections and divisions are built in with their names: they place any company code (YTJ reports 5-digit
 * TOL codes such as '70220') in its division and section for regional statistics. Groups and classes are
 * built in as codes only (tol2008-structure.ts), so that a code that does not exist is refused; their
 * names and the national subclasses are imported from Statistics Finland files when needed.
 */
import { DIVISION_ROWS, SECTION_ROWS } from './tol2008-data.js';
import { isTol2008GroupOrBelow } from './tol2008-structure.js';

export type TolLevel = 1 | 2 | 3 | 4 | 5;
export type TolLevelName = 'section' | 'division' | 'group' | 'class' | 'subclass';

export interface Tol2008Section {
  /** Section letter 'A'..'U'. */
  readonly code: string;
  readonly nameFi: string;
  readonly nameSv: string;
  readonly nameEn: string;
}

export interface Tol2008Division {
  /** Two-digit division code ('01'..'99'). */
  readonly code: string;
  readonly sectionCode: string;
  readonly nameFi: string;
  readonly nameSv: string;
  readonly nameEn: string;
}

export interface ResolvedTolCode {
  /** The code as given, normalised (trimmed, section letters upper case). */
  readonly code: string;
  readonly level: TolLevel;
  /** Two-digit division, or null when the code is a section. */
  readonly divisionCode: string | null;
  readonly sectionCode: string;
}

export const TOL2008_SECTIONS: readonly Tol2008Section[] = Object.freeze(
  SECTION_ROWS.map(([code, nameFi, nameSv, nameEn]) => Object.freeze({ code, nameFi, nameSv, nameEn })),
);

export const TOL2008_DIVISIONS: readonly Tol2008Division[] = Object.freeze(
  DIVISION_ROWS.map(([code, sectionCode, nameFi, nameSv, nameEn]) =>
    Object.freeze({ code, sectionCode, nameFi, nameSv, nameEn }),
  ),
);

const sectionsByCode = new Map(TOL2008_SECTIONS.map((s) => [s.code, s]));
const divisionsByCode = new Map(TOL2008_DIVISIONS.map((d) => [d.code, d]));

export function tol2008Section(code: string): Tol2008Section | undefined {
  return sectionsByCode.get(code);
}

export function tol2008Division(code: string): Tol2008Division | undefined {
  return divisionsByCode.get(code);
}

/**
 * Resolves a TOL 2008 code of any level to its division and section: a section letter ('M'), a division
 * ('70'), group ('702'), class ('7022') or national subclass ('70220'). Returns null for malformed codes
 * and for codes with no such division ('04', '34'), group ('999') or class ('6205', '62050'). A
 * subclass's fifth digit is checked only against an imported file (tol2008-structure.ts).
 */
export function resolveTol2008(code: string): ResolvedTolCode | null {
  const normalized = code.trim().toUpperCase();
  if (/^[A-Z]$/.test(normalized)) {
    return sectionsByCode.has(normalized)
      ? { code: normalized, level: 1, divisionCode: null, sectionCode: normalized }
      : null;
  }
  if (!/^\d{2,5}$/.test(normalized)) return null;
  const division = divisionsByCode.get(normalized.slice(0, 2));
  if (!division) return null;
  if (normalized.length > 2 && !isTol2008GroupOrBelow(normalized)) return null;
  return {
    code: normalized,
    level: normalized.length as TolLevel,
    divisionCode: division.code,
    sectionCode: division.sectionCode,
  };
}

/**
 * The codes a TOL 2008 code of level 3–5 stands under, itself included: '70220' → ['702', '7022',
 * '70220']. Each must be a real code at its level; the built-in data checks groups and classes, so a
 * caller that holds the subclasses (an imported Statistics Finland file) checks these against them.
 */
export function tol2008DeeperCodes(code: string): string[] {
  const normalized = code.trim();
  if (!/^\d{3,5}$/.test(normalized)) return [];
  return Array.from({ length: normalized.length - 2 }, (_, i) => normalized.slice(0, i + 3));
}

const LEVEL_NAMES: Record<TolLevel, TolLevelName> = {
  1: 'section',
  2: 'division',
  3: 'group',
  4: 'class',
  5: 'subclass',
};

/** English name of a TOL level, as used in NACE documentation and in our data files' level_name column. */
export function tolLevelName(level: TolLevel): TolLevelName {
  return LEVEL_NAMES[level];
}
