import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { ApiError } from '../../api/client';
import { TextField } from '../../ui/TextField';
import { useFields } from '../../shared/forms/useFields';
import { createWorkspace } from './admin';
import { SaveFailed } from '../../shared/forms/useAttempt';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMPTY = { slug: '', nameFi: '', nameSv: '', nameEn: '' };
type Field = keyof typeof EMPTY;

/** A new workspace: its address name (slug) and its name in the three languages. */
export function NewWorkspaceForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { values, setValues, errors, setErrors, change } = useFields(EMPTY);
  const [failed, setFailed] = useState(false);

  const input = (field: Field, labelText: string, optional: boolean, hint?: string) => (
    <TextField
      id={`new-workspace-${field}`}
      labelText={labelText}
      optional={optional}
      hint={hint}
      value={values[field]}
      onChange={change(field)}
      error={errors[field]}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    const found: Partial<Record<Field, string>> = {};
    if (!SLUG.test(values.slug)) found.slug = t('admin.slugInvalid');
    if (!values.nameFi.trim()) found.nameFi = t('formError.required');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const optional = (v: string) => (v.trim() ? v.trim() : undefined);
      const made = await createWorkspace({
        slug: values.slug,
        nameFi: values.nameFi.trim(),
        nameSv: optional(values.nameSv),
        nameEn: optional(values.nameEn),
      });
      setValues(EMPTY);
      onCreated(made.id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setErrors({ slug: t('admin.slugTaken') });
      else setFailed(true);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="new-workspace-heading"
    >
      <h3 id="new-workspace-heading">{t('admin.newWorkspace')}</h3>
      {input('slug', t('admin.slug'), false, t('admin.slugHint'))}
      {input('nameFi', t('admin.nameFi'), false)}
      {input('nameSv', t('admin.nameSv'), true)}
      {input('nameEn', t('admin.nameEn'), true)}
      <div className="form-actions">
        <Button type="submit">{t('admin.createWorkspace')}</Button>
      </div>
      <SaveFailed shown={failed} />
    </form>
  );
}
