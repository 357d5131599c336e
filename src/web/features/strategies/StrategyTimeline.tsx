import { useTranslation } from 'react-i18next';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ActionStatusBadge } from './ActionStatusBadge';
import { formatPeriod } from './ActionTable';
import type { StrategyDetails } from './model';
import { timeline, type TimelineRow } from './timeline';
import './strategies.css';
import { LocalText } from '../../ui/LocalText';

const pct = (share: number) => `${(Math.min(1, Math.max(0, share)) * 100).toFixed(2)}%`;

/**
 * Goals (baseline to target, actuals as dots) and dated actions on a time axis of whole years, with today
 * marked. The drawing is for the eye; the same facts follow as an ordered list for everyone else.
 */
export function StrategyTimeline({ details, today }: { details: StrategyDetails; today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { strategy, goals, actions } = details;
  const { startYear, endYear } = strategy;
  if (startYear === null || endYear === null) return null;
  const line = timeline(
    { startYear, endYear },
    goals,
    actions.map((a) => a.action),
  );
  const goalById = new Map(goals.map((g) => [g.goal.id, g]));
  const actionById = new Map(actions.map((a) => [a.action.id, a.action]));
  const titleOf = (row: TimelineRow) => {
    const record = row.kind === 'goal' ? goalById.get(row.id)!.goal : actionById.get(row.id)!;
    return localized(record, 'title', lang);
  };
  const todayAt = line.position(today);

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('strategy.timeline')}</h2>
      <div className="timeline-chart" aria-hidden="true">
        <div className="timeline-row timeline-axis">
          <span className="timeline-label" />
          <div className="timeline-track">
            {line.years.map((year) => (
              <span
                key={year}
                className="timeline-year"
                style={{ left: pct(line.position(`${year}-01-01`)) }}
              >
                {year}
              </span>
            ))}
          </div>
        </div>
        {line.rows.map((row) => (
          <div key={row.id} className={`timeline-row timeline-${row.kind}`}>
            <span className="timeline-label">{titleOf(row).text}</span>
            <div className="timeline-track">
              <span
                className="timeline-bar"
                style={{
                  left: pct(line.position(row.start)),
                  width: `max(6px, ${pct(line.position(row.end) - line.position(row.start))})`,
                }}
              />
              {row.points.map((p) => (
                <span key={p.id} className="timeline-point" style={{ left: pct(line.position(p.date)) }} />
              ))}
              {todayAt > 0 && todayAt < 1 && (
                <span className="timeline-today" style={{ left: pct(todayAt) }} />
              )}
            </div>
          </div>
        ))}
        <p className="timeline-legend muted">
          <span className="legend-goal" /> {t('strategy.legendGoal')} <span className="legend-point" />{' '}
          {t('strategy.legendActual')} <span className="legend-action" /> {t('strategy.legendAction')}{' '}
          <span className="legend-today" /> {t('strategy.legendToday')}
        </p>
      </div>
      <h3 id="timeline-list-heading">{t('strategy.timelineList')}</h3>
      <ol className="plain-list timeline-list" aria-labelledby="timeline-list-heading">
        {line.rows.map((row) => {
          const title = titleOf(row);
          const goal = goalById.get(row.id);
          return (
            <li key={row.id}>
              <strong>{formatPeriod(row.start, row.end, lang)}</strong>{' '}
              {row.kind === 'goal' ? t('strategy.goalPeriod') : t('strategy.actionPeriod')}:{' '}
              <LocalText text={title} />
              {row.kind === 'action' && (
                <>
                  {' '}
                  (<ActionStatusBadge status={actionById.get(row.id)!.status} />)
                </>
              )}
              {goal && goal.actuals.length > 0 && (
                <>
                  {' '}
                  {t('strategy.measuredOn', {
                    dates: goal.actuals.map((a) => formatDate(a.measuredOn, lang)).join(', '),
                  })}
                </>
              )}
            </li>
          );
        })}
        {line.undated.map((id) => {
          const title = localized(actionById.get(id)!, 'title', lang);
          return (
            <li key={id}>
              <strong>{t('strategy.noSchedule')}</strong> {t('strategy.actionPeriod')}:{' '}
              <LocalText text={title} /> (
              <ActionStatusBadge status={actionById.get(id)!.status} />)
            </li>
          );
        })}
      </ol>
    </section>
  );
}
