import { useTranslation } from 'react-i18next';
import { useLang, type Lang } from '../i18n/lang';

type Props = { text: { text: string; lang: Lang } };

/**
 * Text a town wrote, in the reader's language when it has one. When it falls back to Finnish on a Swedish
 * or English page, the Finnish is marked for screen readers (`lang`) and for the eye ("in Finnish").
 */
export function LocalText({ text }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (text.lang === lang || text.text === '') return <>{text.text}</>;
  return (
    <>
      <span lang={text.lang}>{text.text}</span>{' '}
      <span className="muted fallback-language">{t('common.inFinnish')}</span>
    </>
  );
}
