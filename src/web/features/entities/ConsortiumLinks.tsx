import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../i18n/lang';
import { editableWorkspaces, useAuth } from '../../shared/auth';
import type { Rec } from './naming';

/** A funding call's page leads to its consortia: those gathered for it, and starting a new one. */
export function FundingCallConsortia({ record }: { record: Rec }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  if (!me.user) return null;
  const address = `/${lang}/consortia?fundingCallId=${encodeURIComponent(record.id)}`;
  return (
    <section className="panel" aria-labelledby="call-consortia">
      <h2 id="call-consortia">{t('consortium.callHeading')}</h2>
      <p>{t('consortium.callIntro')}</p>
      <p className="toolbar">
        {editableWorkspaces(me).length > 0 && (
          <Link className="button-link" to={address}>
            {t('consortium.startFromCall')}
          </Link>
        )}{' '}
        <Link to={address}>{t('consortium.callConsortia')}</Link>
      </p>
    </section>
  );
}

/** A project linked to its call starts a consortium from its roles, to check them against the call. */
export function ProjectConsortium({ record }: { record: Rec }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  if (typeof record.fundingCallId !== 'string' || editableWorkspaces(me).length === 0) return null;
  const query = new URLSearchParams({ fundingCallId: record.fundingCallId, projectId: record.id });
  return (
    <section className="panel" aria-labelledby="project-consortium">
      <h2 id="project-consortium">{t('consortium.projectCallHeading')}</h2>
      <p>{t('consortium.projectCallIntro')}</p>
      <p>
        <Link className="button-link" to={`/${lang}/consortia?${query.toString()}`}>
          {t('consortium.startFromProject')}
        </Link>
      </p>
    </section>
  );
}
