import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, InlineAlert } from 'suomifi-ui-components';
import { ActionError, attempt } from './ActionError';
import type { InvitationKind, InvitationResult, Respondent } from './api-types';
import { sendInvitations } from './api';
import { NewLinks } from './NewLinks';
import { skipReasonText } from './words';

/**
 * "Lähetä kutsut" and "Muistuta vastaamattomia": by e-mail when the server sends mail, otherwise the
 * fresh links to copy and send by other means.
 */
export function Invitations({
  roundId,
  respondents,
  onSent,
}: {
  roundId: string;
  respondents: Respondent[];
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ kind: InvitationKind; answer: InvitationResult } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // none chosen means everyone the message concerns (a reminder skips who has answered)
  const [chosen, setChosen] = useState<string[]>([]);
  const nameOf = (id: string) => respondents.find((r) => r.id === id)?.displayName ?? '';
  const open = respondents.filter((r) => r.state !== 'submitted');

  const send = async (kind: InvitationKind) => {
    const to = chosen.length ? chosen : undefined;
    const answer = await attempt(() => sendInvitations(roundId, kind, to), setBusy, setError);
    if (answer) {
      setResult({ kind, answer });
      onSent();
    }
  };

  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('mapping.invitations.title')}</h2>
      {open.length > 1 && (
        <CheckboxGroup
          labelText={t('mapping.invitations.choose')}
          groupHintText={t('mapping.invitations.chooseHint')}
        >
          {open.map((r) => (
            <Checkbox
              key={r.id}
              id={`invite-${r.id}`}
              checked={chosen.includes(r.id)}
              onClick={({ checkboxState }) =>
                setChosen((old) => (checkboxState ? [...old, r.id] : old.filter((id) => id !== r.id)))
              }
            >
              {r.displayName}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      <div className="row-actions">
        <Button disabled={busy || respondents.length === 0} onClick={() => void send('invitation')}>
          {chosen.length
            ? t('mapping.invitations.sendChosen', { count: chosen.length })
            : t('mapping.invitations.send')}
        </Button>
        <Button
          variant="secondary"
          disabled={busy || respondents.every((r) => r.state === 'submitted')}
          onClick={() => void send('reminder')}
        >
          {chosen.length
            ? t('mapping.invitations.remindChosen', { count: chosen.length })
            : t('mapping.invitations.remind')}
        </Button>
      </div>
      <ActionError error={error} />
      {result && (
        <InlineAlert status="neutral" role="status" mb="m">
          {result.answer.sent > 0
            ? t('mapping.invitations.sent', { count: result.answer.sent })
            : t('mapping.invitations.noMail')}
          {result.answer.skipped.length > 0 && (
            <>
              {' '}
              {t('mapping.invitations.skipped', { count: result.answer.skipped.length })}
              <ul>
                {result.answer.skipped.map((skip) => (
                  <li key={skip.id}>
                    {nameOf(skip.id)}: {skipReasonText(t, skip.reason)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </InlineAlert>
      )}
      {result && result.answer.links.length > 0 && (
        <NewLinks
          heading={t('mapping.invitations.links')}
          level={3}
          links={result.answer.links.map((l) => ({
            respondentId: l.respondentId,
            name: nameOf(l.respondentId),
            url: l.url,
          }))}
        />
      )}
    </section>
  );
}
