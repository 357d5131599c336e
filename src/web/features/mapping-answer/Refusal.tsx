import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../api/client';
import { PageTitle } from '../../ui/PageTitle';

/**
 * Why a link opens nothing, in words, and nothing of the round: a wrong, revoked or expired link, a closed round.
 * `inline`: under a page's own title (the interviewer's page), as an alert.
 */
export function Refusal({ error, inline = false }: { error: unknown; inline?: boolean }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : '';
  const [title, text] =
    code === 'link_not_found'
      ? [t('answer.refused.notFound'), t('answer.refused.notFoundText')]
      : code === 'link_revoked'
        ? [t('answer.refused.revoked'), t('answer.refused.revokedText')]
        : code === 'link_expired'
          ? [t('answer.refused.expired'), t('answer.refused.expiredText')]
          : code === 'round_closed'
            ? [t('answer.refused.closed'), t('answer.refused.closedText')]
            : code === 'round_not_open'
              ? [t('answer.refused.notOpen'), t('answer.refused.notOpenText')]
              : [t('answer.refused.failed'), t('answer.refused.failedText')];
  if (inline)
    return (
      <InlineAlert status="error" labelText={title} role="alert" data-refusal={code || 'failed'}>
        {text}
      </InlineAlert>
    );
  return (
    <div className="answer-refusal" data-refusal={code || 'failed'}>
      <PageTitle>{title}</PageTitle>
      <Paragraph>{text}</Paragraph>
    </div>
  );
}
