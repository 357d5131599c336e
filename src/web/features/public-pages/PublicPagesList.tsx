import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ExternalLink } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageTitle } from '../../ui/PageTitle';
import { loadPages, publicAddress, type PublicPage } from './api';
import { NewPublicPage } from './NewPublicPage';
import { pageName } from './pageName';

/** The public pages the reader may see, each with its state and its public address; a new one for editors. */
export function PublicPagesList() {
  const { t } = useTranslation();
  const lang = useLang();
  const pages = useApi('public-pages', loadPages);
  const columns: Column<PublicPage>[] = [
    {
      key: 'name',
      label: t('publicPages.nameColumn'),
      render: (p) => <Link to={`/${lang}/public-pages/${p.id}`}>{pageName(p, lang)}</Link>,
    },
    {
      key: 'address',
      label: t('publicPages.addressColumn'),
      render: (p) =>
        p.publishedAt ? (
          <ExternalLink href={publicAddress(p, lang)} labelNewWindow={t('publicPages.newWindow')} toNewWindow>
            {publicAddress(p, lang)}
          </ExternalLink>
        ) : (
          publicAddress(p, lang)
        ),
    },
    {
      key: 'state',
      label: t('publicPages.stateColumn'),
      render: (p) =>
        p.publishedAt
          ? t('publicPages.publishedOn', { date: formatDate(p.publishedAt, lang) })
          : t('publicPages.draft'),
    },
  ];
  return (
    <>
      <PageTitle>{t('publicPages.title')}</PageTitle>
      <p>{t('publicPages.intro')}</p>
      {pages.state === 'error' && <ErrorNotice error={pages.error} />}
      <DataTable
        caption={t('publicPages.caption')}
        columns={columns}
        rows={pages.data ?? []}
        rowKey={(p) => p.id}
        empty={pages.state === 'loading' ? t('publicPages.loading') : t('publicPages.none')}
      />
      <NewPublicPage />
    </>
  );
}
