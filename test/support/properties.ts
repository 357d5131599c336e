/**
 * Test support for the property tests: byte mutations, and a check that nothing reached Object.prototype
 * or Array.prototype. Not used by the application.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

const objectNames = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayNames = Object.getOwnPropertyNames(Array.prototype).sort();

/** Fails the test if anything was added to Object.prototype or Array.prototype. */
export function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectNames);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayNames);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'value', 'name']) expect(probe[key]).toBeUndefined();
}

/** Characters text must never carry into storage: NUL, and lone halves of UTF-16 surrogate pairs. */
export const UNSTORABLE_SAMPLES = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'] as const;

/**
 * One character of hostile text: NUL or a lone surrogate, a code point from anywhere in Unicode, a
 * grapheme, or a character a reader or a search treats specially.
 */
export const hostileChar: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...UNSTORABLE_SAMPLES),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.constantFrom(' ', '"', "'", ';', ',', '\n', '\r', '\t', ':*', '&', '|', '!', '(', ')', '\\', 'ä'),
);

/** Any text, often with NUL or a lone surrogate in it. */
export const hostileText = (constraints: Omit<fc.StringConstraints, 'unit'> = {}) =>
  fc.string({ ...constraints, unit: hostileChar });

/** Byte edits: flip, delete, insert and truncate at random places. */
export const edits = fc.array(
  fc.record({
    op: fc.constantFrom('flip', 'delete', 'insert', 'truncate'),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  { minLength: 1, maxLength: 8 },
);

export function mutate(input: Uint8Array, ops: { op: string; at: number; byte: number }[]): Uint8Array {
  let bytes = Array.from(input);
  for (const { op, at, byte } of ops) {
    const i = Math.min(bytes.length, Math.floor(at * bytes.length));
    if (op === 'flip' && i < bytes.length) bytes[i] = (bytes[i] ?? 0) ^ (byte || 1);
    else if (op === 'delete') bytes.splice(i, 1 + (byte % 16));
    else if (op === 'insert') bytes.splice(i, 0, byte, byte ^ 0x22);
    else if (op === 'truncate') bytes = bytes.slice(0, i);
  }
  return Uint8Array.from(bytes);
}
