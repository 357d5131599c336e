/**
 * The small grammar the findings' sentences need in Finnish, Swedish and English: lists joined as the
 * reader writes them ("A, B ja C"), counts with the noun in the right number ("1 yritys", "7 yritystä"),
 * numbers, shares and dates in the reader's locale.
 */
import { formatNumber, formatShare, industryName, type Language } from '../labels.js';

/** The same thing in the three languages. */
export type Tri<T = string> = Readonly<Record<Language, T>>;

/** A noun after a number: [one, many]; Finnish "many" is the partitive ("7 yritystä"). */
export type Noun = Tri<readonly [string, string]>;

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const plurals = new Map<Language, Intl.PluralRules>();
const lists = new Map<Language, Intl.ListFormat>();

/** "A, B ja C", "A, B och C", "A, B and C". */
export function joinList(items: readonly string[], lang: Language): string {
  let format = lists.get(lang);
  if (!format) {
    format = new Intl.ListFormat(locales[lang], { type: 'conjunction', style: 'long' });
    lists.set(lang, format);
  }
  return format.format(items);
}

/** The noun's form for a count: singular for one, plural (partitive in Finnish) otherwise. */
export function nounFor(n: number, noun: Noun, lang: Language): string {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(locales[lang]);
    plurals.set(lang, rules);
  }
  const [one, many] = noun[lang];
  return rules.select(n) === 'one' ? one : many;
}

/** "1 yritys", "7 yritystä", "1 234 toimijaa". */
export function count(n: number, noun: Noun, lang: Language): string {
  return `${formatNumber(n, lang, 0)} ${nounFor(n, noun, lang)}`;
}

export const num = (x: number, lang: Language, digits = 1) => formatNumber(x, lang, digits);
export const pct = (x: number, lang: Language) => formatShare(x, lang);

/** 6.12.2026 in Finnish, 6.12.2026 in Swedish (Finland), 6 December 2026 in English. */
export function date(iso: string, lang: Language): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const style = lang === 'en' ? { dateStyle: 'long' as const } : {};
  return new Intl.DateTimeFormat(locales[lang], { ...style, timeZone: 'UTC' }).format(d);
}

/** The first letter in upper case: a sentence may start with a lower-case name. */
export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export const pick = <T>(tri: Tri<T>, lang: Language): T => tri[lang];

/**
 * An industry by its code and the head of its name, for running text: "16 Sahatavaran sekä puu- ja
 * korkkituotteiden valmistus" without the "; olki- ja punontatuotteiden …" and "(pl. …)" tails the
 * classification adds. Evidence keeps the full name.
 */
export function industry(code: string, lang: Language): string {
  return industryName(code, lang)
    .split(';')[0]!
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
}

const QUOTES: Tri<readonly [string, string]> = { fi: ['”', '”'], sv: ['”', '”'], en: ['“', '”'] };

/** A label quoted as the reader's language quotes: ”osaava työvoima”, “skilled labour”. */
export const quoted = (text: string, lang: Language) => `${QUOTES[lang][0]}${text}${QUOTES[lang][1]}`;
