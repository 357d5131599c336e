import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { countGoalStates, type GoalState } from '../../shared/goalStatus';
import { goalStateText } from './labels';
import type { StrategyDetails } from './model';

const ORDER: GoalState[] = ['off-track', 'on-track', 'achieved', 'no-data', 'not-measurable'];

/** The goals counted by state, those off track first; states no goal is in are left out. */
export function GoalSummary({ goals, today }: { goals: StrategyDetails['goals']; today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const counts = countGoalStates(goals, today);
  const shown = ORDER.filter((state) => counts[state] > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="key-figures" aria-label={t('strategy.goalSummary')}>
      {shown.map((state) => (
        <li key={state} className={`key-figure goal-state-${state}`}>
          <strong>{formatNumber(counts[state], lang)}</strong> {goalStateText(t, state)}
        </li>
      ))}
    </ul>
  );
}
