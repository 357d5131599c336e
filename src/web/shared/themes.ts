/**
 * Themes of ecosystems, projects, funding calls and agreements are words of the competence vocabulary:
 * a theme is shown by the vocabulary's name in the reader's language, whichever language it was written
 * in. A theme the vocabulary does not hold is shown as written, marked as Finnish (what a town writes).
 */
import { useEffect, useState } from 'react';
import { api, type Schema } from '../api/client';
import { localized } from '../i18n/format';
import type { Lang } from '../i18n/lang';

export type Theme = Pick<Schema<'Competence'>, 'slug' | 'nameFi' | 'nameSv' | 'nameEn'>;

let cached: Promise<Theme[]> | null = null;

/** The vocabulary's themes, loaded once per visit (they change only when an editor adds one). */
export function loadThemes(): Promise<Theme[]> {
  cached ??= api.getAll('/competences', { query: { isTheme: 'true', limit: 200 } });
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

/** After a competence is saved its theme names may have changed. */
export function forgetThemes() {
  cached = null;
}

export function useThemes(): Theme[] | null {
  const [themes, setThemes] = useState<Theme[] | null>(null);
  useEffect(() => {
    let live = true;
    loadThemes().then(
      (loaded) => live && setThemes(loaded),
      () => live && setThemes([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return themes;
}

const indexes = new WeakMap<readonly Theme[], Map<string, Theme>>();
const keyOf = (text: string) => text.trim().toLocaleLowerCase('fi');

/** Every name of every theme (slug, Finnish, Swedish, English), ignoring case, to the theme. */
function indexOf(themes: readonly Theme[]): Map<string, Theme> {
  let index = indexes.get(themes);
  if (!index) {
    index = new Map();
    for (const theme of themes)
      for (const name of [theme.slug, theme.nameFi, theme.nameSv, theme.nameEn])
        if (name && !index.has(keyOf(name))) index.set(keyOf(name), theme);
    indexes.set(themes, index);
  }
  return index;
}

/** A theme as written, in the reader's language when the vocabulary knows it. */
export function themeText(
  written: string,
  themes: readonly Theme[],
  lang: Lang,
): { text: string; lang: Lang } {
  const theme = indexOf(themes).get(keyOf(written));
  return theme ? localized(theme, 'name', lang) : { text: written, lang: 'fi' };
}

/** Whether the vocabulary holds this theme, so that it can be shown in every language. */
export const isKnownTheme = (written: string, themes: readonly Theme[]) =>
  indexOf(themes).has(keyOf(written));
