import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WorkshopTable } from '../features/workshops/WorkshopTable';
import { useLang } from '../i18n/lang';
import { editableWorkspaces, useAuth } from '../shared/auth';
import { PageTitle } from '../ui/PageTitle';

export function WorkshopsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  return (
    <>
      <PageTitle>{t('workshop.listTitle')}</PageTitle>
      <p>{t('workshop.listIntro')}</p>
      {editableWorkspaces(me).length > 0 && (
        <p>
          <Link to={`/${lang}/workshops/new`}>{t('workshop.newWorkshop')}</Link>
        </p>
      )}
      <WorkshopTable caption={t('workshop.listCaption')} />
    </>
  );
}
