import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { DatedCall, DatedEvent } from './overview';

/** Which instant to show: an event's start or a call's deadline. */
type Dated =
  | { field: 'startsAt'; upcoming: DatedEvent[]; past: DatedEvent[] }
  | { field: 'deadlineAt'; upcoming: DatedCall[]; past: DatedCall[] };

type Props = Dated & { id: string; title: string; emptyText: string; pastTitle: string };

/** Upcoming items by date; when nothing is ahead, the latest ones so the panel is never blank. */
export function DatedList({ id, title, upcoming, past, field, emptyText, pastTitle }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const item = (d: DatedEvent | DatedCall) => {
    const name = localized(d, 'title', lang);
    const when = 'startsAt' in d ? d.startsAt : d.deadlineAt;
    return (
      <li key={d.id}>
        <time dateTime={when ?? undefined}>
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
