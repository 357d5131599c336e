import { useTranslation } from 'react-i18next';
import { localeOf, useLang } from '../../i18n/lang';
import type { SaveState } from './useAnswering';

/** The time of day in Finland, as the page's language writes it (21.05). */
const timeOf = (at: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(at);

/** Whether the answers are saved, said quietly to screen readers as it changes. */
export function SaveStatus({ status }: { status: SaveState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text =
    status.state === 'saving'
      ? t('answer.saving')
      : status.state === 'failed'
        ? t('answer.saveFailed')
        : status.state === 'saved'
          ? status.submitted
            ? t('answer.changesSaved', { time: timeOf(status.at, localeOf(lang)) })
            : t('answer.draftSaved', { time: timeOf(status.at, localeOf(lang)) })
          : '';
  return (
    <p className={`answer-save-status answer-save-${status.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
