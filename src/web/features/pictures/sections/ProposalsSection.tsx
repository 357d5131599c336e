import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../../../api/useApi';
import { localized } from '../../../i18n/format';
import { useLang } from '../../../i18n/lang';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { canEdit, editableWorkspaces, useAuth } from '../../../shared/auth';
import {
  createProposal,
  deleteProposal,
  loadProposals,
  updateProposal,
  type Picture,
  type PictureScope,
  type Proposal,
  type ProposalFields,
} from '../api';
import { ProposalForm } from './ProposalForm';
import { Section } from './Section';
import { LocalText } from '../../../ui/LocalText';

/** One proposal in the reader's language (Finnish when not translated), with edit and delete. */
function ProposalItem(props: { proposal: Proposal; onChanged: () => void }) {
  const { proposal, onChanged } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const [editing, setEditing] = useState(false);
  const title = localized(proposal, 'title', lang);
  const body = localized(proposal, 'body', lang);
  if (editing) {
    return (
      <ProposalForm
        id={`proposal-${proposal.id}`}
        initial={proposal}
        onCancel={() => setEditing(false)}
        onSave={async (fields) => {
          await updateProposal(proposal.id, fields);
          setEditing(false);
          onChanged();
        }}
      />
    );
  }
  return (
    <article className="proposal">
      <h3>
        <LocalText text={title} />
      </h3>
      {body.text && (
        <p>
          <LocalText text={body} />
        </p>
      )}
      {canEdit(me, proposal) && (
        <div className="form-actions">
          <Button
            variant="secondary"
            onClick={() => setEditing(true)}
            aria-label={t('picture.editProposal', { title: title.text })}
          >
            {t('picture.edit')}
          </Button>
          <Button
            variant="secondary"
            aria-label={t('picture.deleteProposal', { title: title.text })}
            onClick={() => void deleteProposal(proposal.id).then(onChanged)}
          >
            {t('picture.delete')}
          </Button>
        </div>
      )}
    </article>
  );
}

/** The development proposals the town writes; they go into the Word report's proposals section. */
export function ProposalsSection({ picture, scope }: { picture: Picture; scope: PictureScope }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const workspace = editableWorkspaces(me)[0];
  const scopeId = picture.scope.id;
  const proposals = useApi(`${scope}/${scopeId}`, () => loadProposals(scope, scopeId));
  const save = async (fields: ProposalFields) => {
    await createProposal(scope, scopeId, workspace!.id, fields);
    proposals.reload();
  };
  return (
    <Section id="proposals" title={t('picture.proposals')}>
      <p>{t('picture.proposalsIntro')}</p>
      {proposals.state === 'error' && <ErrorNotice error={proposals.error} />}
      {proposals.data?.length === 0 && <p>{t('picture.noProposals')}</p>}
      {proposals.data?.map((p) => (
        <ProposalItem key={p.id} proposal={p} onChanged={proposals.reload} />
      ))}
      {workspace && (
        <>
          <h3>{t('picture.addProposal')}</h3>
          <ProposalForm id="new-proposal" onSave={save} />
        </>
      )}
    </Section>
  );
}
