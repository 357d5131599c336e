import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { ApiError, api } from '../../api/client';
import { useAuth } from '../../shared/auth';

/**
 * E-mail and password; when the account has a second factor the server answers `totp_required` and the
 * form asks for the six-digit code too, keeping what was typed.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);
  // The code field takes the focus once it is drawn: after the commit that adds it, not at a frame that
  // may come before React has rendered it (the answer arrives outside an event, so React may wait).
  useEffect(() => {
    if (needsTotp) totpRef.current?.focus();
  }, [needsTotp]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!email.trim() || !password) {
      setFailure(t('auth.fillBoth'));
      return;
    }
    if (needsTotp && !/^\d{6}$/.test(totp)) {
      setFailure(t('auth.totpFormat'));
      totpRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const me = await api.send('POST', '/auth/login', {
        body: { email: email.trim(), password, ...(needsTotp ? { totp } : {}) },
      });
      signedIn(me);
      onSignedIn();
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'totp_required') {
        setNeedsTotp(true);
        setFailure(t('auth.totpRequired'));
      } else if (error instanceof ApiError && error.status === 429) {
        setFailure(t('auth.rateLimited'));
      } else if (error instanceof ApiError && error.status === 401) {
        setFailure(needsTotp ? t('auth.wrongCode') : t('auth.wrongCredentials'));
      } else {
        setFailure(t('auth.failed'));
      }
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {failure && (
        <InlineAlert status="error" role="alert">
          {failure}
        </InlineAlert>
      )}
      <TextInput
        id="sign-in-email"
        labelText={t('auth.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(v) => setEmail(String(v ?? ''))}
        fullWidth
      />
      <TextInput
        id="sign-in-password"
        labelText={t('auth.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(v) => setPassword(String(v ?? ''))}
        fullWidth
      />
      {needsTotp && (
        <TextInput
          id="sign-in-totp"
          ref={totpRef}
          labelText={t('auth.totp')}
          hintText={t('auth.totpHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={totp}
          onChange={(v) => setTotp(String(v ?? '').replace(/\D/g, ''))}
          fullWidth
        />
      )}
      <div className="form-actions">
        {busy ? (
          <Button type="submit" loading ariaLoadingText={t('auth.signingIn')}>
            {t('auth.signIn')}
          </Button>
        ) : (
          <Button type="submit">{t('auth.signIn')}</Button>
        )}
      </div>
    </form>
  );
}
