import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { ActionError, attempt } from '../features/mapping/ActionError';
import { AddRespondents } from '../features/mapping/AddRespondents';
import type { Respondent } from '../features/mapping/api-types';
import {
  closeRound,
  loadCompletion,
  loadRespondents,
  loadRound,
  newLink,
  removeRespondent,
  revokeLink,
} from '../features/mapping/api';
import { CompletionView } from '../features/mapping/CompletionView';
import { Invitations } from '../features/mapping/Invitations';
import { NewLinks, type ShownLink } from '../features/mapping/NewLinks';
import { RespondentsTable, type RespondentAction } from '../features/mapping/RespondentsTable';
import { RoundDetails } from '../features/mapping/RoundDetails';
import { RoundEditForm } from '../features/mapping/RoundEditForm';
import '../features/mapping/mapping.css';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { canEdit, useAuth } from '../shared/auth';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { ExampleBadge } from '../ui/ExampleBadge';
import { PageTitle } from '../ui/PageTitle';

/** A mapping round: its details, respondents and their links, invitations, completion, closing. */
export function RoundPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const round = useApi(`round:${id}`, (signal) => loadRound(id, signal));
  const respondents = useApi(`respondents:${id}`, (signal) => loadRespondents(id, signal));
  const completion = useApi(`completion:${id}`, (signal) => loadCompletion(id, signal));
  const [links, setLinks] = useState<ShownLink[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (round.state === 'loading') return <Loading />;
  if (round.state === 'error') return <ErrorNotice error={round.error} />;
  const r = round.data;
  const editor = canEdit(me, r);
  const closed = r.closedAt !== null;
  const name = localized(r, 'name', lang);
  const refresh = () => {
    respondents.reload();
    completion.reload();
  };

  const act = async (respondent: Respondent, action: RespondentAction) => {
    if (
      action === 'remove' &&
      !window.confirm(t('mapping.respondents.confirmRemove', { name: respondent.displayName }))
    )
      return;
    const done = await attempt(
      async () => {
        if (action === 'newLink') {
          const link = await newLink(respondent.id);
          setLinks([
            {
              respondentId: respondent.id,
              name: respondent.displayName,
              url: link.url,
              expiresAt: link.expiresAt,
            },
          ]);
        } else if (action === 'revoke') await revokeLink(respondent.id);
        else await removeRespondent(respondent.id);
        return true;
      },
      setBusy,
      setError,
    );
    if (done) refresh();
  };

  const close = async () => {
    if (!window.confirm(t('mapping.confirmClose'))) return;
    const done = await attempt(() => closeRound(r.id), setBusy, setError);
    if (done) round.reload();
  };

  return (
    <>
      <p>
        <Link to={`/${lang}/mapping`}>{t('mapping.backToMapping')}</Link>
      </p>
      <PageTitle sub={t('mapping.round')} lang={name.lang === lang ? undefined : name.lang}>
        {name.text}
      </PageTitle>
      {r.example && <ExampleBadge note={t('mapping.exampleRound')} />}
      <RoundDetails round={r} />
      {editor && !closed && <RoundEditForm round={r} onSaved={() => round.reload()} />}
      <ActionError error={error} />
      <NewLinks heading={t('mapping.links.newTitle')} links={links} />
      {completion.state === 'ready' && <CompletionView completion={completion.data} />}
      {completion.state === 'error' && <ErrorNotice error={completion.error} />}
      <section aria-labelledby="respondents-heading">
        <h2 id="respondents-heading">{t('mapping.respondents.title')}</h2>
        {respondents.state === 'loading' && <Loading />}
        {respondents.state === 'error' && <ErrorNotice error={respondents.error} />}
        {respondents.state === 'ready' && (
          <RespondentsTable
            respondents={respondents.data}
            editor={editor}
            closed={closed}
            busy={busy}
            onAction={(x, a) => void act(x, a)}
          />
        )}
      </section>
      {editor && !closed && respondents.state === 'ready' && (
        <Invitations roundId={r.id} respondents={respondents.data} onSent={refresh} />
      )}
      {editor && !closed && (
        <AddRespondents
          roundId={r.id}
          onAdded={(added) => {
            setLinks(
              added.map((a) => ({
                respondentId: a.id,
                name: a.displayName,
                url: a.link.url,
                expiresAt: a.link.expiresAt,
              })),
            );
            refresh();
          }}
        />
      )}
      {editor && !closed && (
        <section className="panel" aria-labelledby="close-heading">
          <h2 id="close-heading">{t('mapping.closeTitle')}</h2>
          <p>{t('mapping.closeHint')}</p>
          <Button variant="secondary" disabled={busy} onClick={() => void close()}>
            {t('mapping.close')}
          </Button>
        </section>
      )}
    </>
  );
}
