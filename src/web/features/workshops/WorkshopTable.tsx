import { useTranslation } from 'react-i18next';
import './workshops.css';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { maybe } from '../../shared/records';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LocalText } from '../../ui/LocalText';
import { loadWorkshops, type Workshop } from './api';
import { StatusText } from './WorkshopStatus';

type Row = {
  workshop: Workshop;
  strategy: Record<string, unknown> | null;
  event: Record<string, unknown> | null;
};

/** Workshops with the names of their strategy and event. */
async function loadRows(strategyId: string | undefined, signal: AbortSignal): Promise<Row[]> {
  const workshops = await loadWorkshops({ strategyId }, signal);
  return Promise.all(
    workshops.map(async (workshop) => {
      const [strategy, event] = await Promise.all([
        maybe('strategies', workshop.strategyId),
        maybe('events', workshop.eventId),
      ]);
      return { workshop, strategy, event };
    }),
  );
}

/** The workshops the reader may see, of one strategy or all; each row opens the facilitator's screen. */
export function WorkshopTable({ strategyId, caption }: { strategyId?: string; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = useApi(`workshops/${strategyId ?? ''}`, (signal) => loadRows(strategyId, signal));
  const named = (record: Record<string, unknown> | null) =>
    record ? <LocalText text={localized(record, 'title', lang)} /> : '–';
  const columns: Column<Row>[] = [
    {
      key: 'title',
      label: t('workshop.titleColumn'),
      render: ({ workshop }) => (
        <Link to={`/${lang}/workshops/${workshop.id}`}>
          <LocalText text={localized(workshop, 'title', lang)} />
        </Link>
      ),
    },
    ...(strategyId
      ? []
      : [{ key: 'strategy', label: t('workshop.strategyColumn'), render: (r: Row) => named(r.strategy) }]),
    { key: 'event', label: t('workshop.eventColumn'), render: (r) => named(r.event) },
    {
      key: 'status',
      label: t('workshop.statusColumn'),
      render: (r) => <StatusText status={r.workshop.status} />,
    },
    {
      key: 'code',
      label: t('workshop.codeColumn'),
      render: (r) => <span className="workshop-code-cell">{r.workshop.joinCode}</span>,
    },
  ];
  if (rows.state === 'error') return <ErrorNotice error={rows.error} />;
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows.data ?? []}
      rowKey={(r) => r.workshop.id}
      busy={rows.state === 'loading'}
      empty={rows.state === 'loading' ? t('workshop.loading') : t('workshop.noWorkshops')}
    />
  );
}

/** The strategy page's section: its workshops and, for its editors, a new one. */
export function StrategyWorkshops({ strategyId, editable }: { strategyId: string; editable: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="strategy-workshops-heading">
      <h2 id="strategy-workshops-heading">{t('workshop.listTitle')}</h2>
      {editable && (
        <p>
          <Link to={`/${lang}/workshops/new?strategyId=${strategyId}`}>{t('workshop.newWorkshop')}</Link>
        </p>
      )}
      <WorkshopTable strategyId={strategyId} caption={t('workshop.strategyCaption')} />
    </section>
  );
}
