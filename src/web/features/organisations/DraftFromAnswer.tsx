import { useTranslation } from 'react-i18next';
import { ExampleBadge } from '../../ui/ExampleBadge';

/**
 * An organisation that an editor accepted from a mapping-round answer is a draft until someone checks it:
 * its source is the survey or the interview and it has no date of verification yet.
 */
export const isDraftFromAnswer = (o: { source?: string | null; lastVerifiedOn?: string | null }) =>
  (o.source === 'survey' || o.source === 'interview') && !o.lastVerifiedOn;

export function DraftFromAnswer() {
  const { t } = useTranslation();
  return (
    <ExampleBadge label={t('organisation.draftFromAnswer')} note={t('organisation.draftFromAnswerNote')} />
  );
}
