/**
 * Which open funding calls fit an ecosystem's themes, or a set of organisations (a consortium's mix),
 * and why. Themes are free words on calls and ecosystems; a word that names a theme of the vocabulary
 * (in Finnish, Swedish or English, or by its slug) stands for that theme, so "metsäbiotalous" on an
 * ecosystem meets "forest bioeconomy" on a call. Other words meet when they are equal, case and
 * surrounding spaces aside.
 */
import type { ORGANISATION_KINDS } from '../domain/enums.js';

type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A theme of the vocabulary: its id and names. */
export type VocabularyTheme = { id: string; slug: string; fi: string; sv: string | null; en: string | null };

/** A theme as matched: a key that is equal for equal themes, and how to name it in each language. */
export type Theme = { key: string; fi: string; sv: string | null; en: string | null };

const norm = (word: string) => word.trim().toLocaleLowerCase('fi').replace(/\s+/g, ' ');

/** Reads free theme words through the vocabulary: each word once, in the order given. */
export function themeReader(vocabulary: readonly VocabularyTheme[]) {
  const byWord = new Map<string, VocabularyTheme>();
  for (const t of vocabulary)
    for (const w of [t.slug, t.fi, t.sv, t.en]) if (w && !byWord.has(norm(w))) byWord.set(norm(w), t);
  return (words: readonly string[]): Theme[] => {
    const out = new Map<string, Theme>();
    for (const word of words) {
      const known = byWord.get(norm(word));
      const theme = known
        ? { key: `theme:${known.id}`, fi: known.fi, sv: known.sv, en: known.en }
        : { key: `word:${norm(word)}`, fi: word.trim(), sv: null, en: null };
      if (theme.fi && !out.has(theme.key)) out.set(theme.key, theme);
    }
    return [...out.values()];
  };
}

/** The themes of `call` that `themes` share, in the call's order. */
export function sharedThemes(call: readonly Theme[], themes: readonly Theme[]): Theme[] {
  const keys = new Set(themes.map((t) => t.key));
  return call.filter((t) => keys.has(t.key));
}

export type CallToRank = { id: string; deadlineAt: string; themes: Theme[] };
export type Fit = { callId: string; themes: Theme[] };

/** Calls whose themes overlap `themes`: most shared themes first, then the nearest deadline. */
export function rankByThemes<C extends CallToRank>(calls: readonly C[], themes: readonly Theme[]) {
  return calls
    .map((call) => ({ call, themes: sharedThemes(call.themes, themes) }))
    .filter((f) => f.themes.length > 0)
    .sort(
      (a, b) =>
        b.themes.length - a.themes.length ||
        Date.parse(a.call.deadlineAt) - Date.parse(b.call.deadlineAt) ||
        a.call.id.localeCompare(b.call.id),
    );
}

/** An organisation of a mix: its kind and the themes it offers competence in. */
export type MixMember = { id: string; kind: OrganisationKind | string; themes: Theme[] };

export type KindCheck = { kind: string; met: boolean; by: string[] };

export type MixFit = {
  /** The call's themes that some member offers, and who. */
  themes: { theme: Theme; by: string[] }[];
  /** Each organisation kind the call requires, met or not, and by whom. */
  kinds: KindCheck[];
  /** At least one shared theme and every required kind present. */
  fits: boolean;
};

/**
 * How a set of organisations meets a call's themes and required organisation kinds: the seam the
 * consortium builder asks with its partners.
 */
export function mixFit(
  call: { themes: Theme[]; requiredKinds: readonly string[] },
  members: readonly MixMember[],
): MixFit {
  const themes = call.themes
    .map((theme) => ({
      theme,
      by: members.filter((m) => m.themes.some((t) => t.key === theme.key)).map((m) => m.id),
    }))
    .filter((t) => t.by.length > 0);
  const kinds = [...new Set(call.requiredKinds)].map((kind) => {
    const by = members.filter((m) => m.kind === kind).map((m) => m.id);
    return { kind, met: by.length > 0, by };
  });
  return { themes, kinds, fits: themes.length > 0 && kinds.every((k) => k.met) };
}
