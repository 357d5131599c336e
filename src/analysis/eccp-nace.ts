/**
 * Industries in NACE Rev. 2, the classification ECCP and Eurostat use. TOL 2008 is NACE Rev. 2's
 * national version: its sections, divisions, groups and classes (levels 1–4) are NACE's own codes and
 * only the fifth digit (the national subclass) is Finnish, so a TOL code becomes a NACE code by keeping
 * at most four digits and writing them as NACE does (16, 16.1, 16.10).
 */
import { resolveTol2008, tol2008Division } from '../domain/reference/tol2008.js';

export type NaceCount = {
  /** The NACE Rev. 2 code as NACE writes it, e.g. "16.10". */
  code: string;
  /** The section letter, e.g. "C". */
  section: string;
  /** The division's English name (the built-in names stop at divisions). */
  division: string;
  members: number;
};

/** A TOL 2008 code of level 2–5 as a NACE Rev. 2 code; null for a section letter or an unknown code. */
export function naceOf(tolCode: string): { code: string; section: string; division: string } | null {
  const resolved = resolveTol2008(tolCode);
  if (!resolved?.divisionCode) return null;
  const digits = resolved.code.slice(0, 4);
  const code = digits.length > 2 ? `${digits.slice(0, 2)}.${digits.slice(2)}` : digits;
  const division = tol2008Division(resolved.divisionCode)!;
  return { code, section: resolved.sectionCode, division: division.nameEn };
}

/** The members' NACE codes with how many members have each, most members first. */
export function naceOfMembers(tolCodes: readonly (string | null)[]): NaceCount[] {
  const counts = new Map<string, NaceCount>();
  for (const tol of tolCodes) {
    const nace = tol ? naceOf(tol) : null;
    if (!nace) continue;
    const seen = counts.get(nace.code);
    if (seen) seen.members += 1;
    else counts.set(nace.code, { ...nace, members: 1 });
  }
  return [...counts.values()].sort((a, b) => b.members - a.members || a.code.localeCompare(b.code));
}
