import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { canEdit, editableWorkspaces, useAuth } from '../shared/auth';
import { canCreate } from '../features/entities/access';
import { loadConnections } from '../features/organisations/connections';
import { DeleteOrganisation } from '../features/organisations/DeleteOrganisation';
import { DraftFromAnswer, isDraftFromAnswer } from '../features/organisations/DraftFromAnswer';
import { OrganisationConnections } from '../features/organisations/OrganisationConnections';
import { OrganisationDetails } from '../features/organisations/OrganisationDetails';
import { OrganisationPipeline } from '../features/pipeline/OrganisationPipeline';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ExampleBadge, isExample } from '../ui/ExampleBadge';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { SavedNotice } from '../ui/SavedNotice';

export function OrganisationPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const { id = '' } = useParams();
  const organisation = useApi(id, (signal) => api.get('/organisations/{id}', { path: { id }, signal }));
  const connections = useApi(id, () => loadConnections(id));

  if (organisation.state === 'loading') return <Loading />;
  if (organisation.state === 'error') return <ErrorNotice error={organisation.error} />;
  const o = organisation.data;
  const localName = localized(o, 'name', lang);
  const name = localName.text;
  return (
    <>
      <p>
        <Link to={`/${lang}/organisations`}>{t('organisation.backToList')}</Link>
      </p>
      <PageTitle lang={localName.lang === lang ? undefined : localName.lang}>{name}</PageTitle>
      {isExample(o) && <ExampleBadge />}
      {isDraftFromAnswer(o) && <DraftFromAnswer />}
      <SavedNotice />
      {canEdit(me, o) && (
        <div className="form-actions toolbar">
          <Link className="button-link" to={`/${lang}/organisations/${o.id}/edit`}>
            {t('organisation.edit')}
          </Link>
          <DeleteOrganisation
            id={o.id}
            name={name}
            onDeleted={() => navigate(`/${lang}/organisations`, { replace: true })}
          />
        </div>
      )}
      {editableWorkspaces(me).length > 0 && (
        <p>
          <Link to={`/${lang}/consortia?addOrganisation=${encodeURIComponent(o.id)}`}>
            {t('consortium.addToConsortium')}
          </Link>
        </p>
      )}
      <OrganisationDetails organisation={o} />
      <OrganisationPipeline organisationId={o.id} />
      {connections.state === 'loading' && <Loading />}
      {connections.state === 'error' && <ErrorNotice error={connections.error} />}
      {connections.state === 'ready' && (
        <OrganisationConnections
          data={connections.data}
          organisationId={o.id}
          editable={canCreate(me)}
          onChanged={connections.reload}
        />
      )}
    </>
  );
}
