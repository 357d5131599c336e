import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError, api, type ResponseOf } from '../../api/client';
import { SaveFailed } from '../../shared/forms/useAttempt';
import { useAuth } from '../../shared/auth';
import { QrCode } from './QrCode';

type Setup = ResponseOf<'/auth/totp/setup', 'post'>;

/**
 * The second factor: set up (a QR code of the otpauth URI, and the secret as text for typing), confirm
 * with a code from the app, or turn off with a current code.
 */
export function TotpSection() {
  const { t } = useTranslation();
  const { me, signedIn } = useAuth();
  const enabled = me.user?.totpEnabled ?? false;
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setFailed(false);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid_code')
        setCodeError(t('account.totpWrongCode'));
      else if (error instanceof ApiError && error.code === 'rate_limited')
        setCodeError(t('auth.rateLimited'));
      else setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      setSetup(await api.send('POST', '/auth/totp/setup'));
      setCode('');
    });

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('auth.totpFormat'));
      return;
    }
    void run(async () => {
      await api.send('POST', enabled ? '/auth/totp/disable' : '/auth/totp/enable', { body: { code } });
      setSetup(null);
      setCode('');
      signedIn(await api.get('/auth/me'));
    });
  };

  const codeForm = (action: string) => (
    <form className="form" onSubmit={confirm} noValidate>
      <TextInput
        id="account-totp-code"
        labelText={t('auth.totp')}
        hintText={t('auth.totpHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(v) => {
          setCode(String(v ?? '').replace(/\D/g, ''));
          setCodeError(null);
        }}
        status={codeError ? 'error' : 'default'}
        statusText={codeError ?? undefined}
      />
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {action}
        </Button>
      </div>
    </form>
  );

  return (
    <section className="panel" aria-labelledby="totp-heading">
      <h2 id="totp-heading">{t('account.totpTitle')}</h2>
      <Paragraph mb="m">{enabled ? t('account.totpOn') : t('account.totpOff')}</Paragraph>
      {enabled && codeForm(t('account.totpDisable'))}
      {!enabled && !setup && (
        <Button variant="secondary" onClick={() => void start()} disabled={busy}>
          {t('account.totpStart')}
        </Button>
      )}
      {!enabled && setup && (
        <>
          <Paragraph mb="s">{t('account.totpScan')}</Paragraph>
          <QrCode text={setup.uri} alt={t('account.totpQrAlt')} />
          <Paragraph mb="m">
            {t('account.totpSecret')}: <code className="secret">{setup.secret}</code>
          </Paragraph>
          {codeForm(t('account.totpEnable'))}
        </>
      )}
      <SaveFailed shown={failed} />
    </section>
  );
}
