import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, InlineAlert } from 'suomifi-ui-components';
import { ApiError } from '../../api/client';
import { editableWorkspaces, useAuth } from '../auth';
import { serverFieldErrors, type FieldErrors } from './errors';

/** The body to send, or the errors found before sending (e.g. by the shared zod schema). */
export type Prepared = { body: Record<string, unknown> } | { errors: FieldErrors };

type Props<F> = {
  initial: F;
  /** The id of a field's input, to focus the first one in error. */
  fieldId: (field: string) => string;
  prepare: (values: F) => Prepared;
  /** Sends the body; `workspace` is the chosen workspace's slug when the user has several. */
  save: (body: Record<string, unknown>, workspace: string | undefined) => Promise<void>;
  onCancel: () => void;
  /** Offer the workspace to save a new record in. */
  chooseWorkspace: boolean;
  workspaceLabel: string;
  /** `workspace`: the slug of the workspace a new record goes to (what its fields may pick from). */
  children: (
    values: F,
    errors: FieldErrors,
    change: (patch: Partial<F>) => void,
    workspace: string | undefined,
  ) => ReactNode;
};

/**
 * A create or edit form: checks before sending, shows what the server still refuses next to its
 * field (focusing the first), and keeps every value through a failed save.
 */
export function SaveForm<F extends object>(props: Props<F>) {
  const { initial, fieldId, prepare, save, onCancel, chooseWorkspace, workspaceLabel, children } = props;
  const { t } = useTranslation();
  const { me } = useAuth();
  const workspaces = editableWorkspaces(me);
  const [values, setValues] = useState<F>(initial);
  const [workspace, setWorkspace] = useState(workspaces[0]?.slug ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const offerWorkspace = chooseWorkspace && workspaces.length > 1;

  const change = (patch: Partial<F>) => {
    setValues((v) => ({ ...v, ...patch }));
    // A corrected field loses its error at once; the others keep theirs until the next save.
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key];
      return next;
    });
  };

  const showErrors = (found: FieldErrors) => {
    setFailure(t('form.fixErrors'));
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const prepared = prepare(values);
    if ('errors' in prepared) return showErrors(prepared.errors);
    setSaving(true);
    try {
      await save(prepared.body, offerWorkspace ? workspace : undefined);
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.details.length > 0)
        showErrors(serverFieldErrors(t, error.details));
      else if (error instanceof ApiError && (error.status === 401 || error.status === 403))
        setFailure(t('form.notAllowed'));
      else setFailure(t('form.saveFailed'));
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
      {offerWorkspace && (
        <Dropdown
          id={fieldId('workspace')}
          labelText={workspaceLabel}
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
      {children(values, errors, change, chooseWorkspace ? workspace || undefined : undefined)}
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
