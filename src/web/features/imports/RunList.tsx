import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { useAuth, type Me } from '../../shared/auth';
import type { ImportRun } from './api';

/** Import runs, newest first: when, which file, what it held, how it went, and who ran it. */
export function RunList({ runs }: { runs: ImportRun[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const columns: Column<ImportRun>[] = [
    {
      key: 'when',
      label: t('imports.when'),
      render: (r) => <Link to={`/${lang}/imports/${r.id}`}>{formatDateTime(r.createdAt, lang)}</Link>,
    },
    { key: 'file', label: t('imports.fileName'), render: (r) => r.fileName ?? '–' },
    { key: 'what', label: t('imports.what'), render: (r) => runWhat(r, t) },
    { key: 'state', label: t('imports.state'), render: (r) => label(t, 'runState', r.state) },
    {
      key: 'counts',
      label: t('imports.countsShort'),
      render: (r) =>
        t('imports.countsLine', {
          created: r.counts.created,
          updated: r.counts.updated,
          failed: r.counts.failed,
        }),
    },
    { key: 'who', label: t('imports.who'), render: (r) => runBy(r, me, t) },
  ];
  return (
    <DataTable
      caption={t('imports.runsCaption')}
      columns={columns}
      rows={runs}
      rowKey={(r) => r.id}
      empty={t('imports.noRuns')}
    />
  );
}

/** "YTJ: organisations", "Excel: people". */
export const runWhat = (r: ImportRun, t: TFunction) =>
  `${label(t, 'runKind', r.kind)}: ${label(t, 'importEntity', r.entity)}`;

/** Who ran it: you, the command line, or the account's label as the server records it. */
export function runBy(r: ImportRun, me: Me, t: TFunction): string {
  if (me.user && r.createdBy === `user:${me.user.id}`) return t('imports.byYou');
  if (r.createdBy.startsWith('system')) return t('imports.bySystem');
  return r.createdBy;
}
