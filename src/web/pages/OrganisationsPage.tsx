import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { api, type QueryOf } from '../api/client';
import { useApi } from '../api/useApi';
import { editableWorkspaces, useAuth } from '../shared/auth';
import type { Organisation } from '../features/organisations/model';
import { OrganisationFilters, type ListFilters } from '../features/organisations/OrganisationFilters';
import { industryLabel, placeName, useReference } from '../shared/reference';
import { label } from '../i18n/dynamic';
import { formatNumber, localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { DataTable, type Column } from '../ui/DataTable';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { Pager } from '../ui/Pager';
import { useListAddress } from '../ui/useListAddress';

const PAGE_SIZE = 25;
const FILTER_KEYS = [
  'q',
  'kind',
  'municipality',
  'region',
  'tol',
  'network',
  'ecosystem',
  'competence',
  'direction',
] as const;

type Sort = NonNullable<QueryOf<'/organisations'>['sort']>;
const SORTS: readonly string[] = [
  'nameFi',
  '-nameFi',
  'kind',
  '-kind',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
] satisfies Sort[];
/** The sort the address asks for, if the API offers it. */
const isSort = (value: string): value is Sort => SORTS.includes(value);

export function OrganisationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, ready } = useAuth();
  const reference = useReference();
  const { params, cursor, update, pager } = useListAddress();
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as ListFilters;
  const sort = params.get('sort') ?? 'nameFi';

  const request = {
    q: filters.q,
    kind: filters.kind,
    municipalityCode: filters.municipality,
    regionCode: filters.region,
    tolSection: filters.tol,
    networkId: filters.network,
    ecosystemId: filters.ecosystem,
    // One competence, offered or needed (offered when the direction is not chosen).
    [filters.direction === 'need' ? 'needs' : 'offers']: filters.competence,
    sort: isSort(sort) ? sort : 'nameFi',
    cursor,
    limit: PAGE_SIZE,
  } satisfies QueryOf<'/organisations'>;
  const list = useApi(
    JSON.stringify(request),
    (signal) => api.get('/organisations', { query: request, signal }),
    true,
  );

  const municipality = (code: string | null) =>
    placeName(
      reference?.municipalities.find((m) => m.code === code),
      lang,
    );
  const columns: Column<Organisation>[] = [
    {
      key: 'name',
      label: t('organisations.columnName'),
      sortKey: 'nameFi',
      render: (o) => {
        const name = localized(o, 'name', lang);
        return (
          <Link to={`/${lang}/organisations/${o.id}`} lang={name.lang === lang ? undefined : name.lang}>
            {name.text}
          </Link>
        );
      },
    },
    {
      key: 'kind',
      label: t('organisations.columnKind'),
      sortKey: 'kind',
      render: (o) => label(t, 'organisationKind', o.kind ?? ''),
    },
    {
      key: 'municipality',
      label: t('organisations.columnMunicipality'),
      render: (o) => municipality(o.municipalityCode),
    },
    { key: 'businessId', label: t('organisations.columnBusinessId'), render: (o) => o.businessId ?? '' },
    {
      key: 'industry',
      label: t('organisations.columnIndustry'),
      render: (o) => industryLabel(o.industry?.code, lang),
    },
  ];

  const page = list.data;
  // Until the session is known, the 'add' link above the table is not: the table would jump down under
  // the pointer when it came (a click between press and release then lands on nothing).
  if (!ready) return <Loading />;
  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      {me.user && (me.user.isAdmin || editableWorkspaces(me).length > 0) && (
        <Paragraph mb="m">
          <Link to={`/${lang}/organisations/new`} className="button-link">
            {t('organisations.create')}
          </Link>
        </Paragraph>
      )}
      <OrganisationFilters filters={filters} onChange={(patch) => update(patch)} />
      {list.state === 'error' && <ErrorNotice error={list.error} />}
      <p role="status" className="muted">
        {page
          ? t('organisations.count', { count: page.total, formatted: formatNumber(page.total, lang) })
          : ''}
      </p>
      <DataTable
        caption={t('organisations.tableCaption')}
        columns={columns}
        rows={page?.items ?? []}
        rowKey={(o) => o.id}
        sort={sort}
        onSort={(s) => update({ sort: s })}
        busy={list.busy}
        empty={list.state === 'loading' ? t('common.loading') : t('organisations.none')}
      />
      <Pager {...pager(page?.nextCursor ?? null)} />
    </>
  );
}
