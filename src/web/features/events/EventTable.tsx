import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { placeName, useReference } from '../../shared/reference';
import { label } from '../../i18n/dynamic';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { EventLink } from './EventLink';
import { formatEventTime } from './format';
import { loadEventList, type EventFilters, type EventRecord } from './model';

const STEP = 20;

type Props = {
  when: 'upcoming' | 'past';
  filters: EventFilters;
  now: string;
  title: string;
  empty: string;
};

/** Upcoming (soonest first) or past (latest first) events, twenty more at a time. */
export function EventTable({ when, filters, now, title, empty }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const [limit, setLimit] = useState(STEP);
  const key = JSON.stringify({ filters, when, now, limit });
  const list = useApi(key, () => loadEventList(filters, when, now, limit), true);

  const place = (e: EventRecord) => {
    const municipality = reference?.municipalities.find((m) => m.code === e.municipalityCode);
    const parts = [
      e.location,
      e.location ? '' : placeName(municipality, lang),
      e.isOnline ? t('events.online') : '',
    ];
    return parts.filter(Boolean).join(', ');
  };
  const columns: Column<EventRecord>[] = [
    {
      key: 'title',
      label: t('events.columnTitle'),
      render: (e) => <EventLink event={e} />,
    },
    { key: 'time', label: t('events.columnTime'), render: (e) => formatEventTime(e, lang) },
    { key: 'kind', label: t('events.columnKind'), render: (e) => label(t, 'eventKind', e.kind ?? '') },
    { key: 'place', label: t('events.columnPlace'), render: place },
  ];
  const page = list.data;
  return (
    <section aria-labelledby={`events-${when}`}>
      <h2 id={`events-${when}`}>{title}</h2>
      {list.state === 'error' && <ErrorNotice error={list.error} />}
      <DataTable
        caption={page ? `${title} (${page.total})` : title}
        columns={columns}
        rows={page?.items ?? []}
        rowKey={(e) => e.id}
        busy={list.busy}
        empty={list.state === 'loading' ? t('common.loading') : empty}
      />
      {page && page.items.length < page.total && (
        <p>
          <Button
            variant="secondary"
            onClick={() => setLimit(Math.min(limit + STEP, 200))}
            disabled={limit >= 200}
          >
            {t('events.showMore')}
          </Button>
        </p>
      )}
    </section>
  );
}
