import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DYNAMIC_KEYS } from './dynamic';
import { LANGS } from './lang';
import { mergeAreas, type AreaMessages } from './messages';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const AREAS = path.join(WEB, 'i18n', 'messages');
const messages: Record<string, Record<string, string>> = mergeAreas(
  Object.fromEntries(
    fs
      .readdirSync(AREAS)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(fs.readFileSync(path.join(AREAS, name), 'utf8')) as AreaMessages]),
  ),
);

/** Keys the source uses: t('literal') calls plus every value-made key of DYNAMIC_KEYS. */
function usedKeys() {
  const used = new Set<string>();
  const dynamicCalls: string[] = [];
  for (const file of sources(WEB)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1]!);
    // dynamic.ts is the one place that builds keys from values (and the test expands them below).
    if (file.endsWith(`${path.sep}dynamic.ts`)) continue;
    for (const match of text.matchAll(/\bt\(\s*[`"]/g))
      dynamicCalls.push(`${path.relative(WEB, file)}: ${text.slice(match.index, match.index + 40)}`);
  }
  for (const [prefix, values] of Object.entries(DYNAMIC_KEYS))
    for (const value of values) used.add(`${prefix}.${value}`);
  return { used, dynamicCalls };
}

const { used, dynamicCalls } = usedKeys();
const base = (key: string) => key.replace(PLURAL, '');

describe('messages', () => {
  it('uses only literal keys in t(); value-made keys go through label() and DYNAMIC_KEYS', () => {
    expect(dynamicCalls).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });

  it.each(LANGS)('%s has every key the source uses', (lang) => {
    const keys = new Set(Object.keys(messages[lang]!).map(base));
    expect([...used].filter((k) => !keys.has(k)).sort()).toEqual([]);
  });

  it.each(LANGS)('%s has no key the source does not use', (lang) => {
    expect(
      Object.keys(messages[lang]!)
        .filter((k) => !used.has(base(k)))
        .sort(),
    ).toEqual([]);
  });

  it('has the same keys, plural forms and placeholders in all three languages, none empty', () => {
    const fi = messages.fi!;
    for (const lang of LANGS) {
      const m = messages[lang]!;
      expect(Object.keys(m).sort()).toEqual(Object.keys(fi).sort());
      for (const [key, text] of Object.entries(m)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]).sort();
        expect(vars(text), `${lang} ${key}`).toEqual(vars(fi[key] ?? ''));
      }
    }
  });
});
