import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, InlineAlert } from 'suomifi-ui-components';
import { ApiError, send } from '../../api/client';
import { editableWorkspaces, useAuth } from '../auth/auth';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../forms/errors';
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

/**
 * Create or edit an organisation. The server's zod schema is checked first; whatever the server still
 * refuses is shown next to its field. The form keeps every value through a failed save.
 */
export function OrganisationFormView({ mode, initial, id, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const workspaces = editableWorkspaces(me);
  const [form, setForm] = useState<OrganisationForm>(initial);
  const [workspace, setWorkspace] = useState(workspaces[0]?.slug ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<OrganisationForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // A corrected field loses its error at once; the others keep theirs until the next save.
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key];
      return next;
    });
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const body = bodyOf(form, mode);
    const checked = validate(body, mode);
    if (!checked.success) {
      setFailure(t('form.fixErrors'));
      showErrors(zodFieldErrors(t, checked.error.issues));
      return;
    }
    setSaving(true);
    try {
      const saved =
        mode === 'create'
          ? await send<Organisation>('POST', '/organisations', body, {
              workspace: workspaces.length > 1 ? workspace : undefined,
            })
          : await send<Organisation>('PATCH', `/organisations/${id}`, body);
      onSaved(saved);
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.details.length > 0) {
        setFailure(t('form.fixErrors'));
        showErrors(serverFieldErrors(t, error.details));
      } else if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        setFailure(t('form.notAllowed'));
      } else {
        setFailure(t('form.saveFailed'));
      }
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {failure && (
        <InlineAlert status="error" role="alert" labelText={failure}>
          {Object.keys(errors).length > 0
            ? t('form.errorCount', { count: Object.keys(errors).length })
            : null}
        </InlineAlert>
      )}
      {mode === 'create' && workspaces.length > 1 && (
        <Dropdown
          id={fieldId('workspace')}
          labelText={t('form.workspace')}
          value={workspace}
          onChange={(slug: string) => setWorkspace(slug)}
          fullWidth
        >
          {workspaces.map((w) => (
            <DropdownItem key={w.slug} value={w.slug}>
              {w.nameFi}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      <OrganisationFields form={form} errors={errors} onChange={change} />
      <div className="form-actions">
        {saving ? (
          <Button type="submit" loading ariaLoadingText={t('form.saving')}>
            {t('form.save')}
          </Button>
        ) : (
          <Button type="submit">{t('form.save')}</Button>
        )}
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
