import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { editableWorkspaces, useAuth } from '../shared/auth';
import { SeriesForm } from '../features/events/SeriesForm';
import { useLang } from '../i18n/lang';
import { PageTitle } from '../ui/PageTitle';

/** A new event series; once made, its first session's page shows all its sessions. */
export function SeriesCreatePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [workspace] = editableWorkspaces(me).map((w) => w.id);
  return (
    <>
      <p>
        <Link to={`/${lang}/events`}>{t('events.backToList')}</Link>
      </p>
      <PageTitle>{t('events.createSeries')}</PageTitle>
      <SeriesForm
        workspace={workspace}
        onCreated={(s) => navigate(`/${lang}/events/${s.sessions[0]?.id ?? ''}`)}
      />
    </>
  );
}
