import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { api } from '../../api/client';
import { SaveFailed } from '../../shared/forms/useAttempt';
import { useAuth } from '../../shared/auth';
import { TextField } from '../../ui/TextField';
import { useFields } from '../../shared/forms/useFields';
import { checkNewPassword, passwordErrorsFrom } from './passwordErrors';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

/** Change one's own password; a wrong current password or a refused new one shows beside its field. */
export function PasswordSection() {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const { values, setValues, errors, setErrors, change } = useFields(EMPTY);
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const field = (name: keyof typeof EMPTY, labelText: string, autoComplete: string, hint?: string) => (
    <TextField
      id={`account-${name}`}
      type="password"
      labelText={labelText}
      hint={hint}
      autoComplete={autoComplete}
      value={values[name]}
      onChange={change(name)}
      error={errors[name]}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setFailed(false);
    const found = checkNewPassword(t, values.newPassword, values.repeat);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.send('POST', '/auth/password', {
        body: {
          ...(values.currentPassword ? { currentPassword: values.currentPassword } : {}),
          newPassword: values.newPassword,
        },
      });
      // The change starts a new session (and ends the others): take its CSRF token.
      signedIn(await api.get('/auth/me'));
      setValues(EMPTY);
      setDone(true);
    } catch (error) {
      const fieldErrors = passwordErrorsFrom(t, error);
      if (fieldErrors) setErrors(fieldErrors);
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.passwordTitle')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {field(
          'currentPassword',
          t('account.currentPassword'),
          'current-password',
          t('account.currentPasswordHint'),
        )}
        {field('newPassword', t('account.newPassword'), 'new-password', t('account.newPasswordHint'))}
        {field('repeat', t('account.repeatPassword'), 'new-password')}
        <div className="form-actions">
          <Button type="submit" disabled={busy}>
            {t('account.changePassword')}
          </Button>
        </div>
        <div role="status">
          {done && <InlineAlert status="neutral">{t('account.passwordChanged')}</InlineAlert>}
        </div>
        <SaveFailed shown={failed} />
      </form>
    </section>
  );
}
