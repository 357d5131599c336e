import { useTranslation } from 'react-i18next';
import { records } from '../../api/client';
import { zodFieldErrors } from '../../shared/forms/errors';
import { SaveForm, type Prepared } from '../../shared/forms/SaveForm';
import { bodyOf, validate, type Organisation, type OrganisationForm } from './model';
import { fieldId, OrganisationFields } from './OrganisationFields';

type Props = {
  mode: 'create' | 'update';
  initial: OrganisationForm;
  /** The organisation being edited. */
  id?: string;
  onSaved: (saved: Organisation) => void;
  onCancel: () => void;
};

/** Create or edit an organisation; the server's zod schema is checked before anything is sent. */
export function OrganisationFormView({ mode, initial, id, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const prepare = (form: OrganisationForm): Prepared => {
    const body = bodyOf(form, mode);
    const checked = validate(body, mode);
    return checked.success ? { body } : { errors: zodFieldErrors(t, checked.error.issues) };
  };
  const save = async (body: Record<string, unknown>, workspace: string | undefined) =>
    onSaved(
      mode === 'create'
        ? await records.create('organisations', body, workspace)
        : await records.update('organisations', id ?? '', body),
    );
  return (
    <SaveForm
      initial={initial}
      fieldId={fieldId}
      prepare={prepare}
      save={save}
      onCancel={onCancel}
      chooseWorkspace={mode === 'create'}
      workspaceLabel={t('form.workspace')}
    >
      {(form, errors, change) => <OrganisationFields form={form} errors={errors} onChange={change} />}
    </SaveForm>
  );
}
