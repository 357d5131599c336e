import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Dated } from './overview';

type Props = {
  id: string;
  title: string;
  upcoming: Dated[];
  past: Dated[];
  /** Which instant to show: an event's start or a call's deadline. */
  field: 'startsAt' | 'deadlineAt';
  emptyText: string;
  pastTitle: string;
};

/** Upcoming items by date; when nothing is ahead, the latest ones so the panel is never blank. */
export function DatedList({ id, title, upcoming, past, field, emptyText, pastTitle }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const item = (d: Dated) => {
    const name = localized(d, 'title', lang);
    const when = d[field];
    return (
      <li key={d.id}>
        <time dateTime={when}>
          {field === 'startsAt' ? formatDateTime(when, lang) : formatDate(when, lang)}
        </time>
        <br />
        <span lang={name.lang === lang ? undefined : name.lang}>{name.text}</span>
      </li>
    );
  };
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {upcoming.length > 0 ? (
        <ul className="plain-list">{upcoming.map(item)}</ul>
      ) : (
        <p className="muted">{emptyText}</p>
      )}
      {upcoming.length === 0 && past.length > 0 && (
        <>
          <h3>{pastTitle}</h3>
          <ul className="plain-list" aria-label={`${pastTitle} (${t('overview.past')})`}>
            {past.map(item)}
          </ul>
        </>
      )}
    </section>
  );
}
