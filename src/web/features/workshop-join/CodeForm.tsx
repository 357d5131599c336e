import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useLang } from '../../i18n/lang';
import { TextField } from '../../ui/TextField';
import { normalCode } from './api';

/** The code from the facilitator's screen, typed in. */
export function CodeForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^[A-Za-z0-9]{4,12}$/.test(code.trim())) return setError(t('join.codeInvalid'));
    navigate(`/${lang}/join/${normalCode(code)}`);
  };
  return (
    <form onSubmit={submit} aria-label={t('join.codeForm')} noValidate>
      <TextField
        id="join-code"
        labelText={t('join.code')}
        hint={t('join.codeHint')}
        value={code}
        onChange={(v) => {
          setCode(v);
          setError(undefined);
        }}
        error={error}
        autoComplete="off"
      />
      <Button type="submit">{t('join.continue')}</Button>
    </form>
  );
}
