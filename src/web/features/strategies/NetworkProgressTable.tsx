import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ACTION_STATUSES } from '../../../domain/enums';
import { formatDate, formatNumber, localized } from '../../i18n/format';
import { useLang, type Lang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ExampleTag } from '../../ui/ExampleBadge';
import { LocalText } from '../../ui/LocalText';
import { actionStatusText } from './labels';
import type { NetworkProgress } from './model';

type Row = NetworkProgress['rows'][number];
type SortKey = 'place' | 'onTrack' | 'offTrack' | 'noData' | 'latest';

const sortValue = (row: Row, key: SortKey, lang: Lang): string | number => {
  switch (key) {
    case 'place':
      return localized(row.town, 'name', lang).text;
    case 'onTrack':
    case 'offTrack':
    case 'noData':
      return row.goals[key];
    case 'latest':
      return row.latestActualOn ?? '';
  }
};

/** Sorted by a column, "-" first for descending; names in the reader's alphabet. */
function sortRows(rows: Row[], sort: string, lang: Lang): Row[] {
  const key = sort.replace(/^-/, '') as SortKey;
  const sign = sort.startsWith('-') ? -1 : 1;
  const collator = new Intl.Collator(lang);
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, key, lang), sortValue(b, key, lang)];
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

/**
 * Every town of a network side by side for its coordinator, one row each: the goals of its own and its
 * ecosystems' strategies on track, off track and without data, their actions by status and the day of
 * the latest actual, with the strategies linked; sortable by each figure.
 */
export function NetworkProgressTable({ progress }: { progress: NetworkProgress }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [sort, setSort] = useState('place');
  const count = (n: number) => formatNumber(n, lang);
  const columns: Column<Row>[] = [
    {
      key: 'place',
      sortKey: 'place',
      label: t('strategy.progressPlace'),
      render: ({ town }) => <LocalText text={localized(town, 'name', lang)} />,
    },
    {
      key: 'strategy',
      label: t('strategy.progressStrategy'),
      render: ({ strategies }) =>
        strategies.length === 0 ? (
          t('strategy.progressNoStrategy')
        ) : (
          <ul className="progress-strategies">
            {strategies.map((strategy) => (
              <li key={strategy.id}>
                <Link to={`/${lang}/strategies/${strategy.id}`}>
                  <LocalText text={localized(strategy, 'title', lang)} />
                </Link>
                {strategy.place.kind === 'ecosystem' && (
                  <> ({localized(strategy.place, 'name', lang).text})</>
                )}
                {strategy.example && (
                  <>
                    {' '}
                    <ExampleTag />
                  </>
                )}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'onTrack',
      sortKey: 'onTrack',
      label: t('strategy.progressOnTrack'),
      render: (r) => count(r.goals.onTrack),
    },
    {
      key: 'offTrack',
      sortKey: 'offTrack',
      label: t('strategy.progressOffTrack'),
      render: (r) => count(r.goals.offTrack),
    },
    {
      key: 'noData',
      sortKey: 'noData',
      label: t('strategy.progressNoData'),
      render: (r) => count(r.goals.noData),
    },
    {
      key: 'actions',
      label: t('strategy.progressActions'),
      render: ({ actions }) =>
        ACTION_STATUSES.filter((s) => actions[s])
          .map((s) => `${actionStatusText(t, s)} ${count(actions[s]!)}`)
          .join(', ') || t('strategy.noActions'),
    },
    {
      key: 'latest',
      sortKey: 'latest',
      label: t('strategy.progressLatest'),
      render: (r) => (r.latestActualOn ? formatDate(r.latestActualOn, lang) : t('strategy.noActual')),
    },
  ];
  const download = api.url('/exports/networks/{id}/progress.xlsx', {
    path: { id: progress.network.id },
    query: { lang },
  });
  return (
    <>
      <DataTable
        caption={t('strategy.progressCaption')}
        columns={columns}
        rows={sortRows(progress.rows, sort, lang)}
        rowKey={(r) => r.town.code}
        sort={sort}
        onSort={setSort}
        empty={t('strategy.progressEmpty')}
      />
      <p>
        <a href={download} download>
          {t('strategy.progressDownload')}
        </a>
      </p>
    </>
  );
}
