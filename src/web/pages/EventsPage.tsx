import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { editableWorkspaces, useAuth } from '../shared/auth';
import {
  dayOf,
  firstWeekdayOf,
  gridRange,
  isMonthKey,
  monthGrid,
  monthOf,
} from '../features/events/calendar';
import { EventFilters } from '../features/events/EventFilters';
import { EventTable } from '../features/events/EventTable';
import { loadCommunities, loadEventsBetween, type EventFilters as Filters } from '../features/events/model';
import { MonthCalendar } from '../features/events/MonthCalendar';
import { SeriesDeletedNotice } from '../features/events/SeriesDeletedNotice';
import { localeOf, useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageTitle } from '../ui/PageTitle';
import { useListAddress } from '../ui/useListAddress';

const FILTER_KEYS = ['q', 'kind', 'networkId', 'ecosystemId'] as const;
const VIEWS = ['list', 'calendar'] as const;

/** Events as upcoming and past lists or as a month calendar; the view, month and filters live in the address. */
export function EventsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const { params, update } = useListAddress();
  const [now] = useState(() => new Date().toISOString());
  const today = dayOf(now);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const monthParam = params.get('month');
  const month = isMonthKey(monthParam) ? monthParam : monthOf(today);
  const communities = useApi('communities', () => loadCommunities());

  const mayCreate = me.user && (me.user.isAdmin || editableWorkspaces(me).length > 0);
  const ics = api.url('/exports/events.ics', {
    query: { networkId: filters.networkId, ecosystemId: filters.ecosystemId, lang },
  });
  return (
    <>
      <PageTitle>{t('events.title')}</PageTitle>
      <SeriesDeletedNotice />
      <div className="toolbar">
        {mayCreate && (
          <>
            <Link to={`/${lang}/events/new`} className="button-link">
              {t('events.create')}
            </Link>
            <Link to={`/${lang}/events/new-series`} className="button-link">
              {t('events.createSeries')}
            </Link>
          </>
        )}
        <a href={ics} download="events.ics">
          {t('events.downloadIcs')}
        </a>
      </div>
      <EventFilters
        filters={filters}
        networks={communities.data?.networks ?? []}
        ecosystems={communities.data?.ecosystems ?? []}
        onChange={(patch) => update(patch)}
      />
      {communities.state === 'error' && <ErrorNotice error={communities.error} />}
      <div className="view-switch" role="group" aria-label={t('events.viewLabel')}>
        {VIEWS.map((v) => (
          <Button
            key={v}
            variant={view === v ? 'default' : 'secondary'}
            aria-pressed={view === v}
            onClick={() => update({ view: v === 'list' ? '' : v })}
          >
            {v === 'list' ? t('events.viewList') : t('events.viewCalendar')}
          </Button>
        ))}
      </div>
      {view === 'list' ? (
        <>
          <EventTable
            when="upcoming"
            {...{ filters, now }}
            title={t('events.upcoming')}
            empty={t('events.noUpcoming')}
          />
          <EventTable when="past" {...{ filters, now }} title={t('events.past')} empty={t('events.noPast')} />
        </>
      ) : (
        <CalendarView
          filters={filters}
          month={month}
          today={today}
          onMonthChange={(m) => update({ month: m })}
        />
      )}
    </>
  );
}

type CalendarViewProps = {
  filters: Filters;
  month: string;
  today: string;
  onMonthChange: (month: string) => void;
};

function CalendarView({ filters, month, today, onMonthChange }: CalendarViewProps) {
  const { t } = useTranslation();
  const lang = useLang();
  // The whole grid, so the neighbouring months' days at its edges show their events too.
  const { from, to } = gridRange(monthGrid(month, firstWeekdayOf(localeOf(lang))));
  const events = useApi(
    JSON.stringify({ filters, from, to }),
    () => loadEventsBetween(filters, from, to),
    true,
  );
  return (
    <>
      {events.state === 'error' && <ErrorNotice error={events.error} />}
      <p role="status" className="visually-hidden">
        {events.state === 'loading' ? t('common.loading') : ''}
      </p>
      <MonthCalendar
        month={month}
        today={today}
        events={events.data ?? []}
        busy={events.busy}
        onMonthChange={onMonthChange}
      />
    </>
  );
}
