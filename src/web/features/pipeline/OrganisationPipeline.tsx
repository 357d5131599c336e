import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { editableWorkspaces, useAuth, type Workspace } from '../../shared/auth';
import { useAttempt } from '../../shared/forms/useAttempt';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CardTitle, NextAction, PersonInRole } from './CardFacts';
import { addToPipeline, loadOrganisationCards } from './pipeline';
import { todayInFinland } from '../../shared/helsinkiTime';

/**
 * An organisation's cards in the pipelines of the user's workspaces, and "add to pipeline" for each
 * workspace the user edits that has no card for it yet. Shown to signed-in users only.
 */
export function OrganisationPipeline({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  // The pipeline is the signed-in user's work: nothing is asked for anyone else.
  const cards = useApi(me.user ? `org-pipeline-${organisationId}` : null, (signal) =>
    loadOrganisationCards(organisationId, signal),
  );
  const { failed, error, attempt } = useAttempt();
  if (!me.user) return null;
  const userId = me.user.id;
  const ready = cards.state === 'ready' ? cards.data : [];
  const editable = editableWorkspaces(me);
  const addable = editable.filter((w) => !ready.some((c) => c.workspaceId === w.id));
  const today = todayInFinland();

  const add = (workspace: Workspace) =>
    attempt(async () => {
      await addToPipeline(organisationId, userId, workspace.id);
      cards.reload();
    });

  return (
    <section className="panel" aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">{t('pipeline.organisationHeading')}</h2>
      {cards.state === 'error' && <ErrorNotice error={cards.error} />}
      {cards.state === 'ready' && ready.length === 0 && (
        <p className="muted">{t('pipeline.notInPipeline')}</p>
      )}
      <ul className="plain-list">
        {ready.map((c) => (
          <li key={c.id}>
            <CardTitle card={c} /> – {label(t, 'contactStage', c.stage)}
            {c.person && (
              <>
                <br />
                <PersonInRole card={c} />
              </>
            )}
            <br />
            <span className="muted">
              <NextAction card={c} today={today} />
            </span>
          </li>
        ))}
      </ul>
      {failed && <ErrorNotice error={error} />}
      {cards.state === 'ready' && (
        <div className="toolbar">
          {addable.map((w) => (
            <Button key={w.id} variant="secondary" onClick={() => void add(w)}>
              {addable.length === 1 && editable.length === 1
                ? t('pipeline.addToPipeline')
                : t('pipeline.addToWorkspacePipeline', { workspace: w.nameFi })}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
