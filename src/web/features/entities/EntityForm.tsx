import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { records } from '../../api/client';
import { VISIBILITIES } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { zodFieldErrors, type FieldErrors } from '../../shared/forms/errors';
import { SaveForm, type Prepared } from '../../shared/forms/SaveForm';
import { FieldInput } from './FieldInput';
import { bodyOf, missingFields, missingTranslations, type FormValues } from './form';
import { MissingTranslations } from './MissingTranslations';
import { entityFieldId, fieldsOfUi } from './model';
import { forgetRecords } from '../../shared/records';
import type { Rec } from './naming';
import type { EntityUi } from './resources';

type Props = {
  ui: EntityUi;
  mode: 'create' | 'update';
  initial: FormValues;
  /** The record being edited. */
  id?: string;
  /** The edited record's workspace (a new record's is chosen in the form). */
  workspaceId?: string;
  onSaved: (saved: Rec) => void;
  onCancel: () => void;
};

/** Create or edit a record of any resource: one input per field of its schema, checked by that schema. */
export function EntityForm({ ui, mode, initial, id, workspaceId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const fields = fieldsOfUi(ui);

  const prepare = (values: FormValues): Prepared => {
    const errors: FieldErrors = {};
    for (const name of missingFields(fields, values)) errors[name] = label(t, 'formError', 'required');
    const body = bodyOf(fields, values, mode);
    const checked = (mode === 'create' ? ui.schemas.create : ui.schemas.update).safeParse(body);
    if (!checked.success) Object.assign(errors, { ...zodFieldErrors(t, checked.error.issues), ...errors });
    return Object.keys(errors).length > 0 ? { errors } : { body };
  };

  const save = async (body: Record<string, unknown>, workspace: string | undefined) => {
    const saved =
      mode === 'create'
        ? await records.create(ui.path, body, workspace)
        : await records.update(ui.path, id ?? '', body);
    forgetRecords();
    onSaved(saved);
  };

  return (
    <SaveForm
      initial={initial}
      fieldId={entityFieldId}
      prepare={prepare}
      save={save}
      onCancel={onCancel}
      chooseWorkspace={mode === 'create'}
      workspaceLabel={t('entities.workspace')}
    >
      {(values, errors, change, chosen) => {
        const untranslated = missingTranslations(fields, values);
        return (
          <>
            {fields.map((field) => {
              const After = ui.afterField?.[field.name];
              const lacking = untranslated.get(field.name);
              return (
                <Fragment key={field.name}>
                  <FieldInput
                    field={field}
                    id={entityFieldId(field.name)}
                    value={values[field.name] ?? ''}
                    error={errors[field.name]}
                    onChange={(value) => change({ [field.name]: value })}
                    workspace={mode === 'create' ? chosen : workspaceId}
                  />
                  {lacking && <MissingTranslations languages={lacking} />}
                  {After && <After values={values} mode={mode} />}
                </Fragment>
              );
            })}
            <Dropdown
              id={entityFieldId('visibility')}
              labelText={label(t, 'entityField', 'visibility')}
              hintText={t('entities.hint.visibility')}
              value={String(values.visibility)}
              onChange={(visibility: string) => change({ visibility })}
              status={errors.visibility ? 'error' : 'default'}
              statusText={errors.visibility}
              fullWidth
            >
              {(ui.visibilities ?? VISIBILITIES).map((v) => (
                <DropdownItem key={v} value={v}>
                  {label(t, 'visibility', v)}
                </DropdownItem>
              ))}
            </Dropdown>
          </>
        );
      }}
    </SaveForm>
  );
}
