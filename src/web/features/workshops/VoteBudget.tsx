import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../api/client';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { budgetFits, updateWorkshop, type Workshop } from './api';

/** The most dots one participant has given, when the server refused a budget below it. */
function mostGiven(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'vote_budget_below_votes') return null;
  const given = Number(error.details.find((d) => d.path === 'voteBudget')?.message);
  return Number.isInteger(given) ? given : null;
}

/** The dots each participant may give; never below what someone has already given. */
export function VoteBudget({ workshop, onChanged }: { workshop: Workshop; onChanged: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(workshop.voteBudget));
  const [invalid, setInvalid] = useState(false);
  const { failed, error, busy, attempt } = useAttempt();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const budget = Number(value);
    const outOfRange = !budgetFits(budget);
    setInvalid(outOfRange);
    if (outOfRange) return;
    void attempt(async () => {
      await updateWorkshop(workshop.id, { voteBudget: budget });
      onChanged();
    });
  };
  const most = mostGiven(error);
  return (
    <form className="toolbar" onSubmit={submit}>
      <TextInput
        id="workshop-budget"
        type="number"
        labelText={t('workshop.voteBudget')}
        value={value}
        onChange={(v) => setValue(String(v ?? ''))}
        status={invalid ? 'error' : 'default'}
        statusText={invalid ? t('workshop.budgetRange') : undefined}
      />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t('workshop.saveBudget')}
      </Button>
      {most !== null ? (
        <InlineAlert status="error" role="alert">
          {t('workshop.budgetBelowVotes', { count: most })}
        </InlineAlert>
      ) : (
        <SaveFailed shown={failed} />
      )}
    </form>
  );
}
