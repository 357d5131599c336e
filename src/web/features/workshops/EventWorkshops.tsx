import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { LocalText } from '../../ui/LocalText';
import { loadWorkshops } from './api';
import { StatusText } from './WorkshopStatus';

/** The event page's links to the workshops held at the event (those the reader may see); nothing if none. */
export function EventWorkshops({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const workshops = useApi(`event-workshops/${eventId}`, (signal) => loadWorkshops({ eventId }, signal));
  if (workshops.state !== 'ready' || workshops.data.length === 0) return null;
  return (
    <section aria-labelledby="event-workshops-heading">
      <h2 id="event-workshops-heading">{t('workshop.eventWorkshops')}</h2>
      <ul>
        {workshops.data.map((w) => (
          <li key={w.id}>
            <Link to={`/${lang}/workshops/${w.id}`}>
              <LocalText text={localized(w, 'title', lang)} />
            </Link>{' '}
            <span className="muted">
              (<StatusText status={w.status} />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
