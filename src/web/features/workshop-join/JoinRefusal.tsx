import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../api/client';
import { PageTitle } from '../../ui/PageTitle';

/** Why the workshop refused, in words: a wrong code, a closed workshop, one not yet open, a full budget. */
export function refusalWords(t: TFunction, error: unknown): [string, string] {
  const code = error instanceof ApiError ? error.code : '';
  if (code === 'workshop_not_found') return [t('join.notFound'), t('join.notFoundText')];
  if (code === 'workshop_closed') return [t('join.closed'), t('join.closedText')];
  if (code === 'workshop_not_open') return [t('join.notOpen'), t('join.notOpenText')];
  if (code === 'vote_budget_exceeded') return [t('join.budgetExceeded'), t('join.budgetExceededText')];
  if (code === 'ideas_closed') return [t('join.ideasClosed'), t('join.ideasClosedText')];
  if (code === 'voting_closed') return [t('join.votingClosed'), t('join.votingClosedText')];
  if (error instanceof ApiError && error.status === 429) return [t('join.tooMany'), t('join.tooManyText')];
  return [t('join.failed'), t('join.failedText')];
}

/** A code that opens nothing, as the page's whole content. */
export function JoinRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [title, text] = refusalWords(t, error);
  return (
    <div className="join-refusal" data-refusal={error instanceof ApiError ? error.code : 'failed'}>
      <PageTitle>{title}</PageTitle>
      <Paragraph>{text}</Paragraph>
    </div>
  );
}

/** A refused write, as an alert beside what was tried. */
export function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const [title, text] = refusalWords(t, error);
  return (
    <InlineAlert status="error" labelText={title} role="alert">
      {text}
    </InlineAlert>
  );
}
