import { useTranslation } from 'react-i18next';
import { formatList } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Translation } from './form';

/**
 * Beneath a text's English field: which languages the Finnish text still lacks. Readers of those
 * languages are shown the Finnish meanwhile, marked as Finnish.
 */
export function MissingTranslations({ languages }: { languages: Translation[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = languages.map((l) => (l === 'sv' ? t('form.inSwedish') : t('form.inEnglish')));
  return <p className="muted">{t('form.missingTranslations', { languages: formatList(names, lang) })}</p>;
}
