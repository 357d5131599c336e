import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading } from 'suomifi-ui-components';
import { useFields } from '../../shared/forms/useFields';
import { useAttempt } from '../../shared/forms/useAttempt';
import { RefusalAlert } from './JoinRefusal';
import { TextField } from '../../ui/TextField';
import { join } from './api';

/** What is kept of a participant and who sees it; joining needs the consent and a name. */
export function ConsentForm({ code, onJoined }: { code: string; onJoined: () => void }) {
  const { t } = useTranslation();
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState(false);
  const { values, errors, setErrors, change } = useFields({ displayName: '', organisationName: '' });
  const { error, busy, attempt } = useAttempt();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = values.displayName.trim();
    setErrors(name ? {} : { displayName: t('join.nameRequired') });
    setConsentError(!consent);
    if (!name || !consent) return;
    void attempt(async () => {
      await join(code, { displayName: name, organisationName: values.organisationName.trim() || undefined });
      onJoined();
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('join.joinForm')} noValidate className="join-form">
      <section className="join-consent" aria-labelledby="join-consent-heading">
        <Heading variant="h2" id="join-consent-heading">
          {t('join.consentHeading')}
        </Heading>
        <p>{t('join.consentStored')}</p>
        <p>{t('join.consentWho')}</p>
        <p>{t('join.consentErase')}</p>
        <Checkbox
          id="join-consent"
          checked={consent}
          onClick={({ checkboxState }) => {
            setConsent(checkboxState);
            setConsentError(false);
          }}
          status={consentError ? 'error' : 'default'}
          statusText={consentError ? t('join.consentRequired') : undefined}
        >
          {t('join.consent')}
        </Checkbox>
      </section>
      <TextField
        id="join-name"
        labelText={t('join.name')}
        hint={t('join.nameHint')}
        value={values.displayName}
        onChange={change('displayName')}
        error={errors.displayName}
        autoComplete="nickname"
      />
      <TextField
        id="join-organisation"
        labelText={t('join.organisation')}
        value={values.organisationName}
        onChange={change('organisationName')}
        optional
        autoComplete="organization"
      />
      <RefusalAlert error={error} />
      <Button type="submit" disabled={busy}>
        {t('join.join')}
      </Button>
    </form>
  );
}
