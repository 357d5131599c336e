import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../api/client';
import { createUser } from './admin';
import { SaveFailed } from '../../shared/forms/useAttempt';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A new account without a password: its owner signs in with the one-time link shown after saving. */
export function NewUserForm({ onCreated }: { onCreated: (email: string, link: string | null) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    if (!EMAIL.test(email.trim())) {
      setEmailError(t('admin.emailInvalid'));
      return;
    }
    setBusy(true);
    try {
      const made = await createUser({
        email: email.trim(),
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
        isAdmin,
      });
      onCreated(made.user.email, made.loginLink);
      setEmail('');
      setDisplayName('');
      setIsAdmin(false);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setEmailError(t('admin.emailTaken'));
      else if (error instanceof ApiError && error.status === 400) setEmailError(t('admin.emailInvalid'));
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-user-heading">
      <h3 id="new-user-heading">{t('admin.newUser')}</h3>
      <TextInput
        id="new-user-email"
        type="email"
        labelText={t('auth.email')}
        autoComplete="off"
        value={email}
        onChange={(v) => {
          setEmail(String(v ?? ''));
          setEmailError(null);
        }}
        status={emailError ? 'error' : 'default'}
        statusText={emailError ?? undefined}
        fullWidth
      />
      <TextInput
        id="new-user-name"
        labelText={t('account.name')}
        optionalText={t('form.optional')}
        autoComplete="off"
        value={displayName}
        onChange={(v) => setDisplayName(String(v ?? ''))}
        fullWidth
      />
      <Checkbox
        id="new-user-admin"
        checked={isAdmin}
        onClick={({ checkboxState }) => setIsAdmin(checkboxState)}
      >
        {t('admin.isAdmin')}
      </Checkbox>
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('admin.createUser')}
        </Button>
      </div>
      <SaveFailed shown={failed} />
    </form>
  );
}
