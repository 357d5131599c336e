import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { records } from '../../api/client';
import { useAttempt } from '../../shared/forms/useAttempt';
import { fromDateText, toDateText } from '../../shared/helsinkiTime';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { Card } from './pipeline';

type Props = { card: Card; userId: string; onSaved: () => void };

/** The card's next step and its due date; whoever saves it becomes the card's owner if it had none. */
export function NextStepForm({ card, userId, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState(card.nextStep ?? '');
  const [due, setDue] = useState(toDateText(card.nextStepOn));
  const [badDay, setBadDay] = useState(false);
  const { failed, error, attempt } = useAttempt();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const day = due.trim() === '' ? null : fromDateText(due);
    const unreadable = day === null && due.trim() !== '';
    setBadDay(unreadable);
    if (unreadable) return;
    await attempt(async () => {
      await records.update('contacts', card.id, {
        nextStep: step.trim() || null,
        nextStepOn: day,
        ...(card.owner ? {} : { ownerId: userId }),
      });
      onSaved();
    });
  };

  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('pipeline.nextAction')}</h2>
      <TextInput
        id={`${id}-step`}
        labelText={t('pipeline.nextStepText')}
        value={step}
        onChange={(v) => setStep(String(v ?? ''))}
        fullWidth
      />
      <TextInput
        id={`${id}-due`}
        labelText={t('pipeline.dueDate')}
        hintText={t('pipeline.dueDateHint')}
        value={due}
        onChange={(v) => setDue(String(v ?? ''))}
        status={badDay ? 'error' : 'default'}
        statusText={badDay ? t('pipeline.dueDateInvalid') : undefined}
      />
      {failed && <ErrorNotice error={error} />}
      <div className="form-actions">
        <Button type="submit">{t('pipeline.saveNextStep')}</Button>
      </div>
    </form>
  );
}
