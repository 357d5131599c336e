import { Link } from 'react-router-dom';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { EventRecord } from './model';

/** An event's title as a link to its page; tabIndex -1 keeps the calendar's cells to one tab stop. */
export function EventLink({ event, tabIndex }: { event: EventRecord; tabIndex?: number }) {
  const lang = useLang();
  const title = localized(event, 'title', lang);
  return (
    <Link
      to={`/${lang}/events/${event.id}`}
      tabIndex={tabIndex}
      lang={title.lang === lang ? undefined : title.lang}
    >
      {title.text}
    </Link>
  );
}
