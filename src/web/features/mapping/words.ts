/**
 * The words for the mapping round's values: states, scopes, modes, question types, proposal kinds. Each
 * is a literal message key, so the message test sees them all.
 */
import type { TFunction } from 'i18next';
import type { QuestionType } from '../../../domain/questionnaires';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type {
  InvitationResult,
  ProposalKind,
  ProposalStatus,
  QuestionnaireLawfulBasis,
  RespondentState,
  Round,
  RoundScope,
} from './api-types';
import type { RoundFormProblem } from './roundForm';

/** What is wrong with a field of the round's forms. */
export function roundProblemText(t: TFunction, problem: RoundFormProblem | undefined): string | undefined {
  switch (problem) {
    case 'required':
      return t('mapping.required');
    case 'invalidDate':
      return t('mapping.invalidDate');
    case 'closesBeforeOpens':
      return t('mapping.closesBeforeOpens');
    case 'keptBeforeClose':
      return t('mapping.keptBeforeClose');
    case 'unknownTarget':
      return t('mapping.unknownTarget');
    default:
      return undefined;
  }
}

export function stateText(t: TFunction, state: RespondentState): string {
  switch (state) {
    case 'not_opened':
      return t('mapping.state.notOpened');
    case 'opened':
      return t('mapping.state.opened');
    case 'draft':
      return t('mapping.state.draft');
    case 'submitted':
      return t('mapping.state.submitted');
  }
}

export function scopeKindText(t: TFunction, scope: RoundScope): string {
  switch (scope) {
    case 'ecosystem':
      return t('mapping.scope.ecosystem');
    case 'network':
      return t('mapping.scope.network');
    case 'municipality':
      return t('mapping.scope.municipality');
  }
}

export const modeText = (t: TFunction, mode: 'survey' | 'interview') =>
  mode === 'interview' ? t('mapping.mode.interview') : t('mapping.mode.survey');

export function questionTypeText(t: TFunction, type: QuestionType | string): string {
  const words: Record<QuestionType, string> = {
    single: t('mapping.type.single'),
    multiple: t('mapping.type.multiple'),
    scale: t('mapping.type.scale'),
    number: t('mapping.type.number'),
    text: t('mapping.type.text'),
    date: t('mapping.type.date'),
    yesno: t('mapping.type.yesno'),
    competences: t('mapping.type.competences'),
    actors: t('mapping.type.actors'),
    partners: t('mapping.type.partners'),
  };
  return words[type as QuestionType] ?? type;
}

export function proposalKindText(t: TFunction, kind: ProposalKind): string {
  switch (kind) {
    case 'organisation':
      return t('mapping.review.kindOrganisation');
    case 'relation':
      return t('mapping.review.kindRelation');
    case 'competence':
      return t('mapping.review.kindCompetence');
  }
}

export function proposalStatusText(t: TFunction, status: ProposalStatus): string {
  switch (status) {
    case 'pending':
      return t('mapping.review.statusPending');
    case 'accepted':
      return t('mapping.review.statusAccepted');
    case 'merged':
      return t('mapping.review.statusMerged');
    case 'rejected':
      return t('mapping.review.statusRejected');
    case 'withdrawn':
      return t('mapping.review.statusWithdrawn');
  }
}

/** A round's period in the language's date format: "1.5.2026–31.5.2026", or one end of it. */
export function periodText(t: TFunction, round: Pick<Round, 'opensOn' | 'closesOn'>, lang: Lang): string {
  const opens = formatDate(round.opensOn, lang);
  const closes = formatDate(round.closesOn, lang);
  if (opens && closes) return `${opens}–${closes}`;
  if (opens) return t('mapping.periodFrom', { date: opens });
  if (closes) return t('mapping.periodUntil', { date: closes });
  return t('mapping.periodOpen');
}

/** The ground for asking, as the privacy notice names it. */
export function lawfulBasisText(t: TFunction, basis: QuestionnaireLawfulBasis): string {
  switch (basis) {
    case 'consent':
      return t('mapping.lawfulBasis.consent');
    case 'legitimate_interests':
      return t('mapping.lawfulBasis.legitimateInterest');
    case 'public_task':
      return t('mapping.lawfulBasis.publicTask');
  }
}

/** Why an invitation or reminder was not sent to someone. */
export function skipReasonText(t: TFunction, reason: InvitationResult['skipped'][number]['reason']): string {
  switch (reason) {
    case 'submitted':
      return t('mapping.invitations.reasonSubmitted');
    case 'no_email':
      return t('mapping.invitations.reasonNoEmail');
    case 'send_failed':
      return t('mapping.invitations.reasonSendFailed');
  }
}
