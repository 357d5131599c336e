import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { useAuth } from '../shared/auth';
import { EcosystemCard, NetworkCard } from '../features/overview/CommunityCards';
import { loadChanges } from '../features/overview/changes';
import { DatedList } from '../features/overview/DatedList';
import { loadKeyFigures } from '../features/overview/figures';
import { loadFittingCalls } from '../features/overview/fittingCalls';
import { FittingCalls } from '../features/overview/FittingCalls';
import { loadGoalsOffTrack } from '../features/overview/goals';
import { GoalsOffTrack } from '../features/overview/GoalsOffTrack';
import { KeyFiguresPanel } from '../features/overview/KeyFiguresPanel';
import { RecentChanges } from '../features/overview/RecentChanges';
import { DueThisWeek } from '../features/pipeline/DueThisWeek';
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
  const who = ready ? (me.user?.id ?? 'anonymous') : null;
  const overview = useApi(who, () => loadOverview());
  const figures = useApi(who && `figures-${who}`, (signal) => loadKeyFigures(signal));
  const changes = useApi(who && `changes-${who}`, (signal) => loadChanges(10, signal));
  const goals = useApi(who && `goals-${who}`, () => loadGoalsOffTrack());
  // The user's own ecosystems: nothing to fit for a visitor.
  const fitting = useApi(me.user ? `fitting-${who}` : null, () => loadFittingCalls());
  return (
    <>
      <PageTitle>{t('overview.title')}</PageTitle>
      <Paragraph mb="l">
        {me.user ? t('overview.introSignedIn') : t('overview.introAnonymous')}{' '}
        {!me.user && <Link to={`/${lang}/sign-in`}>{t('auth.signIn')}</Link>}
      </Paragraph>
      {overview.state === 'loading' && <Loading />}
      {overview.state === 'error' && <ErrorNotice error={overview.error} />}
      {figures.state === 'ready' && <KeyFiguresPanel figures={figures.data} />}
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
          {fitting.state === 'ready' && <FittingCalls calls={fitting.data} />}
          {fitting.state === 'error' && <ErrorNotice error={fitting.error} />}
          <div className="grid">
            <DueThisWeek />
            {changes.state === 'ready' && <RecentChanges changes={changes.data} />}
            {changes.state === 'error' && <ErrorNotice error={changes.error} />}
            {goals.state === 'ready' && <GoalsOffTrack goals={goals.data} />}
            {goals.state === 'error' && <ErrorNotice error={goals.error} />}
          </div>
        </>
      )}
    </>
  );
}
