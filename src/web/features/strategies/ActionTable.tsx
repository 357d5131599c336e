import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLang, type Lang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { RecordLink } from '../../ui/RecordLink';
import { ActionStatusBadge } from './ActionStatusBadge';
import { FromReport } from './FromReport';
import type { StrategyDetails } from './model';

type Row = StrategyDetails['actions'][number];

/** "1.3.2025–30.6.2026", one date alone, or nothing. */
export function formatPeriod(start: string | null, end: string | null, lang: Lang): string {
  if (start && end) return `${formatDate(start, lang)}–${formatDate(end, lang)}`;
  return formatDate(start ?? end, lang);
}

/** The strategy's development actions with their owners, status and period. */
export function ActionTable({ details }: { details: StrategyDetails }) {
  const { t } = useTranslation();
  const lang = useLang();
  const goals = new Map(details.goals.map(({ goal }) => [goal.id, goal]));
  const columns: Column<Row>[] = [
    {
      key: 'title',
      label: t('strategy.actionTitle'),
      render: ({ action }) => (
        <>
          <RecordLink path="development-actions" record={action} base="title" />
          <FromReport record={action} />
        </>
      ),
    },
    {
      key: 'owner',
      label: t('strategy.owner'),
      render: ({ owner }) => (owner ? <RecordLink path="organisations" record={owner} /> : ''),
    },
    {
      key: 'status',
      label: t('strategy.status'),
      render: ({ action }) => <ActionStatusBadge status={action.status} />,
    },
    {
      key: 'period',
      label: t('strategy.period'),
      render: ({ action }) => formatPeriod(action.startOn, action.endOn, lang) || t('strategy.noSchedule'),
    },
    {
      key: 'links',
      label: t('strategy.projectsAndCalls'),
      render: ({ projects, calls }) => (
        <ul className="plain-list">
          {projects.map((p) => (
            <li key={p.id}>
              <RecordLink path="projects" record={p} />
            </li>
          ))}
          {calls.map((c) => (
            <li key={c.id}>
              {t('strategy.callPrefix')} <RecordLink path="funding-calls" record={c} base="title" />
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'goal',
      label: t('strategy.forGoal'),
      render: ({ action }) => {
        const goal = action.goalId ? goals.get(action.goalId) : undefined;
        return goal ? <RecordLink path="strategy-goals" record={goal} base="title" /> : '';
      },
    },
  ];
  return (
    <DataTable
      caption={t('strategy.actionsCaption')}
      columns={columns}
      rows={details.actions}
      rowKey={(row) => row.action.id}
      empty={t('strategy.noActions')}
    />
  );
}
