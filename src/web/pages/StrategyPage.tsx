import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../api/useApi';
import { canEdit, useAuth } from '../shared/auth';
import { dayOf } from '../features/events/calendar';
import { ActionTable } from '../features/strategies/ActionTable';
import { GoalCard } from '../features/strategies/GoalCard';
import { GoalSummary } from '../features/strategies/GoalSummary';
import { loadStrategyDetails, type StrategyDetails } from '../features/strategies/model';
import { StrategyTimeline } from '../features/strategies/StrategyTimeline';
import { NetworkGoalRollup } from '../features/strategies/NetworkGoalRollup';
import { ActionPlanExport } from '../features/strategies/ActionPlanExport';
import { StrategyWorkshops } from '../features/workshops/WorkshopTable';
import { MunicipalityName } from '../features/entities/MunicipalityInput';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { EditAndDelete } from '../shared/forms/EditAndDelete';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Facts } from '../ui/Facts';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { RecordLink } from '../ui/RecordLink';
import { LocalText } from '../ui/LocalText';
import { ExampleBadge } from '../ui/ExampleBadge';

export function StrategyPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const { id = '' } = useParams();
  const [today] = useState(() => dayOf(new Date()));
  const details = useApi(`${id}:${me.user?.id ?? ''}`, (signal) => loadStrategyDetails(id, signal));

  if (details.state === 'loading') return <Loading />;
  if (details.state === 'error') return <ErrorNotice error={details.error} />;
  const s = details.data.strategy;
  const title = localized(s, 'title', lang);
  const editable = canEdit(me, s);
  return (
    <>
      <p>
        <Link to={`/${lang}/strategies`}>{t('strategy.backToList')}</Link>
      </p>
      <PageTitle lang={title.lang === lang ? undefined : title.lang} fallback>
        {title.text}
      </PageTitle>
      {editable && (
        <EditAndDelete
          editTo={`/${lang}/strategies/${s.id}/edit`}
          editText={t('strategy.edit')}
          apiPath={`/strategies/${s.id}`}
          texts={{
            button: t('strategy.delete'),
            title: t('strategy.deleteTitle'),
            confirm: t('strategy.deleteQuestion', { name: title.text }),
            conflict: t('strategy.deleteConflict'),
          }}
          onDeleted={() => navigate(`/${lang}/strategies`, { replace: true })}
        />
      )}
      {s.example && <ExampleBadge note={t('strategy.exampleNote')} />}
      <StrategyFacts details={details.data} />
      <h2>{t('strategy.goals')}</h2>
      {editable && (
        <p>
          <Link to={`/${lang}/strategy-goals/new?strategyId=${s.id}`}>{t('strategy.addGoal')}</Link>
        </p>
      )}
      {details.data.goals.length === 0 && <p className="muted">{t('strategy.noGoals')}</p>}
      <GoalSummary goals={details.data.goals} today={today} />
      <div className="grid">
        {details.data.goals.map(({ goal, actuals, contributesTo }) => (
          <GoalCard
            key={goal.id}
            goal={goal}
            actuals={actuals}
            contributesTo={contributesTo}
            today={today}
            editable={editable}
          />
        ))}
      </div>
      {s.scope === 'network' && details.data.goals.length > 0 && (
        <>
          <h2>{t('strategy.rollupHeading')}</h2>
          <p>
            <Link to={`/${lang}/networks/${s.networkId}/progress`}>{t('strategy.progressLink')}</Link>
          </p>
          {details.data.goals.map(({ goal }) => (
            <NetworkGoalRollup key={goal.id} goal={goal} workspaceId={s.workspaceId} editable={editable} />
          ))}
        </>
      )}
      <h2>{t('strategy.actions')}</h2>
      {editable && (
        <p>
          <Link to={`/${lang}/development-actions/new?strategyId=${s.id}`}>{t('strategy.addAction')}</Link>
        </p>
      )}
      <ActionTable details={details.data} />
      <StrategyTimeline details={details.data} today={today} />
      <ActionPlanExport strategy={s} />
      {me.user && <StrategyWorkshops strategyId={s.id} editable={editable} />}
    </>
  );
}

function StrategyFacts({ details }: { details: StrategyDetails }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { strategy: s, community } = details;
  const vision = localized(s, 'vision', lang);
  const path = s.networkId ? 'networks' : 'ecosystems';
  return (
    <section className="panel" aria-labelledby="strategy-details-heading">
      <h2 id="strategy-details-heading">{t('strategy.details')}</h2>
      {vision.text && (
        <>
          <h3>{t('strategy.vision')}</h3>
          <p>
            <LocalText text={vision} />
          </p>
        </>
      )}
      <Facts
        rows={[
          [t('strategy.period'), `${s.startYear}–${s.endYear}`],
          s.municipalityCode
            ? [
                t('strategy.municipality'),
                <Link key="town" to={`/${lang}/pictures/municipality/${s.municipalityCode}`}>
                  <MunicipalityName code={s.municipalityCode} />
                </Link>,
              ]
            : [
                s.networkId ? t('strategy.network') : t('strategy.ecosystem'),
                community ? <RecordLink path={path} record={community} /> : null,
              ],
        ]}
      />
    </section>
  );
}
