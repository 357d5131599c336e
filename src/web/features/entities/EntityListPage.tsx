import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { records, type Page } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { ListSearch } from '../../ui/ListSearch';
import { Pager } from '../../ui/Pager';
import { useListAddress } from '../../ui/useListAddress';
import { useAuth } from '../../shared/auth';
import { canCreate } from './access';
import { FieldValue } from './FieldValue';
import { ListFilters } from './ListFilters';
import { fieldOf } from './model';
import { entityWord } from '../../shared/records';
import { recordName, recordPath, type Rec } from './naming';
import type { EntityUi } from './resources';

const PAGE_SIZE = 25;

/**
 * Any resource as a searchable, sortable, paged table. Every query parameter of the address goes to the
 * API, so `/fi/projects?status=active` lists active projects.
 */
export function EntityListPage({ ui }: { ui: EntityUi }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, ready } = useAuth();
  const { params, update, pager } = useListAddress();
  const request = { ...Object.fromEntries(params), limit: PAGE_SIZE };
  const list = useApi(
    `${ui.path}?${params.toString()}`,
    (signal): Promise<Page<Rec>> => records.list(ui.path, request, signal),
    true,
  );

  const title = label(t, 'entityMany', ui.path);
  const columns: Column<Rec>[] = ui.columns.map((name, index) => ({
    key: name,
    label: label(t, 'entityField', name),
    sortKey: ui.sortable?.includes(name) ? name : undefined,
    render: (r) =>
      index === 0 && ui.naming ? (
        <Link to={recordPath(lang, ui.path, r.id)}>{recordName(t, ui.path, r, lang).text}</Link>
      ) : (
        <FieldValue field={fieldOf(ui, name)} value={r[name]} record={r} />
      ),
  }));
  if (!ui.naming)
    columns.push({
      key: 'open',
      label: t('entities.actions'),
      render: (r) => <Link to={recordPath(lang, ui.path, r.id)}>{t('entities.open')}</Link>,
    });
  const page = list.data;
  // Until the session is known, the 'add' link above the table is not: the table would jump down under
  // the pointer when it came (a click between press and release then lands on nothing).
  if (!ready) return <Loading />;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {ui.listExtra && <ui.listExtra />}
      {canCreate(me) && (
        <Paragraph mb="m">
          <Link to={`/${lang}/${ui.path}/new`} className="button-link">
            {t('entities.add', { entity: entityWord(t, ui.path, lang) })}
          </Link>
        </Paragraph>
      )}
      {ui.searchable && (
        <div role="search" className="toolbar" aria-label={t('entities.searchLabel')}>
          <ListSearch
            id="entity-search"
            labelText={t('entities.search')}
            searchButtonLabel={t('entities.searchButton')}
            q={params.get('q') ?? ''}
            onSearch={(q) => update({ q })}
          />
        </div>
      )}
      <ListFilters ui={ui} params={params} onChange={(patch) => update(patch)} />
      {list.state === 'error' && <ErrorNotice error={list.error} />}
      <p role="status" className="muted">
        {page ? t('entities.count', { count: page.total, formatted: formatNumber(page.total, lang) }) : ''}
      </p>
      <DataTable
        caption={title}
        columns={columns}
        rows={page?.items ?? []}
        rowKey={(r) => r.id}
        sort={params.get('sort') ?? undefined}
        onSort={(s) => update({ sort: s })}
        busy={list.busy}
        empty={list.state === 'loading' ? t('common.loading') : t('entities.none')}
      />
      <Pager {...pager(page?.nextCursor ?? null)} />
    </>
  );
}
