import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import type { ReviewProposal } from './api-types';
import { RecordName, TownName } from './RecordName';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** What a proposal would write, in words: the new actor, the tie or the competence. */
export function ProposalText({ proposal }: { proposal: ReviewProposal }) {
  const { t } = useTranslation();
  const p = proposal.payload;
  if (proposal.kind === 'organisation')
    return (
      <>
        <strong>{str(p.name)}</strong>
        {str(p.businessId) && <> ({str(p.businessId)})</>}
        {str(p.kind) && <>, {label(t, 'organisationKind', str(p.kind))}</>}
        {str(p.municipalityCode) && (
          <>
            , <TownName code={str(p.municipalityCode)} />
          </>
        )}
      </>
    );
  if (proposal.kind === 'relation')
    return (
      <>
        {proposal.respondentName} →{' '}
        {str(p.toOrganisationId) ? (
          <RecordName path="organisations" id={str(p.toOrganisationId)} />
        ) : (
          <strong>{str(p.newActorName)}</strong>
        )}
        : {label(t, 'relationKind', str(p.relationKind))},{' '}
        {t('mapping.review.strength', { n: Number(p.strength ?? 0) })}
        {!str(p.toOrganisationId) && <span className="muted"> {t('mapping.review.newActorTie')}</span>}
      </>
    );
  return (
    <>
      {p.direction === 'need' ? t('mapping.review.needs') : t('mapping.review.offers')}:{' '}
      {str(p.competenceId) ? (
        <RecordName path="competences" id={str(p.competenceId)} />
      ) : (
        <strong>{str(p.name)}</strong>
      )}
      {!str(p.competenceId) && <span className="muted"> {t('mapping.review.newTerm')}</span>}
    </>
  );
}
