import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { goalValue } from '../../shared/goalValue';
import { CHART, goalChart } from './goalChart';
import type { Actual, Goal } from './model';

/**
 * A goal's baseline, its straight line to the target and its actuals as an SVG with a title and a
 * description in words, and the same figures as a table for those who do not read the drawing.
 */
type Measured = Actual & { measuredOn: string; value: number };
const measured = (actuals: Actual[]) =>
  actuals.filter((a): a is Measured => a.measuredOn !== null && a.value !== null);

export function GoalChart({ goal, actuals: all }: { goal: Goal; actuals: Actual[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actuals = measured(all);
  const points = actuals.map((a) => ({ date: a.measuredOn, value: a.value }));
  const chart = goalChart(goal, points);
  if (!chart) return null;
  const id = `goal-chart-${goal.id}`;
  const value = (v: number) => goalValue(goal, v, lang);
  const latest = actuals.at(-1);
  const description = [
    goal.baselineValue != null && goal.baselineYear != null
      ? t('strategy.chartBaselineText', { value: value(goal.baselineValue), year: goal.baselineYear })
      : null,
    goal.targetValue != null && goal.targetYear != null
      ? t('strategy.chartTargetText', { value: value(goal.targetValue), year: goal.targetYear })
      : null,
    latest
      ? t('strategy.chartActualsText', {
          n: actuals.length,
          value: value(latest.value),
          date: formatDate(latest.measuredOn, lang),
        })
      : t('strategy.noActual'),
  ]
    .filter(Boolean)
    .join(' ');
  const { x, y } = chart;
  const bottom = CHART.height - CHART.bottom;
  return (
    <figure className="goal-chart">
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>
          {t('strategy.chartTitle', { goal: localized(goal, 'title', lang).text })}
        </title>
        <desc id={`${id}-desc`}>{description}</desc>
        {chart.ticks.map((tick) => (
          <g key={tick} className="goal-chart-grid">
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={y(tick)} y2={y(tick)} />
            <text x={CHART.left - 6} y={y(tick) + 4} textAnchor="end">
              {formatNumber(tick, lang)}
            </text>
          </g>
        ))}
        {chart.years.map((year) => (
          <text
            key={year}
            className="goal-chart-year"
            x={x(`${year}-07-01`)}
            y={bottom + 18}
            textAnchor="middle"
          >
            {year}
          </text>
        ))}
        {chart.path && (
          <>
            <line
              className="goal-chart-path"
              x1={x(chart.path[0].date)}
              y1={y(chart.path[0].value)}
              x2={x(chart.path[1].date)}
              y2={y(chart.path[1].value)}
            />
            <line
              className="goal-chart-target"
              x1={CHART.left}
              x2={CHART.width - CHART.right}
              y1={y(chart.path[1].value)}
              y2={y(chart.path[1].value)}
            />
            <rect
              className="goal-chart-baseline"
              x={x(chart.path[0].date) - 4}
              y={y(chart.path[0].value) - 4}
              width={8}
              height={8}
            />
          </>
        )}
        {points.length > 1 && (
          <polyline
            className="goal-chart-actuals"
            points={points.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')}
          />
        )}
        {points.map((p) => (
          <circle key={p.date} className="goal-chart-actual" cx={x(p.date)} cy={y(p.value)} r={4} />
        ))}
      </svg>
      <figcaption className="muted goal-chart-legend">
        <span className="legend-baseline" aria-hidden="true" /> {t('strategy.chartBaseline')}{' '}
        <span className="legend-path" aria-hidden="true" /> {t('strategy.chartPath')}{' '}
        <span className="legend-target" aria-hidden="true" /> {t('strategy.chartTarget')}{' '}
        <span className="legend-actual" aria-hidden="true" /> {t('strategy.chartActual')}
      </figcaption>
      <details>
        <summary>{t('strategy.chartAsTable')}</summary>
        <GoalChartTable goal={goal} actuals={actuals} />
      </details>
    </figure>
  );
}

type Row = [kind: string, when: string, value: number, source: string | null];

function GoalChartTable({ goal, actuals }: { goal: Goal; actuals: Measured[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows: Row[] = [
    ...(goal.baselineValue != null && goal.baselineYear != null
      ? [[t('strategy.chartBaseline'), String(goal.baselineYear), goal.baselineValue, null] as Row]
      : []),
    ...actuals.map((a): Row => [
      t('strategy.chartActual'),
      formatDate(a.measuredOn, lang),
      a.value,
      a.source ?? null,
    ]),
    ...(goal.targetValue != null && goal.targetYear != null
      ? [[t('strategy.chartTarget'), String(goal.targetYear), goal.targetValue, null] as Row]
      : []),
  ];
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{t('strategy.chartTitle', { goal: localized(goal, 'title', lang).text })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('strategy.chartKind')}</th>
            <th scope="col">{t('strategy.chartWhen')}</th>
            <th scope="col">{t('strategy.chartValue')}</th>
            <th scope="col">{t('strategy.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([kind, when, v, source]) => (
            <tr key={`${kind}-${when}`}>
              <th scope="row">{kind}</th>
              <td>{when}</td>
              <td>{goalValue(goal, v, lang)}</td>
              <td>{source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
