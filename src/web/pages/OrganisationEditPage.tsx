import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { formOf } from '../features/organisations/model';
import { canEdit, useAuth } from '../shared/auth';
import { NotAllowed } from '../shared/NotAllowed';
import { OrganisationFormView } from '../features/organisations/OrganisationFormView';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function OrganisationEditPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { me, ready } = useAuth();
  const organisation = useApi(id, (signal) => api.get('/organisations/{id}', { path: { id }, signal }));
  if (organisation.state === 'loading' || !ready) return <Loading />;
  if (organisation.state === 'error') return <ErrorNotice error={organisation.error} />;
  const o = organisation.data;
  const profile = `/${lang}/organisations/${o.id}`;
  return (
    <>
      <PageTitle sub={localized(o, 'name', lang).text}>{t('organisation.editTitle')}</PageTitle>
      {!canEdit(me, o) ? (
        <NotAllowed what="edit" />
      ) : (
        <OrganisationFormView
          key={o.id}
          mode="update"
          id={o.id}
          initial={formOf(o)}
          onSaved={() => navigate(profile, { state: { saved: true } })}
          onCancel={() => navigate(profile)}
        />
      )}
    </>
  );
}
