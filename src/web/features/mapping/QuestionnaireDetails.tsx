import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, InlineAlert } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { LANGS } from '../../i18n/lang';
import { ActionError, attempt } from './ActionError';
import { FormPanel } from './FormPanel';
import {
  QUESTIONNAIRE_LAWFUL_BASES,
  type Questionnaire,
  type QuestionnaireFields,
  type QuestionnaireLawfulBasis,
  type Visibility,
} from './api-types';
import { updateQuestionnaire } from './api';
import { LocalTextFields } from './LocalTextFields';
import { lawfulBasisText } from './words';

type TextBase = 'name' | 'description' | 'privacyNotice';
const SUFFIX = { fi: 'Fi', sv: 'Sv', en: 'En' } as const;
const NO_PROBLEMS = new Map();

const textOf = (q: Questionnaire, base: TextBase) => ({
  fi: q[`${base}Fi`] ?? '',
  sv: q[`${base}Sv`] ?? '',
  en: q[`${base}En`] ?? '',
});

/** The questionnaire's names, description and privacy notice (controller, purpose, retention, rights). */
export function QuestionnaireDetails({
  questionnaire,
  onSaved,
}: {
  questionnaire: Questionnaire;
  onSaved: (q: Questionnaire) => void;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(() => ({
    name: textOf(questionnaire, 'name'),
    description: textOf(questionnaire, 'description'),
    privacyNotice: textOf(questionnaire, 'privacyNotice'),
  }));
  const [visibility, setVisibility] = useState<Visibility>(questionnaire.visibility);
  const [lawfulBasis, setLawfulBasis] = useState<QuestionnaireLawfulBasis>(questionnaire.lawfulBasis);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    const body: QuestionnaireFields = { lawfulBasis, visibility };
    for (const base of ['name', 'description', 'privacyNotice'] as const)
      for (const lang of LANGS) {
        const value = texts[base][lang]?.trim() ?? '';
        Object.assign(body, {
          [`${base}${SUFFIX[lang]}`]: value === '' && !(base === 'name' && lang === 'fi') ? null : value,
        });
      }
    setSaved(false);
    const updated = await attempt(() => updateQuestionnaire(questionnaire.id, body), setBusy, setError);
    if (updated) {
      setSaved(true);
      onSaved(updated);
    }
  };

  const fields: { base: TextBase; legend: string; long?: boolean }[] = [
    { base: 'name', legend: t('mapping.name') },
    { base: 'description', legend: t('mapping.description'), long: true },
    { base: 'privacyNotice', legend: t('mapping.privacyNotice'), long: true },
  ];
  return (
    <FormPanel id="details-heading" heading={t('mapping.details')} level={2} onSubmit={submit}>
      {fields.map(({ base, legend, long }) => (
        <LocalTextFields
          key={base}
          id={`questionnaire-${base}`}
          legend={legend}
          value={texts[base]}
          onChange={(value) => setTexts((old) => ({ ...old, [base]: value }))}
          path={base}
          problems={NO_PROBLEMS}
          optional={base !== 'name'}
          long={long}
        />
      ))}
      <p className="muted">{t('mapping.privacyNoticeHint')}</p>
      <Dropdown
        id="questionnaire-visibility"
        labelText={t('mapping.visibility')}
        value={visibility}
        onChange={(v: string) => setVisibility(v as Visibility)}
      >
        {(['private', 'network'] as const).map((v) => (
          <DropdownItem key={v} value={v}>
            {label(t, 'visibility', v)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown
        id="questionnaire-lawful-basis"
        labelText={t('mapping.lawfulBasis')}
        value={lawfulBasis}
        onChange={(v: string) => setLawfulBasis(v as QuestionnaireLawfulBasis)}
      >
        {QUESTIONNAIRE_LAWFUL_BASES.map((basis) => (
          <DropdownItem key={basis} value={basis}>
            {lawfulBasisText(t, basis)}
          </DropdownItem>
        ))}
      </Dropdown>
      <ActionError error={error} />
      {saved && (
        <InlineAlert status="neutral" role="status">
          {t('mapping.saved')}
        </InlineAlert>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('mapping.saveDetails')}
        </Button>
      </div>
    </FormPanel>
  );
}
