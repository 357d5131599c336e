import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { formatDateTime, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { canEdit, useAuth } from '../../shared/auth';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { DeleteRecord } from '../../shared/forms/DeleteRecord';
import { deleteSeries, loadSeries, type SeriesDeleted } from './series';
import { SeriesRename } from './SeriesRename';

type Props = {
  seriesId: string;
  eventId: string;
  /** After the series is deleted: which sessions went and which stayed. */
  onDeleted: (result: SeriesDeleted) => void;
};

/** The sessions of the series this event belongs to, this one marked and the others linked. */
export function SeriesSessions({ seriesId, eventId, onDeleted }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const series = useApi(`series-${seriesId}`, (signal) => loadSeries(seriesId, signal));
  const deleted = useRef<SeriesDeleted>(undefined);
  if (series.state === 'error') return <ErrorNotice error={series.error} />;
  if (series.state !== 'ready') return null;
  const name = localized(series.data, 'title', lang);
  return (
    <section className="panel" aria-labelledby="series-sessions-heading">
      <h2 id="series-sessions-heading">{t('series.sessions', { series: name.text })}</h2>
      <ol className="plain-list">
        {series.data.sessions.map((s) => {
          const when = <time dateTime={s.startsAt}>{formatDateTime(s.startsAt, lang)}</time>;
          return (
            <li key={s.id}>
              {s.id === eventId ? (
                <span aria-current="page">
                  {when} ({t('series.thisSession')})
                </span>
              ) : (
                <Link to={`/${lang}/events/${s.id}`}>{when}</Link>
              )}
            </li>
          );
        })}
      </ol>
      {canEdit(me, series.data) && (
        <>
          <SeriesRename series={series.data} onRenamed={series.reload} />
          <DeleteRecord
            remove={async () => {
              deleted.current = await deleteSeries(seriesId);
            }}
            texts={{
              button: t('series.delete'),
              title: t('series.deleteTitle'),
              confirm: t('series.deleteQuestion', { series: name.text }),
              conflict: t('series.deleteConflict'),
            }}
            onDeleted={() => deleted.current && onDeleted(deleted.current)}
          />
        </>
      )}
    </section>
  );
}
