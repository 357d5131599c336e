import type { LocalText } from '../../../domain/questionnaires';
import type { Lang } from '../../i18n/lang';

/** A questionnaire's text in the page's language, or the Finnish every text has. */
export function inLang(text: LocalText | undefined, lang: Lang): { text: string; lang: Lang } {
  if (!text) return { text: '', lang };
  const own = text[lang];
  return own ? { text: own, lang } : { text: text.fi, lang: 'fi' };
}

/** The same as plain text, for attributes and inputs' labels (which cannot mark another language). */
export const plainText = (text: LocalText | undefined, lang: Lang) => inLang(text, lang).text;
