import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useLang } from '../../i18n/lang';
import { TextField } from '../../ui/TextField';
import { ActionError, attempt } from './ActionError';
import { FormPanel } from './FormPanel';
import { createQuestionnaire } from './api';

/** "Uusi kysely mallista": a questionnaire made of the shipped mapping template, opened in the builder. */
export function NewQuestionnaireForm({ workspace }: { workspace?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    setNameError(name.trim() ? undefined : t('mapping.nameRequired'));
    if (!name.trim()) return;
    const created = await attempt(
      () => createQuestionnaire({ nameFi: name.trim(), template: 'mapping' }, workspace),
      setBusy,
      setError,
    );
    if (created) navigate(`/${lang}/questionnaires/${created.id}`);
  };

  return (
    <FormPanel id="new-questionnaire" heading={t('mapping.newQuestionnaire')} level={3} onSubmit={submit}>
      <p>{t('mapping.newQuestionnaireHint')}</p>
      <TextField
        id="questionnaire-name"
        labelText={t('mapping.nameFi')}
        value={name}
        onChange={setName}
        error={nameError}
      />
      <ActionError error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('mapping.createQuestionnaire')}
        </Button>
      </div>
    </FormPanel>
  );
}
