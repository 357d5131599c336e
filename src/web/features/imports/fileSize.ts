import { localeOf, type Lang } from '../../i18n/lang';

/** A file's size as the page's language writes it: 22,0 kt in Finnish, 22.0 kB in English. */
export function fileSizeText(bytes: number, lang: Lang): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / 1024 / 1024, 'megabyte'];
  const digits = unit === 'byte' ? 0 : 1;
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
