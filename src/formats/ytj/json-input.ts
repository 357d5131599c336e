import { decodeText } from '../csv.js';
import { errorMessage } from '../format-error.js';

export type JsonInput = string | Uint8Array;

/** Why JSON could not be read, when it is empty or not JSON at all (row-codes.ts). */
export type JsonFailureCode = 'empty_file' | 'invalid_json';

export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; error: string; code?: JsonFailureCode };

/** 50 MB: far above any single API response; the bulk dump is streamed instead (see dump.ts). */
export const DEFAULT_MAX_JSON_BYTES = 50 * 1024 * 1024;

/**
 * Parses JSON text or bytes (UTF-8 with or without a BOM). `JSON.parse` makes a `__proto__` key an own
 * property, never the prototype, and the mappers read only own properties, so hostile keys are inert.
 */
export function parseJsonInput(input: JsonInput, maxBytes = DEFAULT_MAX_JSON_BYTES): JsonParseResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    return { ok: false, error: `the JSON is ${size} bytes, more than the limit of ${maxBytes}` };
  }
  const { text } = decodeText(input);
  if (text.trim() === '') return { ok: false, error: 'the input is empty', code: 'empty_file' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${errorMessage(error)}`, code: 'invalid_json' };
  }
}

/** Text or bytes are parsed (within the size limit); an already-parsed `{ json }` passes through. */
export function jsonValueOf(input: JsonInput | { json: unknown }, maxBytes?: number): JsonParseResult {
  if (typeof input === 'string' || input instanceof Uint8Array) return parseJsonInput(input, maxBytes);
  return { ok: true, value: input.json };
}
