import { localeOf, type Lang } from '../../i18n/lang';

/**
 * A figure rounded to at most `digits` decimals, in the language's format (1 234,57 in Finnish). The
 * app's formatNumber keeps Intl's default of three decimals; PageRank and betweenness need four.
 */
export const decimal = (value: number, lang: Lang, digits = 2) =>
  new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits }).format(value);

/** A share 0..1 as a percentage with one decimal. */
export const percent = (share: number, lang: Lang) => `${decimal(share * 100, lang, 1)} %`;

/** A change with its sign, so "+3" and "−2" read as changes, not counts. */
export const signed = (value: number, lang: Lang, digits = 0) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${decimal(Math.abs(value), lang, digits)}`;
