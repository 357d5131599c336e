import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { editableWorkspaces, useAuth } from '../shared/auth';
import { NotAllowed } from '../shared/NotAllowed';
import { EMPTY_FORM } from '../features/organisations/model';
import { OrganisationFormView } from '../features/organisations/OrganisationFormView';
import { useLang } from '../i18n/lang';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function OrganisationCreatePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me, ready } = useAuth();
  if (!ready) return <Loading />;
  const allowed = me.user && (me.user.isAdmin || editableWorkspaces(me).length > 0);
  return (
    <>
      <PageTitle>{t('organisation.createTitle')}</PageTitle>
      {allowed ? (
        <>
          <Paragraph mb="m">{t('organisation.createIntro')}</Paragraph>
          <OrganisationFormView
            mode="create"
            initial={EMPTY_FORM}
            onSaved={(saved) => navigate(`/${lang}/organisations/${saved.id}`, { state: { saved: true } })}
            onCancel={() => navigate(`/${lang}/organisations`)}
          />
        </>
      ) : (
        <NotAllowed what="create" />
      )}
    </>
  );
}
