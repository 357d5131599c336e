/** The analysis page's small rules: shares for bars, themes added once, a suggestion applied to answers. */
import type { OpenAnswer, ThemeSuggestion } from './api-types';

/** A whole percent of the total, 0 when there is none. */
export const percent = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 100) : 0);

const same = (a: string, b: string) => a.localeCompare(b, 'fi', { sensitivity: 'base' }) === 0;

/** The themes with one more, unless it is there already (case ignored) or empty. */
export function withTheme(themes: readonly string[], theme: string): string[] {
  const name = theme.trim().replace(/\s+/g, ' ');
  if (!name || themes.some((t) => same(t, name))) return [...themes];
  return [...themes, name];
}

/** The name a suggestion gives its theme: its most common word form, else its stem. */
export const suggestionTheme = (s: ThemeSuggestion) => s.terms[0] ?? s.stem;

const words = (text: string) =>
  text
    .toLocaleLowerCase('fi')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);

/** The answers that use one of the suggestion's word forms and do not have its theme yet. */
export function answersToCode(answers: readonly OpenAnswer[], s: ThemeSuggestion): OpenAnswer[] {
  const terms = new Set(s.terms.map((t) => t.toLocaleLowerCase('fi')));
  const theme = suggestionTheme(s);
  return answers.filter(
    (a) => !a.themes.some((t) => same(t, theme)) && words(a.text).some((w) => terms.has(w)),
  );
}
