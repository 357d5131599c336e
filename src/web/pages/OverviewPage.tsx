import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { useAuth } from '../features/auth/auth';
import { EcosystemCard, NetworkCard } from '../features/overview/CommunityCards';
import { DatedList } from '../features/overview/DatedList';
import { loadOverview } from '../features/overview/overview';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function OverviewPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, ready } = useAuth();
  // Loaded again when the user signs in or out: what they may see changes.
  const overview = useApi(ready ? (me.user?.id ?? 'anonymous') : null, () => loadOverview());
  return (
    <>
      <PageTitle>{t('overview.title')}</PageTitle>
      <Paragraph mb="l">
        {me.user ? t('overview.introSignedIn') : t('overview.introAnonymous')}{' '}
        {!me.user && <Link to={`/${lang}/sign-in`}>{t('auth.signIn')}</Link>}
      </Paragraph>
      {overview.state === 'loading' && <Loading />}
      {overview.state === 'error' && <ErrorNotice error={overview.error} />}
      {overview.state === 'ready' && (
        <>
          <h2>{t('overview.networks')}</h2>
          <div className="grid">
            {overview.data.networks.map((n) => (
              <NetworkCard key={n.id} network={n} />
            ))}
          </div>
          {overview.data.networks.length === 0 && <p className="muted">{t('overview.noNetworks')}</p>}
          <h2>{t('overview.ecosystems')}</h2>
          <div className="grid">
            {overview.data.ecosystems.map((e) => (
              <EcosystemCard key={e.id} ecosystem={e} />
            ))}
          </div>
          {overview.data.ecosystems.length === 0 && <p className="muted">{t('overview.noEcosystems')}</p>}
          <div className="grid">
            <DatedList
              id="events-heading"
              title={t('overview.upcomingEvents')}
              upcoming={overview.data.upcomingEvents}
              past={overview.data.pastEvents}
              field="startsAt"
              emptyText={t('overview.noUpcomingEvents')}
              pastTitle={t('overview.latestEvents')}
            />
            <DatedList
              id="calls-heading"
              title={t('overview.callDeadlines')}
              upcoming={overview.data.openCalls}
              past={overview.data.closedCalls}
              field="deadlineAt"
              emptyText={t('overview.noOpenCalls')}
              pastTitle={t('overview.closedCalls')}
            />
          </div>
        </>
      )}
    </>
  );
}
