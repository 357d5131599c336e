import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { addToPipeline, type Candidate } from './api';
import { evidenceLines, matchLines, nameIn, placeLine, positionLines } from './explain';

type Props = {
  candidate: Candidate;
  /** The pipeline's reason: the need in words. */
  reason: string;
  /** The workspace a contact is added to; null when the reader edits none. */
  workspace: string | null;
  /** Whether the explanation of distance and collaboration has someone to be measured from. */
  hasAsker: boolean;
};

function Lines({ heading, lines }: { heading: string; lines: string[] }) {
  return (
    <div className="partner-explanation">
      <h4>{heading}</h4>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

type Adding = { state: 'idle' | 'adding' | 'added' } | { state: 'failed'; error: unknown };

/** "Add to pipeline": one contact to reach, with the need as its reason. */
function AddToPipeline({
  organisationId,
  reason,
  workspace,
}: {
  organisationId: string;
  reason: string;
  workspace: string;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<Adding>({ state: 'idle' });
  const add = async () => {
    setAdding({ state: 'adding' });
    try {
      await addToPipeline(organisationId, reason, workspace);
      setAdding({ state: 'added' });
    } catch (error) {
      setAdding({ state: 'failed', error });
    }
  };
  return (
    <>
      {adding.state === 'added' ? (
        <p role="status" className="partner-added">
          {t('partnerSearch.added')}
        </p>
      ) : (
        <Button variant="secondary" disabled={adding.state === 'adding'} onClick={() => void add()}>
          {t('partnerSearch.addToPipeline')}
        </Button>
      )}
      {adding.state === 'failed' && <ErrorNotice error={adding.error} />}
    </>
  );
}

/** One result: who, where, why it was found, and what can be done with it. */
export function CandidateCard({ candidate, reason, workspace, hasAsker }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const o = candidate.organisation;
  const headingId = `candidate-${o.id}`;
  const place = placeLine(candidate, lang);
  return (
    <article className="partner-candidate panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{nameIn(o, lang)}</h3>
      <p className="muted">
        {[
          label(t, 'organisationKind', o.kind),
          place,
          t('partnerSearch.score', { score: formatNumber(candidate.score, lang) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <Lines heading={t('partnerSearch.whyFound')} lines={matchLines(candidate, t, lang)} />
      <Lines heading={t('partnerSearch.evidence')} lines={evidenceLines(candidate, t, lang)} />
      {hasAsker && <Lines heading={t('partnerSearch.position')} lines={positionLines(candidate, t, lang)} />}
      <div className="form-actions">
        {workspace && <AddToPipeline organisationId={o.id} reason={reason} workspace={workspace} />}
        <Link to={`/${lang}/consortia?addOrganisation=${encodeURIComponent(o.id)}`}>
          {t('partnerSearch.addToConsortium')}
        </Link>
        <Link to={`/${lang}/organisations/${encodeURIComponent(o.id)}`}>
          {t('partnerSearch.openProfile')}
        </Link>
      </div>
    </article>
  );
}
