import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { useLang } from '../../i18n/lang';
import { sendInvitations } from './series';

/** "Send invitations": each participant with an e-mail address gets the calendar invitation by mail. */
export function SendInvitations({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [result, setResult] = useState<{ sent: number; skipped: number } | null>(null);
  const { failed, busy, attempt } = useAttempt();
  const send = () =>
    attempt(async () => {
      const r = await sendInvitations(eventId, lang);
      setResult({ sent: r.sent, skipped: r.skipped.length });
    });
  return (
    <div className="toolbar">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => void send()}
        aria-describedby="invitations-help"
      >
        {t('events.sendInvitations')}
      </Button>
      <span id="invitations-help" className="muted">
        {t('events.invitationsHelp')}
      </span>
      <p role="status">{result && t('events.invitationsSent', result)}</p>
      <SaveFailed shown={failed} />
    </div>
  );
}
