import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, formatNumber, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { goalValue } from '../../shared/goalValue';
import type { OffTrack } from './goals';

/** Strategy goals behind their line: the goal, its latest actual and where it should be by now. */
export function GoalsOffTrack({ goals }: { goals: OffTrack[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = (share: number | null) =>
    share === null ? '–' : `${formatNumber(Math.round(share * 100), lang)} %`;
  return (
    <section className="panel" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('overview.goalsOffTrack')}</h2>
      {goals.length === 0 ? (
        <p className="muted">{t('overview.noGoalsOffTrack')}</p>
      ) : (
        <ul className="plain-list">
          {goals.map(({ goal, status }) => {
            const title = localized(goal, 'title', lang);
            return (
              <li key={goal.id}>
                <Link
                  to={`/${lang}/strategies/${goal.strategyId}`}
                  lang={title.lang === lang ? undefined : title.lang}
                >
                  {title.text}
                </Link>
                <br />
                <span className="muted">
                  {status.latest
                    ? t('overview.goalProgress', {
                        value: goalValue(goal, status.latest.value, lang),
                        date: formatDate(status.latest.measuredOn, lang),
                        progress: percent(status.progress),
                        expected: percent(status.expected),
                      })
                    : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
