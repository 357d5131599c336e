import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Textarea } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { useAttempt } from '../../shared/forms/useAttempt';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LOGGED_KINDS, logActivity, type LoggedKind } from './pipeline';

/** Logs a call, an e-mail, a meeting or a note on a contact. */
export function ActivityForm({ contactId, onLogged }: { contactId: string; onLogged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<LoggedKind>('call');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const { failed, error, attempt } = useAttempt();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return setMissing(true);
    setMissing(false);
    await attempt(async () => {
      await logActivity(contactId, kind, body.trim());
      setBody('');
      onLogged();
    });
  };

  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('pipeline.addActivity')}</h2>
      <Dropdown
        id={`${id}-kind`}
        labelText={t('pipeline.activityKind')}
        value={kind}
        onChange={(v: string) => setKind(v as LoggedKind)}
      >
        {LOGGED_KINDS.map((k) => (
          <DropdownItem key={k} value={k}>
            {label(t, 'activityKind', k)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Textarea
        id={`${id}-body`}
        labelText={t('pipeline.activityBody')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        status={missing ? 'error' : 'default'}
        statusText={missing ? t('pipeline.activityBodyMissing') : undefined}
        fullWidth
      />
      {failed && <ErrorNotice error={error} />}
      <div className="form-actions">
        <Button type="submit">{t('pipeline.logSubmit')}</Button>
      </div>
    </form>
  );
}
