import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ActionError, attempt } from './ActionError';
import { FormPanel } from './FormPanel';
import type { Questionnaire } from './api-types';
import { createRound } from './api';
import { ScopePicker } from './ScopePicker';
import { checkRoundForm, ROUND_SCOPES, type RoundForm, type RoundFormErrors } from './roundForm';
import { RoundTextFields } from './RoundTextFields';
import { roundProblemText, scopeKindText } from './words';

const EMPTY: RoundForm = {
  nameFi: '',
  nameSv: '',
  nameEn: '',
  questionnaireId: '',
  scope: 'ecosystem',
  target: '',
  opensOn: '',
  closesOn: '',
  answersKeptUntil: '',
};

/** "Uusi kartoituskierros": name, questionnaire, what is mapped (by name) and the period. */
export function NewRoundForm({
  questionnaires,
  workspace,
}: {
  questionnaires: Questionnaire[];
  workspace?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [form, setForm] = useState<RoundForm>({ ...EMPTY, questionnaireId: questionnaires[0]?.id ?? '' });
  const [errors, setErrors] = useState<RoundFormErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (changes: Partial<RoundForm>) => setForm((old) => ({ ...old, ...changes }));

  const problem = (field: keyof RoundForm) => roundProblemText(t, errors[field]);
  const status = (field: keyof RoundForm) => (errors[field] ? ('error' as const) : ('default' as const));

  const submit = async () => {
    const checked = checkRoundForm(form);
    if ('errors' in checked) return setErrors(checked.errors);
    setErrors({});
    const created = await attempt(() => createRound(checked.body, workspace), setBusy, setError);
    if (created) navigate(`/${lang}/mapping-rounds/${created.id}`);
  };

  return (
    <FormPanel id="new-round" heading={t('mapping.newRound')} level={3} onSubmit={submit}>
      <RoundTextFields id="round" value={form} onChange={set} errors={errors} />
      {/* The dropdown needs an item to show (it fails with none): a first questionnaire comes first. */}
      {questionnaires.length === 0 ? (
        <p>{t('mapping.noQuestionnaires')}</p>
      ) : (
        <Dropdown
          id="round-questionnaire"
          labelText={t('mapping.questionnaire')}
          value={form.questionnaireId}
          onChange={(questionnaireId: string) => set({ questionnaireId })}
          status={status('questionnaireId')}
          statusText={problem('questionnaireId')}
          fullWidth
        >
          {questionnaires.map((q) => (
            <DropdownItem key={q.id} value={q.id}>
              {localized(q, 'name', lang).text}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      <ChoiceGroup
        name="round-scope"
        labelText={t('mapping.scopeChoice')}
        value={form.scope}
        onChange={(scope) => set({ scope, target: '' })}
        options={ROUND_SCOPES}
        text={(s) => scopeKindText(t, s)}
      />
      <ScopePicker
        scope={form.scope}
        id="round-target"
        labelText={scopeKindText(t, form.scope)}
        hintText={t('mapping.scopeHint')}
        value={form.target}
        onChange={(target) => set({ target })}
        status={status('target')}
        statusText={problem('target')}
      />
      <ActionError error={error} />
      <div className="form-actions">
        <Button type="submit" disabled={busy || questionnaires.length === 0}>
          {t('mapping.createRound')}
        </Button>
      </div>
    </FormPanel>
  );
}
