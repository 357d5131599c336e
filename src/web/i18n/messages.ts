import { LANGS, type Lang } from './lang';

/**
 * Messages live in one file per area of the app (`messages/<area>.json`), each holding all three
 * languages side by side, so a new page brings its own file and translations are written together.
 * A key may exist in one area only; the message test checks that and the completeness of every language.
 */
export type AreaMessages = Record<Lang, Record<string, string>>;

export function mergeAreas(areas: Record<string, AreaMessages>): Record<Lang, Record<string, string>> {
  const merged = Object.fromEntries(LANGS.map((lang) => [lang, {}])) as Record<Lang, Record<string, string>>;
  for (const [area, messages] of Object.entries(areas)) {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(messages[lang] ?? {})) {
        if (key in merged[lang]) throw new Error(`Message ${key} is defined twice (again in ${area})`);
        merged[lang][key] = text;
      }
    }
  }
  return merged;
}
