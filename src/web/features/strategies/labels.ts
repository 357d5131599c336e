import type { TFunction } from 'i18next';
import { label } from '../../i18n/dynamic';
import type { GoalState } from '../../shared/goalStatus';

/** A goal's state in words (never by colour alone). */
export function goalStateText(t: TFunction, state: GoalState): string {
  switch (state) {
    case 'achieved':
      return t('strategy.stateAchieved');
    case 'on-track':
      return t('strategy.stateOnTrack');
    case 'off-track':
      return t('strategy.stateOffTrack');
    case 'no-data':
      return t('strategy.stateNoData');
    case 'not-measurable':
      return t('strategy.stateNotMeasurable');
  }
}

/** A development action's status in words; an action without one is planned. */
export const actionStatusText = (t: TFunction, status: string | null): string =>
  label(t, 'actionStatus', status ?? 'planned');
