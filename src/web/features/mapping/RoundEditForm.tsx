import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { ActionError, attempt } from './ActionError';
import { FormPanel } from './FormPanel';
import type { Round } from './api-types';
import { updateRound } from './api';
import { checkRoundTexts, type RoundFormErrors, type RoundTexts } from './roundForm';
import { RoundTextFields } from './RoundTextFields';

/**
 * The round's names and period, changed after the round is made (its questionnaire and what it maps
 * stay). Moving the last day moves the expiry of the links with it.
 */
export function RoundEditForm({ round, onSaved }: { round: Round; onSaved: (round: Round) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RoundTexts>({
    nameFi: round.nameFi,
    nameSv: round.nameSv ?? '',
    nameEn: round.nameEn ?? '',
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    answersKeptUntil: round.answersKeptUntil ?? '',
  });
  const [errors, setErrors] = useState<RoundFormErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    const found: RoundFormErrors = {};
    const body = checkRoundTexts(form, found);
    setErrors(found);
    setSaved(false);
    if (!body || Object.keys(found).length > 0) return;
    const updated = await attempt(() => updateRound(round.id, body), setBusy, setError);
    if (updated) {
      setSaved(true);
      onSaved(updated);
    }
  };

  return (
    <FormPanel id="edit-round" heading={t('mapping.editRound')} level={2} onSubmit={submit}>
      <p>{t('mapping.editRoundHint')}</p>
      <RoundTextFields
        id="round-edit"
        value={form}
        onChange={(changes) => setForm((old) => ({ ...old, ...changes }))}
        errors={errors}
      />
      <ActionError error={error} />
      {saved && <p role="status">{t('mapping.saved')}</p>}
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('mapping.saveRound')}
        </Button>
      </div>
    </FormPanel>
  );
}
