import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { Button } from 'suomifi-ui-components';
import type { Proposal } from './api';
import { EvidenceList } from './EvidenceList';
import { InStrategy, StrategyStep } from './StrategyStep';
import { TextForm } from './TextForm';
import type { ReportDocument } from './useReportDocument';

type Mode = 'view' | 'change' | 'reject';

const titleOf = (p: Proposal) => p.title ?? p.generated?.title ?? '';
const textOf = (p: Proposal) => p.text ?? p.generated?.text ?? '';

function Decide({
  proposal,
  doc,
  setMode,
}: {
  proposal: Proposal;
  doc: ReportDocument;
  setMode: (m: Mode) => void;
}) {
  const { t } = useTranslation();
  const decide = (decision: 'accepted' | 'open') =>
    void doc.change({ action: 'decideProposal', proposal: proposal.key, decision });
  return (
    <div
      className="report-actions"
      role="group"
      aria-label={t('report.proposalTools', { title: titleOf(proposal) })}
    >
      {proposal.decision !== 'accepted' && (
        <Button onClick={() => decide('accepted')}>{t('report.accept')}</Button>
      )}
      <Button variant="secondary" onClick={() => setMode('change')}>
        {t('report.change')}
      </Button>
      {proposal.decision !== 'rejected' && (
        <Button variant="secondary" onClick={() => setMode('reject')}>
          {t('report.reject')}
        </Button>
      )}
      {proposal.decision !== 'open' && (
        <Button variant="secondaryNoBorder" onClick={() => decide('open')}>
          {t('report.reopen')}
        </Button>
      )}
    </div>
  );
}

function ProposalForms({
  proposal,
  doc,
  mode,
  setMode,
}: {
  proposal: Proposal;
  doc: ReportDocument;
  mode: Mode;
  setMode: (m: Mode) => void;
}) {
  const { t } = useTranslation();
  const done = (ok: boolean) => {
    if (ok) setMode('view');
    return ok;
  };
  if (mode === 'change')
    return (
      <TextForm
        id={`change-${proposal.key}`}
        title={{ label: t('report.proposalTitle'), initial: titleOf(proposal), required: true }}
        text={{ label: t('report.proposalText'), initial: textOf(proposal) }}
        submit={t('report.saveChange')}
        onSave={async ({ title, text }) =>
          done(
            await doc.change({
              action: 'decideProposal',
              proposal: proposal.key,
              decision: 'changed',
              title,
              text,
            }),
          )
        }
        onCancel={() => setMode('view')}
      />
    );
  return (
    <TextForm
      id={`reject-${proposal.key}`}
      text={{ label: t('report.reason'), initial: '' }}
      submit={t('report.reject')}
      onSave={async ({ text }) =>
        done(
          await doc.change({
            action: 'decideProposal',
            proposal: proposal.key,
            decision: 'rejected',
            reason: text,
          }),
        )
      }
      onCancel={() => setMode('view')}
    />
  );
}

/** A proposed development target or growth sector, what the editors decided, and their tools. */
export function ProposalCard({
  proposal,
  doc,
  editable,
}: {
  proposal: Proposal;
  doc: ReportDocument;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const headingId = `report-proposal-${proposal.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <article
      className="panel report-proposal"
      aria-labelledby={headingId}
      id={headingId.replace('report-', '')}
    >
      <h3 id={headingId} lang={doc.report?.language}>
        {titleOf(proposal)}
      </h3>
      <p className="muted">
        {label(t, 'reportKind', proposal.kind)} · {label(t, 'reportDecision', proposal.decision)}
        {proposal.origin === 'editor' ? ` · ${t('report.editorsProposal')}` : ''}
      </p>
      {proposal.vanished && <p className="report-mark">{t('report.vanished')}</p>}
      <p lang={doc.report?.language}>
        {textOf(proposal)} <EvidenceList evidence={proposal.generated?.evidence ?? []} />
      </p>
      {proposal.decision === 'rejected' && proposal.reason && (
        <p>
          <strong>{t('report.reasonShown')}</strong> {proposal.reason}
        </p>
      )}
      <InStrategy proposal={proposal} />
      {editable && !proposal.strategy && mode === 'view' && (
        <>
          <Decide proposal={proposal} doc={doc} setMode={setMode} />
          {proposal.decision !== 'rejected' && <StrategyStep proposal={proposal} doc={doc} />}
        </>
      )}
      {editable && mode !== 'view' && (
        <ProposalForms proposal={proposal} doc={doc} mode={mode} setMode={setMode} />
      )}
    </article>
  );
}
