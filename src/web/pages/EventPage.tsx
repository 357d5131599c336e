import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../api/useApi';
import { canEdit, useAuth } from '../shared/auth';
import { EventDetails } from '../features/events/EventDetails';
import { EventParticipants } from '../features/events/EventParticipants';
import { SendInvitations } from '../features/events/SendInvitations';
import { SeriesSessions } from '../features/events/SeriesSessions';
import type { SeriesDeletedState } from '../features/events/SeriesDeletedNotice';
import type { SeriesDeleted } from '../features/events/series';
import { loadEventDetails } from '../features/events/model';
import { eventCalendarUrl } from '../features/events/series';
import { EventWorkshops } from '../features/workshops/EventWorkshops';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { EditAndDelete } from '../shared/forms/EditAndDelete';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function EventPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const { id = '' } = useParams();
  const details = useApi(`${id}:${me.user?.id ?? ''}`, (signal) => loadEventDetails(id, signal));

  if (details.state === 'loading') return <Loading />;
  if (details.state === 'error') return <ErrorNotice error={details.error} />;
  const e = details.data.event;
  const title = localized(e, 'title', lang);
  // The series gone, the events list says what became of its sessions.
  const seriesDeleted = (result: SeriesDeleted) => {
    const state: SeriesDeletedState = {
      seriesDeleted: { deleted: result.deleted.length, kept: result.kept.length },
    };
    navigate(`/${lang}/events`, { replace: true, state });
  };
  return (
    <>
      <p>
        <Link to={`/${lang}/events`}>{t('events.backToList')}</Link>
      </p>
      <PageTitle lang={title.lang === lang ? undefined : title.lang} fallback>
        {title.text}
      </PageTitle>
      {canEdit(me, e) && (
        <EditAndDelete
          editTo={`/${lang}/events/${e.id}/edit`}
          editText={t('events.edit')}
          apiPath={`/events/${e.id}`}
          texts={{
            button: t('events.delete'),
            title: t('events.deleteTitle'),
            confirm: t('events.deleteQuestion', { name: title.text }),
            conflict: t('events.deleteConflict'),
          }}
          onDeleted={() => navigate(`/${lang}/events`, { replace: true })}
        />
      )}
      <EventDetails details={details.data} />
      <p>
        <a href={eventCalendarUrl(e.id, lang)} download="event.ics">
          {t('events.downloadEventIcs')}
        </a>
      </p>
      <EventWorkshops eventId={e.id} />
      {e.seriesId && <SeriesSessions seriesId={e.seriesId} eventId={e.id} onDeleted={seriesDeleted} />}
      <EventParticipants details={details.data} onChange={details.reload} />
      {canEdit(me, e) && <SendInvitations eventId={e.id} />}
    </>
  );
}
