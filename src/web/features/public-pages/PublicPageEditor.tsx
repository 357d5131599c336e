import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ExternalLink } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { loadPage, publicAddress, type PublicPage } from './api';
import { ContactsForm } from './ContactsForm';
import { IntroForm } from './IntroForm';
import { KeyActors } from './KeyActors';
import { pageName } from './pageName';
import { PublishButton } from './PublishButton';
import { Stories } from './Stories';

/** Where the page stands, its preview and public address, and publishing for its editors. */
function PageState({ page, onChange }: { page: PublicPage; onChange: (page: PublicPage) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const published = page.publishedAt !== null;
  return (
    <section className="panel" aria-labelledby="public-page-state">
      <h2 id="public-page-state">{t('publicPages.stateColumn')}</h2>
      <p>
        {published
          ? t('publicPages.statePublished', { date: formatDate(page.publishedAt, lang) })
          : t('publicPages.stateDraft')}
      </p>
      <p>
        <ExternalLink
          href={publicAddress(page, lang, !published)}
          toNewWindow
          labelNewWindow={t('publicPages.newWindow')}
        >
          {published ? t('publicPages.openPublic') : t('publicPages.preview')}
        </ExternalLink>
      </p>
      {page.canEdit && <PublishButton page={page} onDone={onChange} />}
    </section>
  );
}

/** One public page as its workspace keeps it: state, intro, contacts, the actors shown and the stories. */
export function PublicPageEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const page = useApi(`public-pages/${id}`, (signal) => loadPage(id, signal));
  if (page.state === 'error') return <ErrorNotice error={page.error} />;
  if (page.state === 'loading') return <Loading />;
  const current = page.data;
  return (
    <>
      <p>
        <Link to={`/${lang}/public-pages`}>{t('publicPages.back')}</Link>
      </p>
      <PageTitle>{`${pageName(current, lang)} · ${publicAddress(current, lang)}`}</PageTitle>
      <PageState page={current} onChange={page.reload} />
      <IntroForm page={current} onSaved={page.reload} />
      <ContactsForm page={current} onSaved={page.reload} />
      <KeyActors page={current} />
      <Stories page={current} />
    </>
  );
}
