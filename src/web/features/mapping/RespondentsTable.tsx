import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import type { Respondent } from './api-types';
import { modeText, stateText } from './words';

export type RespondentAction = 'newLink' | 'revoke' | 'remove';

type Props = {
  respondents: Respondent[];
  editor: boolean;
  closed: boolean;
  busy: boolean;
  onAction: (respondent: Respondent, action: RespondentAction) => void;
};

/** Who was asked: name, town, kind and mode in words, how far they are, their link and what to do. */
export function RespondentsTable({ respondents, editor, closed, busy, onAction }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const linkText = (r: Respondent) =>
    r.linkRevoked
      ? t('mapping.links.revoked')
      : r.linkExpiresAt
        ? t('mapping.links.expires', { date: formatDate(r.linkExpiresAt, lang) })
        : t('mapping.links.none');
  return (
    <DataTable
      caption={t('mapping.respondents.caption', { count: respondents.length })}
      rows={respondents}
      rowKey={(r) => r.id}
      empty={t('mapping.respondents.none')}
      columns={[
        { key: 'name', label: t('mapping.name'), render: (r) => r.displayName },
        { key: 'town', label: t('mapping.town'), render: (r) => r.municipalityName ?? '' },
        {
          key: 'kind',
          label: t('mapping.kind'),
          render: (r) => (r.organisationKind ? label(t, 'organisationKind', r.organisationKind) : ''),
        },
        { key: 'mode', label: t('mapping.mode'), render: (r) => modeText(t, r.mode) },
        {
          key: 'state',
          label: t('mapping.state'),
          render: (r) => (
            <>
              {stateText(t, r.state)}
              {r.submittedAt && <span className="muted"> {formatDate(r.submittedAt, lang)}</span>}
            </>
          ),
        },
        { key: 'link', label: t('mapping.links.link'), render: linkText },
        {
          key: 'actions',
          label: t('mapping.actions'),
          render: (r) =>
            editor && (
              <div className="row-actions">
                {!closed && (
                  <Link to={`/${lang}/round-respondents/${r.id}/interview`}>
                    {t('mapping.interview', { name: r.displayName })}
                  </Link>
                )}
                {!closed && (
                  <Button variant="secondaryNoBorder" disabled={busy} onClick={() => onAction(r, 'newLink')}>
                    {t('mapping.links.new', { name: r.displayName })}
                  </Button>
                )}
                {!closed && !r.linkRevoked && r.linkExpiresAt && (
                  <Button variant="secondaryNoBorder" disabled={busy} onClick={() => onAction(r, 'revoke')}>
                    {t('mapping.links.revoke', { name: r.displayName })}
                  </Button>
                )}
                <Button variant="secondaryNoBorder" disabled={busy} onClick={() => onAction(r, 'remove')}>
                  {t('mapping.respondents.remove', { name: r.displayName })}
                </Button>
              </div>
            ),
        },
      ]}
    />
  );
}
