/**
 * Tolerant readers for single values in PRH JSON. The raw v3 API gives codes as strings and lists as
 * arrays; records that went through the X-Road REST adapter (JSON → XML → JSON) have numbers instead of
 * numeric strings ('00100' became 100) and one-element arrays collapsed into objects. Everything here
 * accepts both and never throws: a value of the wrong kind reads as absent.
 */
import type { YtjLanguage, YtjText } from './types.js';

export type JsonRecord = { readonly [key: string]: unknown };

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: a key such as `__proto__` or `constructor` never reaches the prototype chain. */
export function field(record: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A list of records: an array (raw API), a single object (collapsed by the adapter) or nothing. */
export function records(value: unknown): JsonRecord[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

const MAX_TEXT = 2000;

/** A trimmed, non-empty string; numbers (from the adapter) become their decimal text. */
export function text(value: unknown): string | null {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number' && Number.isFinite(value)) s = String(value);
  else return null;
  // Control characters have no place in a register value and break XML and CSV exports.
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (s === '') return null;
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/**
 * A numeric code left-padded to `width` digits: the adapter turned '00100' into 100 and '091' into 91.
 * Returns null when the value is not all digits or is longer than `width`.
 */
export function paddedDigits(value: unknown, width: number): string | null {
  const s = text(value);
  if (s === null || !/^\d+$/.test(s) || s.length > width) return null;
  return s.padStart(width, '0');
}

/** A code kept as text ('16', 'TOIMI3', 'KONK'). */
export function code(value: unknown): string | null {
  const s = text(value);
  return s === null || s.length > 40 ? null : s;
}

/**
 * A calendar date 'YYYY-MM-DD'. Anything else is reported through `warn` and read as null, so one bad
 * date never loses the whole company.
 */
export function date(value: unknown, what: string, warn: (message: string) => void): string | null {
  const s = text(value);
  if (s === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  warn(`${what}: '${s.slice(0, 40)}' is not a date (YYYY-MM-DD)`);
  return null;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** PRH's last-modified stamp ('2025-05-05 15:39:54' or '2026-08-19T10:04:06') as 'YYYY-MM-DDTHH:mm:ss'. */
export function localDateTime(value: unknown, what: string, warn: (message: string) => void): string | null {
  const s = text(value);
  if (s === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  if (m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4] ?? 0) < 24) {
    return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}`;
  }
  warn(`${what}: '${s.slice(0, 40)}' is not a date and time`);
  return null;
}

/** v3 language codes: 1 Finnish, 2 Swedish, 3 English. v1 used 'FI', 'SE' and 'EN'. */
export function language(value: unknown): YtjLanguage | null {
  const s = text(value)?.toUpperCase();
  if (s === '1' || s === 'FI') return 'fi';
  if (s === '2' || s === 'SE' || s === 'SV') return 'sv';
  if (s === '3' || s === 'EN') return 'en';
  return null;
}

/** v3 `descriptions: [{ languageCode, description }]` as { fi, sv, en }. */
export function descriptions(value: unknown): YtjText {
  const result: YtjText = {};
  for (const d of records(value)) {
    const lang = language(field(d, 'languageCode'));
    const s = text(field(d, 'description'));
    if (lang && s && result[lang] === undefined) result[lang] = s;
  }
  return result;
}

const SV_SUFFIX = /\b(ab|abp|aktiebolag|bostadsaktiebolag|andelslag|förening|stiftelse|kb|hb)\.?$/i;
const EN_SUFFIX = /\b(ltd|limited|corporation|corp|plc|inc|company|association|foundation|cooperative)\.?$/i;
const FI_SUFFIX = /\b(oy|oyj|ky|ay|osk|ry|rs|tmi|osakeyhtiö|osuuskunta)\.?$/i;

/** The language of a company name, read from its legal-form suffix; null when the suffix does not tell. */
export function nameLanguage(name: string): YtjLanguage | null {
  if (SV_SUFFIX.test(name)) return 'sv';
  if (EN_SUFFIX.test(name)) return 'en';
  if (FI_SUFFIX.test(name) || /^(asunto oy|kiinteistö oy|tmi)\b/i.test(name)) return 'fi';
  return null;
}

/** A five-digit TOL code; the adapter turned '01110' into 1110, so it is padded back. */
export function industryCode(value: unknown): string | null {
  return paddedDigits(value, 5);
}

/** Newest first by registration date; entries without a date last. Stable. */
export function byRegistrationDesc<T extends { registrationDate: string | null }>(a: T, b: T): number {
  const x = a.registrationDate ?? '';
  const y = b.registrationDate ?? '';
  return x === y ? 0 : x < y ? 1 : -1;
}
