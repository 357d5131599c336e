/**
 * Helpers for the reference-data tests: they compare our built-in data with the read-only tables in
 * the `shared/data` folder that sits beside the project root. Those tables are never shipped with the
 * project, so a missing file makes the comparison tests skip (visibly) instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/formats/csv.js';

/** Absolute path of a file in shared/data (this file lives at <root>/test/support). */
export function sharedDataPath(name: string): string {
  return fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));
}

export function sharedDataExists(name: string): boolean {
  return existsSync(sharedDataPath(name));
}

/** Reads a shared CSV file into header-keyed rows; throws on malformed CSV so tests fail loudly. */
export function readSharedCsv(name: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(sharedDataPath(name), 'utf8'));
  if (parsed.errors.length > 0) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  const [header, ...rows] = parsed.records;
  if (!header) return [];
  return rows.map((r) => {
    if (r.fields.length !== header.fields.length) throw new Error(`${name}:${r.line}: wrong field count`);
    return Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i] ?? '']));
  });
}
