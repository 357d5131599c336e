/**
 * Finnish business IDs (Y-tunnus): seven digits, a hyphen and a check digit. Validation is
 * finnish-business-ids' (the same check the domain schema uses); the check-digit computation is here
 * because the synthetic-data generator has to make valid IDs in order, not at random.
 */
import { FinnishBusinessIds } from 'finnish-business-ids';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * Check digit for the seven digits of a business ID, or null when those digits can have no valid ID
 * (remainder 1: PRH never issues them).
 */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(sevenDigits[i]) * (WEIGHTS[i] ?? 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** The business ID for a number 0…9 999 999, or null when that number has no valid check digit. */
export function businessIdFromNumber(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 9_999_999) return null;
  const digits = String(n).padStart(7, '0');
  const check = businessIdCheckDigit(digits);
  return check === null ? null : `${digits}-${check}`;
}

/**
 * Normalises what people and old systems write: surrounding spaces, an old six-digit form
 * ('123456-7' → '0123456-7'), or no hyphen ('01120389'). Returns null when the result is not a valid ID.
 */
export function normalizeBusinessId(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let s = String(value)
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  if (/^\d{8}$/.test(s)) s = `${s.slice(0, 7)}-${s.slice(7)}`;
  if (/^\d{6}-\d$/.test(s)) s = `0${s}`;
  return isValidBusinessId(s) ? s : null;
}

export function isValidBusinessId(value: string): boolean {
  if (!/^\d{7}-\d$/.test(value)) return false;
  try {
    return FinnishBusinessIds.isValidBusinessId(value);
  } catch {
    return false;
  }
}
