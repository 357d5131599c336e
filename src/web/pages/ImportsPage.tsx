import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { editableWorkspaces, useAuth } from '../shared/auth';
import { loadRuns } from '../features/imports/api';
import { ImportWizard } from '../features/imports/ImportWizard';
import { RunList } from '../features/imports/RunList';
import { YtjFetch } from '../features/imports/YtjFetch';
import '../features/imports/imports.css';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function ImportsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, ready } = useAuth();
  const runs = useApi(me.user ? `runs:${me.user.id}` : 'runs', loadRuns);
  if (!ready) return <Loading />;
  const editor = Boolean(me.user && (me.user.isAdmin || editableWorkspaces(me).length > 0));
  return (
    <>
      <PageTitle>{t('imports.title')}</PageTitle>
      <Paragraph mb="m">{t('imports.intro')}</Paragraph>
      <p>
        <Link to={`/${lang}/exports`}>{t('imports.toExports')}</Link>
      </p>
      {editor ? (
        <>
          <ImportWizard />
          <YtjFetch />
        </>
      ) : (
        <InlineAlert status="neutral" mb="m" labelText={t('imports.editorsOnly')}>
          {!me.user && <Link to={`/${lang}/sign-in`}>{t('auth.signIn')}</Link>}
        </InlineAlert>
      )}
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">{t('imports.runs')}</h2>
        {runs.state === 'loading' && <Loading />}
        {runs.state === 'error' && <ErrorNotice error={runs.error} />}
        {runs.state === 'ready' && <RunList runs={runs.data} />}
      </section>
    </>
  );
}
