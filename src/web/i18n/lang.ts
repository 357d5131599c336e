import { useParams } from 'react-router-dom';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fi';

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** Intl locales: Finland's Finnish and Swedish; British English for day-month-year dates. */
const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
export const localeOf = (lang: Lang) => LOCALES[lang];

/** The language of the current address; the router only renders pages under a valid one. */
export function useLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** The same page in another language: only the first path segment changes. */
export function switchLangPath(pathname: string, search: string, to: Lang): string {
  const rest = pathname.replace(/^\/(fi|sv|en)(?=\/|$)/, '');
  return `/${to}${rest || '/'}${search}`;
}

const PREFERRED = 'solmu.lang';

export function preferredLang(): Lang {
  try {
    const saved = localStorage.getItem(PREFERRED);
    if (isLang(saved)) return saved;
  } catch {
    // storage may be blocked; Finnish is the default
  }
  return DEFAULT_LANG;
}

export function rememberLang(lang: Lang) {
  try {
    localStorage.setItem(PREFERRED, lang);
  } catch {
    // not essential
  }
}
