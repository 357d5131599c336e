import { useTranslation } from 'react-i18next';
import { FromReport } from './FromReport';
import { Link } from 'react-router-dom';
import { formatDate, localized } from '../../i18n/format';
import { localeOf, useLang, type Lang } from '../../i18n/lang';
import { Facts } from '../../ui/Facts';
import { LocalText } from '../../ui/LocalText';
import { goalStatus } from '../../shared/goalStatus';
import { goalValue } from '../../shared/goalValue';
import { goalStateText } from './labels';
import { GoalChart } from './GoalChart';
import { ExampleBadge } from '../../ui/ExampleBadge';
import type { Actual, Goal } from './model';

type Props = {
  goal: Goal;
  actuals: Actual[];
  /** The network goals this town's or ecosystem's goal contributes to. */
  contributesTo?: Goal[];
  today: string;
  editable: boolean;
};

const percent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A goal with its indicator, baseline, target and latest actual, and its progress as a bar with words. */
export function GoalCard({ goal, actuals, contributesTo = [], today, editable }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = localized(goal, 'title', lang);
  const status = goalStatus(goal, actuals, today);
  const value = (v: number | null, year?: number | null) =>
    v === null ? null : `${goalValue(goal, v, lang)}${year ? ` (${year})` : ''}`;
  const headingId = `goal-${goal.id}`;
  const progressText =
    status.progress === null
      ? null
      : status.expected === null
        ? t('strategy.progressText', { progress: percent(status.progress, lang) })
        : t('strategy.progressWithExpected', {
            progress: percent(status.progress, lang),
            expected: percent(status.expected, lang),
          });

  return (
    <article className={`panel goal goal-${status.state}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <LocalText text={title} />
      </h3>
      <p className={`goal-state goal-state-${status.state}`}>
        <strong>{goalStateText(t, status.state)}</strong>
        <FromReport record={goal} />
      </p>
      {goal.example && <ExampleBadge />}
      <Facts
        rows={[
          [t('strategy.indicator'), <LocalText text={localized(goal, 'indicator', lang)} />],
          [t('strategy.baseline'), value(goal.baselineValue, goal.baselineYear)],
          [t('strategy.target'), value(goal.targetValue, goal.targetYear)],
          [
            t('strategy.latestActual'),
            status.latest
              ? `${value(status.latest.value)} (${formatDate(status.latest.measuredOn, lang)})`
              : t('strategy.noActual'),
          ],
          [t('strategy.source'), status.latest?.source ?? null],
        ]}
      />
      {contributesTo.length > 0 && (
        <p className="goal-contributes">
          {t('strategy.contributesTo')}{' '}
          {contributesTo.map((g, i) => (
            <span key={g.id}>
              {i > 0 && ', '}
              <Link to={`/${lang}/strategies/${g.strategyId}#goal-${g.id}`}>
                <LocalText text={localized(g, 'title', lang)} />
              </Link>
            </span>
          ))}
        </p>
      )}
      <GoalChart goal={goal} actuals={actuals} />
      {status.progress !== null && (
        <div className="goal-progress">
          <label htmlFor={`progress-${goal.id}`}>{t('strategy.progress')}</label>
          <progress
            id={`progress-${goal.id}`}
            max={100}
            value={Math.round(Math.min(1, Math.max(0, status.progress)) * 100)}
            aria-valuetext={progressText ?? undefined}
          />
          <p>{progressText}</p>
        </div>
      )}
      {editable && (
        <p className="toolbar">
          <Link to={`/${lang}/goal-actuals/new?goalId=${goal.id}`}>{t('strategy.addActual')}</Link>
          <Link to={`/${lang}/strategy-goals/${goal.id}/edit`}>{t('strategy.editGoal')}</Link>
        </p>
      )}
    </article>
  );
}
